import {join} from 'node:path';

import type {Provenance} from '../shared/provenance';
import {atomicWrite} from './atomicWrite';
import {composePage} from './composePage';
import type {PageWork} from './planLocale';
import type {SegmentResult} from './translateSegments';
import type {TranslationMemory} from './translationMemory';
import type {ValidatePage} from './validatePage';

/**
 * The last step of a locale: composes each planned page from the memory
 * ({@link composePage}) and writes it atomically under `root` when it is
 * whole, passes the gate and differs from the existing file. Sets each
 * page's outcome (`written`, `unchanged`, or `failed` with its reasons); a
 * failed page keeps its previous translation.
 */
export function writePages(
  root: string,
  work: readonly PageWork[],
  memory: TranslationMemory,
  results: ReadonlyMap<string, SegmentResult>,
  provenance: Pick<Provenance, 'engine' | 'date'>,
  validate: ValidatePage,
): void {
  for (const {page, french, segments, existing} of work) {
    const context = {sourcePath: page.source, translatedPath: page.target, locale: page.locale};
    const composed = composePage(french, segments, memory, results, provenance, validate, context);
    if (!composed.ok) page.reasons = composed.reasons;
    else if (composed.text === existing) page.outcome = 'unchanged';
    else {
      atomicWrite(join(root, page.target), composed.text);
      page.outcome = 'written';
    }
  }
}
