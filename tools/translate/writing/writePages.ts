import {join} from 'node:path';

import {atomicWrite} from '../../../src/shared/atomicWrite';
import {composePage, type ComposeSources} from './composePage';
import type {PageWork} from '../planning';

/**
 * The last step of a locale: composes each planned page
 * ({@link composePage}) and writes it atomically under `root` when it is
 * whole, passes the gate and differs from the existing file. Sets each
 * page's outcome (`written`, `unchanged`, or `failed` with its reasons); a
 * failed page keeps its previous translation. Returns the keys of the
 * segments of the pages written or unchanged: the translations the memory
 * may learn.
 */
export function writePages(root: string, work: readonly PageWork[], sources: ComposeSources): Set<string> {
  const used = new Set<string>();
  for (const {page, french, segments, existing, bom} of work) {
    const context = {sourcePath: page.source, translatedPath: page.target, locale: page.locale};
    const composed = composePage(french, segments, context, sources);
    if (!composed.ok) {
      page.reasons = composed.reasons;
      continue;
    }
    for (const key of composed.keys) used.add(key);
    // A French file saved with a byte-order mark gets a translation saved with one.
    const text = bom ? `\uFEFF${composed.text}` : composed.text;
    if (text === existing) page.outcome = 'unchanged';
    else {
      atomicWrite(join(root, page.target), text);
      page.outcome = 'written';
    }
  }
  return used;
}
