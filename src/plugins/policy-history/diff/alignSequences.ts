/** How one element of the old sequence relates to the new one. */
export type Alignment<T> =
  | {readonly op: 'equal' | 'change'; readonly a: T; readonly b: T}
  | {readonly op: 'delete'; readonly a: T}
  | {readonly op: 'insert'; readonly b: T};

/** The longest common subsequence of two key lists, as index pairs. O(n·m): pages and paragraphs are small. */
export function longestCommonSubsequence(a: readonly string[], b: readonly string[]): [number, number][] {
  const n = a.length;
  const m = b.length;
  const table = Array.from({length: n + 1}, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    const row = table[i] as Uint32Array;
    const below = table[i + 1] as Uint32Array;
    for (let j = m - 1; j >= 0; j--) {
      row[j] = a[i] === b[j] ? (below[j + 1] as number) + 1 : Math.max(below[j] as number, row[j + 1] as number);
    }
  }
  const pairs: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      pairs.push([i, j]);
      i++;
      j++;
    } else if ((table[i + 1]?.[j] ?? 0) >= (table[i]?.[j + 1] ?? 0)) i++;
    else j++;
  }
  return pairs;
}

/**
 * Aligns two sequences of blocks: identical ones (same `key`) by longest
 * common subsequence; in each gap between them, blocks of the same `kind`
 * are paired as changed (one block for one: always; otherwise the most
 * similar, at least `threshold`), and the rest are deleted or inserted.
 * Deletions come before insertions at the same place. Pure.
 */
export function alignSequences<T>(
  a: readonly T[],
  b: readonly T[],
  options: {
    key: (item: T) => string;
    kind: (item: T) => string;
    similarity: (x: T, y: T) => number;
    threshold?: number;
  },
): Alignment<T>[] {
  const {key, kind, similarity, threshold = 0.4} = options;
  const anchors = longestCommonSubsequence(a.map(key), b.map(key));
  const out: Alignment<T>[] = [];
  let i = 0;
  let j = 0;
  for (const [ai, bj] of [...anchors, [a.length, b.length] as [number, number]]) {
    out.push(...alignGap(a.slice(i, ai), b.slice(j, bj), kind, similarity, threshold));
    if (ai < a.length && bj < b.length) out.push({op: 'equal', a: a[ai] as T, b: b[bj] as T});
    i = ai + 1;
    j = bj + 1;
  }
  return out;
}

function alignGap<T>(
  a: readonly T[],
  b: readonly T[],
  kind: (item: T) => string,
  similarity: (x: T, y: T) => number,
  threshold: number,
): Alignment<T>[] {
  const pairs: [number, number][] = [];
  if (a.length === 1 && b.length === 1 && kind(a[0] as T) === kind(b[0] as T)) {
    // One block became another in the same place: an edited heading, a
    // rewritten paragraph. Shown as changed, however different.
    pairs.push([0, 0]);
  } else {
    // Otherwise each old block is paired with the most similar new block of
    // its kind after the last pair, if similar enough.
    let next = 0;
    a.forEach((x, k) => {
      let best = -1;
      let bestScore = threshold;
      for (let l = next; l < b.length; l++) {
        const y = b[l] as T;
        if (kind(x) !== kind(y)) continue;
        const score = similarity(x, y);
        if (score >= bestScore && (best === -1 || score > bestScore)) {
          best = l;
          bestScore = score;
        }
      }
      if (best !== -1) {
        pairs.push([k, best]);
        next = best + 1;
      }
    });
  }
  const out: Alignment<T>[] = [];
  let i = 0;
  let j = 0;
  for (const [k, l] of [...pairs, [a.length, b.length] as [number, number]]) {
    for (; i < k; i++) out.push({op: 'delete', a: a[i] as T});
    for (; j < l; j++) out.push({op: 'insert', b: b[j] as T});
    if (k < a.length && l < b.length) out.push({op: 'change', a: a[k] as T, b: b[l] as T});
    i = k + 1;
    j = l + 1;
  }
  return out;
}
