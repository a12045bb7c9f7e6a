import {renderSegment} from './renderSegment';
import type {Segment} from './segmentPage';
import {collapseWhitespace} from './taggedText';
import {segmentKey} from './translationMemory';

/**
 * Learns from an existing translation of a known French text: pairs the
 * French segments with the translation's, in order, and keeps a pair only
 * when writing that translation back into the French skeleton gives the
 * translation's exact bytes (same tags, same markup). So pages translated
 * before the memory existed, or by a person, are reused segment by
 * segment. Pure; returns memory entries.
 */
export function seedMemory(
  frenchText: string,
  french: readonly Segment[],
  translatedText: string,
  translated: readonly Segment[],
): Array<[string, {fr: string; text: string}]> {
  if (french.length !== translated.length) return [];
  const entries: Array<[string, {fr: string; text: string}]> = [];
  french.forEach((fr, i) => {
    const tr = translated[i];
    if (!tr || tr.kind !== fr.kind) return;
    if (renderSegment(frenchText, fr, tr.tagged) !== translatedText.slice(tr.start, tr.end)) return;
    entries.push([segmentKey(fr.tagged), {fr: collapseWhitespace(fr.tagged), text: tr.tagged}]);
  });
  return entries;
}
