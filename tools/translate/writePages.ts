import {join} from 'node:path';

import {atomicWrite} from './atomicWrite';
import {type ComposeSources, composePage} from './composePage';
import type {PageWork} from './planLocale';

/**
 * The last step of a locale: composes each planned page from the memory
 * ({@link composePage}) and writes it atomically under `root` when it is
 * whole, passes the gate and differs from the existing file. Sets each
 * page's outcome (`written`, `unchanged`, or `failed` with its reasons); a
 * failed page keeps its previous translation.
 */
export function writePages(root: string, work: readonly PageWork[], sources: ComposeSources): void {
  for (const {page, french, segments, existing} of work) {
    const context = {sourcePath: page.source, translatedPath: page.target, locale: page.locale};
    const composed = composePage(french, segments, context, sources);
    if (!composed.ok) page.reasons = composed.reasons;
    else if (composed.text === existing) page.outcome = 'unchanged';
    else {
      atomicWrite(join(root, page.target), composed.text);
      page.outcome = 'written';
    }
  }
}
