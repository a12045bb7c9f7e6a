import path from 'node:path';

import {readIfExists} from '../../shared/readText';
import {collectSuggestionMessages, type CollectedSuggestions, type LocaleCodeJson} from './suggestionMessages';

/**
 * Reads `i18n/<locale>/code.json` of each of `targets` under `siteDir` and
 * gathers their language-suggestion words ({@link collectSuggestionMessages}).
 * A file that is not JSON is a problem naming it, not a throw, so the build
 * lists every problem at once (docusaurus.config.ts).
 */
export function readSuggestionMessages(siteDir: string, source: string, targets: readonly string[]): CollectedSuggestions {
  const problems: string[] = [];
  const files: LocaleCodeJson[] = [];
  for (const locale of targets) {
    const file = `i18n/${locale}/code.json`;
    const text = readIfExists(path.join(siteDir, file), file);
    if (text === undefined) {
      files.push({locale, file, data: undefined});
      continue;
    }
    try {
      files.push({locale, file, data: JSON.parse(text)});
    } catch (error) {
      problems.push(`${file}: not valid JSON (${(error as Error).message}); fix it (npm run i18n:check shows where), or restore it from git`);
    }
  }
  const collected = collectSuggestionMessages(files, `i18n/${source}/code.json`);
  return {messages: collected.messages, problems: [...problems, ...collected.problems]};
}
