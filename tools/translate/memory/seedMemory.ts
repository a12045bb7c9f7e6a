import {collapseWhitespace, nestSegments, renderSegment} from '../segmenting';
import type {Segment} from '../segmenting';
import {type MemoryEntry, segmentKey} from './translationMemory';

/**
 * Learns from an existing translation of a known French text: pairs the
 * French segments with the translation's, in order, and keeps a pair only
 * when writing that translation back into the French skeleton gives the
 * translation's exact bytes (same tags, same markup; a segment's nested
 * titles and attributes as the translation wrote them). So pages
 * translated before the memory existed, or by a person, are reused segment
 * by segment. Pure; returns memory entries.
 */
export function seedMemory(
  frenchText: string,
  french: readonly Segment[],
  translatedText: string,
  translated: readonly Segment[],
): Array<[string, MemoryEntry]> {
  if (french.length !== translated.length) return [];
  const {inner} = nestSegments(french);
  const entries: Array<[string, MemoryEntry]> = [];
  french.forEach((fr, i) => {
    const tr = translated[i];
    if (!tr || tr.kind !== fr.kind) return;
    // The nested segments' French offsets, holding the translation's own bytes for them.
    const nested = (inner[i] ?? []).flatMap((j) => {
      const [frj, trj] = [french[j], translated[j]];
      return frj && trj ? [{start: frj.start, end: frj.end, text: translatedText.slice(trj.start, trj.end)}] : [];
    });
    try {
      if (renderSegment(frenchText, fr, tr.tagged, nested) !== translatedText.slice(tr.start, tr.end)) return;
    } catch {
      // Nested segments that do not line up with the French markup: nothing to learn here.
      return;
    }
    entries.push([segmentKey(fr.tagged), {source: collapseWhitespace(fr.tagged), text: tr.tagged}]);
  });
  return entries;
}
