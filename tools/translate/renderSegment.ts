import type {Segment} from './segmentPage';
import {collapseWhitespace, tokenizeTagged, unescapeXml} from './taggedText';

/**
 * The bytes that replace a segment in the translated file. A translation
 * equal to the French text (identity, names, numbers) gives back the French
 * bytes untouched; otherwise tags become the French markup again and the
 * text is escaped for where it lands (MDX text, table cell, label,
 * attribute, YAML). Pure.
 */
export function renderSegment(source: string, segment: Segment, translated: string): string {
  const raw = source.slice(segment.start, segment.end);
  if (collapseWhitespace(translated) === collapseWhitespace(segment.tagged)) return raw;
  const eol = source.includes('\r\n') ? '\r\n' : '\n';
  const text = translated.trim().replace(/\s*\n\s*/g, '\n');
  const isValue = segment.kind === 'attribute' || segment.kind === 'frontMatter';
  let out = '';
  for (const token of tokenizeTagged(text)) {
    const markup = token.type === 'text' ? undefined : segment.tags[token.id];
    if (token.type === 'text') out += isValue ? unescapeXml(token.value) : escapeMarkdown(unescapeXml(token.value), segment);
    else if (token.type === 'close') out += markup?.close ?? '';
    else out += markup?.open ?? '';
  }
  if (segment.kind === 'attribute') return quoteAttribute(out.replace(/\n/g, ' '));
  if (segment.kind === 'frontMatter') return quoteYaml(out.replace(/\n/g, ' '));
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

/** MDX reads `{` and `<` as code; tables split on `|`; labels end at `]`. */
function escapeMarkdown(text: string, segment: Segment): string {
  const special = segment.kind === 'tableCell' ? /(?<!\\)([{}<|])/g : segment.kind === 'label' ? /(?<!\\)([{}<[\]])/g : /(?<!\\)([{}<])/g;
  return text.replace(special, '\\$1');
}

/** A JSX attribute value: quoted with a quote it does not contain, else a JS string expression. */
function quoteAttribute(value: string): string {
  if (!value.includes('"')) return `"${value}"`;
  if (!value.includes("'")) return `'${value}'`;
  return `{${JSON.stringify(value)}}`;
}

/** A YAML scalar: plain when that reads back as the same string, double-quoted otherwise. */
function quoteYaml(value: string): string {
  const plainSafe =
    /^[\p{L}\p{N}(][^\n]*$/u.test(value) &&
    !/[:#]\s|\s#|:$|^(true|false|yes|no|null|~|[\d.+-]+)$/i.test(value) &&
    !/[{}[\],&*!|>'"%@`]/.test(value[0] ?? '');
  return plainSafe ? value : JSON.stringify(value);
}
