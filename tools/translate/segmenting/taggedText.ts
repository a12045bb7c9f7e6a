/**
 * The form every segment travels in, to providers and in the translation
 * memory: XML-escaped text where inline markup is a tag the translator must
 * keep. `<g1>…</g1>` wraps translatable text (bold, link text, image alt),
 * `<x2/>` stands for something untouchable (inline code, math, a glossary
 * term). One syntax for DeepL (`tag_handling=xml`), LibreTranslate (`html`)
 * and chat models (told to keep the tags), checked on return.
 */
export type TaggedToken =
  | {type: 'text'; value: string}
  | {type: 'open' | 'close' | 'atom'; id: string};

const TAG = /<(\/?)([gx])(\d+)(\/?)>/g;

/** Splits tagged text into text (still XML-escaped) and tags. */
export function tokenizeTagged(text: string): TaggedToken[] {
  const tokens: TaggedToken[] = [];
  let last = 0;
  for (const m of text.matchAll(TAG)) {
    const index = m.index;
    if (index > last) tokens.push({type: 'text', value: text.slice(last, index)});
    const [, slash, kind, num, selfClose] = m;
    const id = `${kind}${num}`;
    if (kind === 'x') tokens.push({type: 'atom', id});
    else tokens.push({type: slash ? 'close' : selfClose ? 'atom' : 'open', id});
    last = index + m[0].length;
  }
  if (last < text.length) tokens.push({type: 'text', value: text.slice(last)});
  return tokens;
}

/** Escapes text for the tagged form (and for XML). */
export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Reverses {@link escapeXml}, plus the entities providers like to add. */
export function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;|&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

/** The text a reader sees: tags removed, entities decoded. */
export function plainText(text: string): string {
  return unescapeXml(
    tokenizeTagged(text)
      .map((t) => (t.type === 'text' ? t.value : ' '))
      .join(''),
  );
}

/** Whitespace collapsed: the form sent to providers and hashed as a memory key. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Why a translation's tags do not match its source's (lost, duplicated,
 * invented, or badly nested), or undefined when they match. Order may
 * change: languages reorder phrases.
 */
export function tagMismatch(source: string, translated: string): string | undefined {
  const count = (text: string) => {
    const counts = new Map<string, number>();
    for (const t of tokenizeTagged(text)) {
      if (t.type !== 'text') counts.set(`${t.type}:${t.id}`, (counts.get(`${t.type}:${t.id}`) ?? 0) + 1);
    }
    return counts;
  };
  const want = count(source);
  const got = count(translated);
  for (const [tag, n] of want) {
    if (got.get(tag) !== n) return `tag ${tag} expected ${n} time(s), found ${got.get(tag) ?? 0}`;
  }
  for (const tag of got.keys()) if (!want.has(tag)) return `unexpected tag ${tag}`;
  const stack: string[] = [];
  for (const t of tokenizeTagged(translated)) {
    if (t.type === 'open') stack.push(t.id);
    if (t.type === 'close' && stack.pop() !== t.id) return `tag ${t.id} closed out of order`;
  }
  return undefined;
}
