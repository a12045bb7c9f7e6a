import type {TagMarkup} from './inlineTagged';
import {type Rendered, splice} from './nestSegments';
import type {Segment} from './segmentPage';
import {collapseWhitespace, tokenizeTagged, unescapeXml} from './taggedText';

/**
 * The bytes that replace a segment in the translated file. A translation
 * equal to the French text (identity, names, numbers) gives back the French
 * bytes untouched; otherwise tags become the French markup again and the
 * text is escaped for where it lands (MDX text, table cell, label,
 * attribute, title, YAML). `inner` are the renderings of the segments
 * nested in this one's markup (its link titles), written into it. Pure.
 */
export function renderSegment(source: string, segment: Segment, translated: string, inner: readonly Rendered[] = []): string {
  if (collapseWhitespace(translated) === collapseWhitespace(segment.tagged)) return splice(source, segment.start, segment.end, inner);
  const tags = inner.length > 0 ? markupWith(source, segment.tags, inner) : segment.tags;
  const eol = source.includes('\r\n') ? '\r\n' : '\n';
  const text = translated.trim().replace(/\s*\n\s*/g, '\n');
  const isValue = segment.kind === 'attribute' || segment.kind === 'frontMatter' || segment.kind === 'title';
  let out = '';
  for (const token of tokenizeTagged(text)) {
    const markup = token.type === 'text' ? undefined : tags[token.id];
    if (token.type === 'text') out += isValue ? unescapeXml(token.value) : escapeMarkdown(unescapeXml(token.value), segment);
    else if (token.type === 'close') out += markup?.close ?? '';
    else out += markup?.open ?? '';
  }
  if (segment.kind === 'attribute') return quoteAttribute(out.replace(/\n/g, ' '));
  if (segment.kind === 'frontMatter') return quoteYaml(out.replace(/\n/g, ' '));
  if (segment.kind === 'title') return escapeTitle(out.replace(/\n/g, ' '), source[segment.start - 1] ?? '"');
  if (segment.kind === 'paragraph') {
    // A translation must not start a heading, quote or list of its own.
    out = out
      .replace(/^(#{1,6}\s|[-+*>]\s)/, '\\$1')
      .replace(/^(\d+)([.)]\s)/, '$1\\$2')
      .replace(/\n/g, eol + segment.prefix);
  } else {
    out = out.replace(/\n/g, ' ');
  }
  return out;
}

/** The tags with the nested renderings written into the markup that holds them. */
function markupWith(source: string, tags: Record<string, TagMarkup>, inner: readonly Rendered[]): Record<string, TagMarkup> {
  const placed = new Set<Rendered>();
  const fill = (at: number | undefined, text: string) => {
    if (at === undefined) return text;
    const pieces = inner.filter((r) => r.start >= at && r.end <= at + text.length);
    for (const piece of pieces) placed.add(piece);
    return splice(source, at, at + text.length, pieces);
  };
  const out = Object.fromEntries(
    Object.entries(tags).map(([id, m]) => [id, {...m, open: fill(m.at?.open, m.open), close: fill(m.at?.close, m.close)}]),
  );
  const lost = inner.find((r) => !placed.has(r));
  if (lost) throw new Error(`renderSegment: the nested segment at offsets ${lost.start}-${lost.end} is in no tag's markup`);
  return out;
}

/**
 * MDX reads `{` and `<` as code; tables split on `|`; labels end at `]`.
 * A character already escaped (after an odd number of backslashes) is left
 * as is; after an even number (`\\{`: an escaped backslash, then the
 * brace) it is escaped, or it would open an expression.
 */
function escapeMarkdown(text: string, segment: Segment): string {
  const special = segment.kind === 'tableCell' ? /(\\*)([{}<|])/g : segment.kind === 'label' ? /(\\*)([{}<[\]])/g : /(\\*)([{}<])/g;
  return text.replace(special, (_, slashes: string, char: string) => (slashes.length % 2 === 1 ? `${slashes}${char}` : `${slashes}\\${char}`));
}

/**
 * A JSX attribute value: quoted with a quote it does not contain, else a
 * JS string expression. In quotes, `&` that would start a character
 * reference is written `&amp;`, since JSX decodes them there.
 */
function quoteAttribute(value: string): string {
  const quoted = value.replace(/&(?=#?\w+;)/g, '&amp;');
  if (!value.includes('"')) return `"${quoted}"`;
  if (!value.includes("'")) return `'${quoted}'`;
  return `{${JSON.stringify(value)}}`;
}

/**
 * A Markdown title's text for its delimiter (`"`, `'` or `(`): backslashes,
 * the delimiter and a `&` that would start a character reference are
 * backslash-escaped, so the title reads back as the translation.
 */
function escapeTitle(value: string, delimiter: string): string {
  const special = delimiter === '(' ? /[\\()]/g : delimiter === "'" ? /[\\']/g : /[\\"]/g;
  return value.replace(special, '\\$&').replace(/&(?=#?\w+;)/g, '\\&');
}

/** A YAML scalar: plain when that reads back as the same string, double-quoted otherwise. */
function quoteYaml(value: string): string {
  const plainSafe =
    /^[\p{L}\p{N}(][^\n]*$/u.test(value) &&
    !/[:#]\s|\s#|:$|^(true|false|yes|no|null|~|[\d.+-]+)$/i.test(value) &&
    !/[{}[\],&*!|>'"%@`]/.test(value[0] ?? '');
  return plainSafe ? value : JSON.stringify(value);
}
