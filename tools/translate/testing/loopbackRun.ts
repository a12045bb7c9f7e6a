import {existsSync} from 'node:fs';
import {join} from 'node:path';

import {TARGET_LOCALES} from '../../../src/config/locales';
import {EMPTY_GLOSSARY, readGlossary} from '../segmenting';
import {createProvider} from '../providers';
import type {TranslateOptions} from '../planning';
import {fakeDeepl} from './fakeProviders';
import {makeRepo} from './makeRepo';
import type {Loopback} from './startLoopback';

/**
 * `runTranslate`'s options as the run tests use them: the site at `root`,
 * every target locale, the loopback DeepL `server` answering to `authKey`,
 * the site's glossary if it has one, retries without waiting, a fixed
 * date; `overrides` win.
 */
export function loopbackOptions(root: string, server: Loopback, authKey: string, overrides: Partial<TranslateOptions> = {}): TranslateOptions {
  const glossary = join(root, 'i18n/glossary.yaml');
  return {
    root,
    sourceLocale: 'fr',
    locales: TARGET_LOCALES,
    provider: createProvider('deepl', {DEEPL_AUTH_KEY: authKey, DEEPL_SERVER_URL: server.url}),
    dryRun: false,
    force: false,
    concurrency: 2,
    glossary: existsSync(glossary) ? readGlossary(glossary, TARGET_LOCALES) : EMPTY_GLOSSARY,
    today: '2026-11-29',
    retry: {attempts: 3, baseDelayMs: 1, maxDelayMs: 1},
    ...overrides,
  };
}

/** What each run test starts from: a loopback DeepL answering to `authKey`, and a throw-away site of `files`. */
export async function startLoopbackSite(authKey: string, files: Record<string, string>): Promise<{server: Loopback; root: string}> {
  return {server: await fakeDeepl(authKey), root: makeRepo(files)};
}
