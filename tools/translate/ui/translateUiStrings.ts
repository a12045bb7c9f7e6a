import {join} from 'node:path';

import {readText} from '../../../src/shared/readText';
import {atomicWrite, listUiFiles, PATHS, readIfExists} from '../writing';
import type {TranslationMemory} from '../memory';
import {planUiFile, renderUi, type UiFile, type UiJob} from './uiStrings';

export interface UiReport {
  locale: string;
  file: string;
  /** Messages translated (or, in a dry run, to translate). */
  translated: number;
  failed: number;
}

/**
 * UI strings for one locale, on disk: reads each French file under
 * `i18n/<source>/` and its counterpart, plans the messages to translate
 * (see {@link planUiFile}), and, once the memory holds their translations,
 * `finish` writes each changed file atomically (existing order kept, new
 * ids appended in French order). `adoptUntranslated`: see {@link planUiFile}.
 */
export function translateUiStrings(
  root: string,
  sourceLocale: string,
  locale: string,
  memory: TranslationMemory,
  terms: ReadonlyArray<[string, string]>,
  adoptUntranslated = false,
  lookup: (key: string) => {text: string} | undefined = (key) => memory.segments[key],
) {
  const files = listUiFiles(root, sourceLocale).map((file) => {
    const sourcePath = join(PATHS.ui(sourceLocale), file);
    const source = parseUiFile(readText(join(root, sourcePath), sourcePath), sourcePath);
    const targetPath = join(root, PATHS.ui(locale), file);
    const targetText = readIfExists(targetPath, join(PATHS.ui(locale), file));
    const target = targetText ? parseUiFile(targetText, join(PATHS.ui(locale), file)) : {};
    return {file, source, target, targetPath, targetText, jobs: planUiFile(file, source, target, memory, terms, adoptUntranslated)};
  });
  const written: string[] = [];
  const used: string[] = [];
  return {
    jobs: files.flatMap((f) => f.jobs) satisfies UiJob[],
    /** The files `finish(true)` may write (those with messages to translate), from the site root. */
    targets: files.filter((f) => f.jobs.length > 0).map((f) => join(PATHS.ui(locale), f.file)),
    /** The French files of those, from the site root. */
    sources: files.filter((f) => f.jobs.length > 0).map((f) => join(PATHS.ui(sourceLocale), f.file)),
    /** The files `finish(true)` wrote, from the site root. */
    written,
    /** The keys of the messages `finish(true)` wrote: the translations the memory may learn. */
    used,
    finish(write: boolean): UiReport[] {
      return files
        .filter((f) => f.jobs.length > 0)
        .map(({file, source, target, targetPath, targetText, jobs}) => {
          let translated = 0;
          for (const job of jobs) {
            const text = lookup(job.key)?.text;
            if (text === undefined) continue;
            const description = source[job.id]?.description;
            target[job.id] = {message: renderUi(text, job.tags), ...(description === undefined ? {} : {description})};
            memory.ui[`${file}#${job.id}`] = job.key;
            if (write) used.push(job.key);
            translated++;
          }
          const output = `${JSON.stringify(target, null, 2)}\n`;
          if (write && output !== targetText) {
            atomicWrite(targetPath, output);
            written.push(join(PATHS.ui(locale), file));
          }
          return {locale, file: join(PATHS.ui(locale), file), translated: write ? translated : jobs.length, failed: write ? jobs.length - translated : 0};
        });
    },
  };
}

/** A UI strings file (`{"id": {"message": "..."}}`); `file` names it in the error, which says what to do. */
function parseUiFile(text: string, file: string): UiFile {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`${file}: not valid JSON (${(error as Error).message}); fix it (npm run i18n:check shows where), or restore it from git`);
  }
  const bad = typeof data !== 'object' || data === null || Array.isArray(data) ? '' : Object.entries(data).find(([, v]) => typeof (v as {message?: unknown} | null)?.message !== 'string')?.[0];
  if (bad !== undefined) {
    throw new Error(`${file}: ${bad === '' ? 'expected an object of messages' : `"${bad}" has no "message" string`} ({"id": {"message": "...", "description": "..."}}); fix it, or restore it from git`);
  }
  return data as UiFile;
}
