import type {TagMarkup} from './inlineTagged';
import {escapeXml, tokenizeTagged} from './taggedText';

/**
 * The glossary, normalised: terms kept as written in every language, and
 * terms with a fixed translation per locale (`RGPD` -> `GDPR`, `DSGVO`).
 */
export interface Glossary {
  keep: string[];
  fixed: Record<string, Record<string, string>>;
}

export const EMPTY_GLOSSARY: Glossary = {keep: [], fixed: {}};

/**
 * The glossary's pairs for one locale and one side: on the French side a
 * term is found as written in French and rendered in the target language;
 * on the translated side (reading an existing translation back) it is
 * found as the target term. Longest terms first, so `Acme Example SAS`
 * wins over `Acme Example`.
 */
export function glossaryTerms(glossary: Glossary, locale: string, side: 'source' | 'target'): Array<[string, string]> {
  const pairs: Array<[string, string]> = glossary.keep.map((t) => [t, t]);
  for (const [term, byLocale] of Object.entries(glossary.fixed)) {
    const target = byLocale[locale];
    if (target !== undefined) pairs.push([side === 'source' ? term : target, target]);
  }
  return pairs.sort((a, b) => b[0].length - a[0].length);
}

/**
 * Replaces each glossary term in the text of a tagged segment by an `x`
 * tag that renders as the term's fixed form, so no provider can translate
 * it (the same for DeepL, chat models and LibreTranslate). Whole words
 * only, never inside an existing tag. Pure; returns new text and tags.
 */
export function applyGlossary(
  tagged: string,
  tags: Record<string, TagMarkup>,
  terms: ReadonlyArray<[string, string]>,
): {tagged: string; tags: Record<string, TagMarkup>} {
  if (terms.length === 0) return {tagged, tags};
  const out = {...tags};
  const alternatives = terms.map(([t]) => escapeXml(t).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, 'gu');
  const render = new Map(terms.map(([t, r]) => [escapeXml(t), r]));
  const text = tokenizeTagged(tagged)
    .map((token) => {
      if (token.type !== 'text') return token.type === 'open' ? `<${token.id}>` : token.type === 'close' ? `</${token.id}>` : `<${token.id}/>`;
      return token.value.replace(pattern, (match) => {
        const id = `x${Object.keys(out).length + 1}`;
        out[id] = {open: render.get(match) ?? match, close: ''};
        return `<${id}/>`;
      });
    })
    .join('');
  return {tagged: text, tags: out};
}
