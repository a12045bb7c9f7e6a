import type {TranslationFile, UiCatalogs} from './findUntranslated';

/**
 * The UI strings of i18n:check's `readSite` (locale -> path inside
 * `i18n/<locale>/` -> JSON text), parsed for `findUntranslated`: one reader
 * of `i18n/` for both checks. A locale with no UI file gets no entry.
 * Throws, naming the file, on JSON that is not a translation file.
 */
export function toUiCatalogs(ui: ReadonlyMap<string, ReadonlyMap<string, string>>): UiCatalogs {
  const catalogs: Record<string, Record<string, TranslationFile>> = {};
  for (const [locale, files] of ui) {
    if (files.size === 0) continue;
    catalogs[locale] = Object.fromEntries(
      [...files].map(([path, text]) => [path, parseTranslationFile(`i18n/${locale}/${path}`, text)]),
    );
  }
  return catalogs;
}

function parseTranslationFile(displayPath: string, text: string): TranslationFile {
  const data: unknown = JSON.parse(text);
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    throw new Error(`${displayPath}: not a translation file (expected an object of {"message": ...})`);
  }
  for (const [key, value] of Object.entries(data)) {
    if (!value || typeof (value as {message?: unknown}).message !== 'string') {
      throw new Error(`${displayPath}: "${key}" has no string "message"`);
    }
  }
  return data as TranslationFile;
}
