import {tokenizeTagged} from '../segmenting';

/**
 * What the loopback providers "translate" to: each run of words gets a
 * `[en]` marker in front, tags and everything else untouched. Reversible
 * ({@link untranslate}), visible in a diff, and it keeps numbers, e-mails,
 * URLs and the final punctuation, like a good translation.
 */
export function reversibleTranslate(tagged: string, locale: string): string {
  return tokenizeTagged(tagged)
    .map((t) => {
      if (t.type === 'text') return t.value.replace(/^(\s*)(?=.*\p{L})/su, `$1[${locale}]`);
      return t.type === 'open' ? `<${t.id}>` : t.type === 'close' ? `</${t.id}>` : `<${t.id}/>`;
    })
    .join('');
}

/** Undoes {@link reversibleTranslate}. */
export function untranslate(text: string): string {
  return text.replace(/\[[a-z]{2}\]/g, '');
}
