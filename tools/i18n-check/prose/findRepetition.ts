import {excerpt} from '../problem';
import type {ProseFinding} from './proseFinding';

/**
 * Fewest words in a run repeated by mistake. Legal prose repeats short
 * phrases within a sentence ("de la protection des données ... du délégué à
 * la protection des données": four words); on the committed translations no
 * paragraph repeats a run of more than four words its French does not.
 */
export const MIN_REPEATED_WORDS = 5;

/**
 * A translation that repeats text its French does not: the whole text
 * twice (a provider that answered the segment two times), or a run of at
 * least {@link MIN_REPEATED_WORDS} words said twice (a model looping), when
 * the French's own longest repeated run is shorter. Words compare in lower
 * case, without punctuation. Pure.
 */
export function findRepetition(source: string, translated: string): ProseFinding | undefined {
  const from = words(source);
  const to = words(translated);
  const unit = repeatedUnit(to);
  if (unit !== undefined && repeatedUnit(from) === undefined) {
    return {code: 'text-repeated', params: {kind: 'whole', excerpt: excerpt(unit.join(' ')), count: to.length / unit.length}};
  }
  const run = longestRepeatedRun(to);
  if (run.length >= MIN_REPEATED_WORDS && longestRepeatedRun(from).length < run.length) {
    return {code: 'text-repeated', params: {kind: 'run', excerpt: excerpt(run.join(' ')), count: run.length}};
  }
  return undefined;
}

/** The words of a text as the check compares them: lower case, without punctuation. */
export function words(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? []);
}

/** The shortest run that `list` is two or more copies of, if any. */
function repeatedUnit(list: readonly string[]): string[] | undefined {
  for (let size = 1; size <= list.length / 2; size++) {
    if (list.length % size !== 0) continue;
    if (list.every((w, i) => w === list[i % size])) return list.slice(0, size);
  }
  return undefined;
}

/** The longest run of words found twice in `list` without overlapping. */
export function longestRepeatedRun(list: readonly string[]): string[] {
  let best: string[] = [];
  // Segments are at most a few hundred words: the quadratic scan is cheap.
  for (let i = 0; i < list.length; i++) {
    for (let j = i + 1; j < list.length; j++) {
      let k = 0;
      while (j + k < list.length && i + k < j && list[i + k] === list[j + k]) k++;
      if (k > best.length) best = list.slice(i, i + k);
    }
  }
  return best;
}
