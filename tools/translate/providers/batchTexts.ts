/**
 * Groups texts into requests of at most `maxSegments` texts and
 * `maxChars` characters (a longer text goes alone). Keeps order. Pure.
 */
export function batchTexts<T extends {text: string}>(items: readonly T[], maxSegments: number, maxChars: number): T[][] {
  const batches: T[][] = [];
  let current: T[] = [];
  let chars = 0;
  for (const item of items) {
    if (current.length > 0 && (current.length >= maxSegments || chars + item.text.length > maxChars)) {
      batches.push(current);
      current = [];
      chars = 0;
    }
    current.push(item);
    chars += item.text.length;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}
