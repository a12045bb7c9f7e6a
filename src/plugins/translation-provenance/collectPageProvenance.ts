import {readProvenance, translationStatus, type Provenance} from '../../shared/provenance';
import {sourceHash} from '../../shared/sourceHash';
import type {PageProvenance} from './types';

/** A Markdown file already read from disk. */
export interface MarkdownFile {
  /** Path under the docs folder (`privacy.md`): pairs a translation with its source. */
  relPath: string;
  /** Path shown in error messages, relative to the site (`i18n/en/.../privacy.md`). */
  displayPath: string;
  text: string;
}

export interface LocaleProvenance {
  /** Every French page, by `relPath`, with its status in this locale. */
  pages: Record<string, PageProvenance>;
  /** Whether at least one page of the locale is declared `status: machine`. */
  hasMachineTranslation: boolean;
}

/**
 * Pairs each French page with its translation in one locale and says where
 * it stands. Pure: the caller reads the files and the git dates. A
 * translation without a French source is ignored here (`i18n:check` reports
 * orphans).
 *
 * @throws Error listing every invalid `translation:` block, each line naming
 *   the file and the field, so one build shows all of them.
 */
export function collectPageProvenance(input: {
  sources: readonly MarkdownFile[];
  translations: readonly MarkdownFile[];
  /** Last commit date (ms) of French files by `relPath`, when known. */
  sourceDates?: Readonly<Record<string, number>>;
}): LocaleProvenance {
  const errors: string[] = [];
  const provenanceByPath = new Map<string, Provenance>();
  for (const file of input.translations) {
    const reading = readProvenance(file.text);
    if (reading.ok) provenanceByPath.set(file.relPath, reading.provenance);
    else errors.push(...reading.errors.map((e) => `${file.displayPath}: ${e}`));
  }
  if (errors.length > 0) {
    throw new Error(`Invalid translation provenance:\n- ${errors.join('\n- ')}`);
  }

  const pages: Record<string, PageProvenance> = {};
  for (const source of input.sources) {
    const provenance = provenanceByPath.get(source.relPath);
    const page: PageProvenance = {status: translationStatus(sourceHash(source.text), provenance)};
    if (provenance) {
      page.engine = provenance.engine;
      page.date = provenance.date;
      page.sourceHash = provenance.source_hash;
      if (provenance.reviewed_by) page.reviewedBy = provenance.reviewed_by;
    }
    const date = input.sourceDates?.[source.relPath];
    if (date !== undefined) page.sourceLastUpdatedAt = date;
    pages[source.relPath] = page;
  }
  const hasMachineTranslation = input.sources.some(
    (source) => provenanceByPath.get(source.relPath)?.status === 'machine',
  );
  return {pages, hasMachineTranslation};
}
