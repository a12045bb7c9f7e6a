import type {Fact} from './extractFacts';

/**
 * How a translation differs from its source for one kind of fact:
 * `changed` (one value became another in the same block), `missing` (in
 * the French, not in the translation) or `extra` (the reverse).
 */
export type FactDiff =
  | {kind: 'changed'; expected: string; found: string; line: number; sourceLine: number}
  | {kind: 'missing'; expected: string; line: number; sourceLine: number}
  | {kind: 'extra'; found: string; line: number};

/** How `diffFacts` aligns the two lists. */
export interface DiffOptions {
  /**
   * Whether order matters across the whole page (headings, code blocks,
   * lists). When it does not (numbers, links, inline code), facts may move
   * within their block, as words do in translation, but not to another block.
   */
  ordered: boolean;
  /** Start line of each top-level block of the translation, to place a missing fact. */
  translatedBlockLines: readonly number[];
}

/**
 * Compares two lists of facts with a longest common subsequence, then
 * pairs what is left block by block. Pure; results in translation line order.
 */
export function diffFacts(source: readonly Fact[], translated: readonly Fact[], options: DiffOptions): FactDiff[] {
  const order = (facts: readonly Fact[]): Fact[] =>
    options.ordered ? [...facts] : [...facts].sort((a, b) => a.block - b.block || compare(a.key, b.key));
  const a = order(source);
  const b = order(translated);
  const {onlyA, onlyB} = lcsRemainders(a, b);

  const diffs: FactDiff[] = [];
  const unpairedB = [...onlyB];
  for (const fact of onlyA) {
    const pair = unpairedB.findIndex((t) => t.block === fact.block);
    const found = pair >= 0 ? unpairedB.splice(pair, 1)[0] : undefined;
    if (found) {
      diffs.push({kind: 'changed', expected: label(fact), found: label(found), line: found.line, sourceLine: fact.line});
    } else {
      const lines = options.translatedBlockLines;
      const line = lines[fact.block] ?? lines[lines.length - 1] ?? 1;
      diffs.push({kind: 'missing', expected: label(fact), line, sourceLine: fact.line});
    }
  }
  for (const fact of unpairedB) diffs.push({kind: 'extra', found: label(fact), line: fact.line});
  return diffs.sort((x, y) => x.line - y.line);
}

const label = (fact: Fact): string => fact.label ?? fact.key;

function compare(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}

/** The facts of `a` and of `b` outside their longest common subsequence of keys. */
function lcsRemainders(a: readonly Fact[], b: readonly Fact[]): {onlyA: Fact[]; onlyB: Fact[]} {
  // lengths[i][j]: LCS length of a[i..] and b[j..]. Pages have tens of facts per kind.
  const lengths = Array.from({length: a.length + 1}, () => new Array<number>(b.length + 1).fill(0));
  const len = (i: number, j: number): number => lengths[i]?.[j] ?? 0;
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      const row = lengths[i];
      if (!row) continue;
      row[j] = a[i]?.key === b[j]?.key ? len(i + 1, j + 1) + 1 : Math.max(len(i + 1, j), len(i, j + 1));
    }
  }
  const onlyA: Fact[] = [];
  const onlyB: Fact[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i];
    const y = b[j];
    if (!x || !y) break;
    if (x.key === y.key) {
      i++;
      j++;
    } else if (len(i + 1, j) >= len(i, j + 1)) {
      onlyA.push(x);
      i++;
    } else {
      onlyB.push(y);
      j++;
    }
  }
  onlyA.push(...a.slice(i));
  onlyB.push(...b.slice(j));
  return {onlyA, onlyB};
}
