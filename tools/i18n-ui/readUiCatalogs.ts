import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';

import type {TranslationFile, UiCatalogs} from './findUntranslated';

/**
 * Reads the UI strings of the given locales from `i18nDir`: the JSON files
 * `write-translations` writes, `code.json` and one level below
 * (`docusaurus-theme-classic/navbar.json`, `docusaurus-plugin-content-docs/current.json`).
 * Translated pages live deeper and are not read. A locale without a folder
 * gets no entry. Throws, naming the file, on JSON that is not a translation file.
 */
export function readUiCatalogs(i18nDir: string, locales: readonly string[]): UiCatalogs {
  const catalogs: Record<string, Record<string, TranslationFile>> = {};
  for (const locale of locales) {
    const localeDir = join(i18nDir, locale);
    if (!existsSync(localeDir)) continue;
    const files: Record<string, TranslationFile> = {};
    for (const entry of readdirSync(localeDir, {withFileTypes: true})) {
      if (entry.isFile() && entry.name.endsWith('.json')) {
        files[entry.name] = readTranslationFile(join(localeDir, entry.name));
      } else if (entry.isDirectory()) {
        for (const sub of readdirSync(join(localeDir, entry.name), {withFileTypes: true})) {
          if (sub.isFile() && sub.name.endsWith('.json')) {
            files[`${entry.name}/${sub.name}`] = readTranslationFile(join(localeDir, entry.name, sub.name));
          }
        }
      }
    }
    catalogs[locale] = files;
  }
  return catalogs;
}

function readTranslationFile(path: string): TranslationFile {
  const data: unknown = JSON.parse(readFileSync(path, 'utf8'));
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    throw new Error(`${path}: not a translation file (expected an object of {"message": ...})`);
  }
  for (const [key, value] of Object.entries(data)) {
    if (!value || typeof (value as {message?: unknown}).message !== 'string') {
      throw new Error(`${path}: "${key}" has no string "message"`);
    }
  }
  return data as TranslationFile;
}
