import {readFileSync} from 'node:fs';
import {join} from 'node:path';

import {atomicWrite} from './atomicWrite';
import {listUiFiles, PATHS, readIfExists} from './pageFiles';
import type {TranslationMemory} from './translationMemory';
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
) {
  const files = listUiFiles(root, sourceLocale).map((file) => {
    const source = JSON.parse(readFileSync(join(root, PATHS.ui(sourceLocale), file), 'utf8')) as UiFile;
    const targetPath = join(root, PATHS.ui(locale), file);
    const targetText = readIfExists(targetPath);
    const target = targetText ? (JSON.parse(targetText) as UiFile) : {};
    return {file, source, target, targetPath, targetText, jobs: planUiFile(file, source, target, memory, terms, adoptUntranslated)};
  });
  return {
    jobs: files.flatMap((f) => f.jobs) satisfies UiJob[],
    finish(write: boolean): UiReport[] {
      return files
        .filter((f) => f.jobs.length > 0)
        .map(({file, source, target, targetPath, targetText, jobs}) => {
          let translated = 0;
          for (const job of jobs) {
            const text = memory.segments[job.key]?.text;
            if (text === undefined) continue;
            const description = source[job.id]?.description;
            target[job.id] = {message: renderUi(text, job.tags), ...(description === undefined ? {} : {description})};
            memory.ui[`${file}#${job.id}`] = job.key;
            translated++;
          }
          const output = `${JSON.stringify(target, null, 2)}\n`;
          if (write && output !== targetText) atomicWrite(targetPath, output);
          return {locale, file: join(PATHS.ui(locale), file), translated: write ? translated : jobs.length, failed: write ? jobs.length - translated : 0};
        });
    },
  };
}
