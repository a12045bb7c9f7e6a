import {existsSync} from 'node:fs';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';

import type {UntranslatedRules} from './checkUntranslatedUi';

/** Where a site keeps the untranslated-UI rule's allowlist, from its root. */
export const ALLOWLIST_FILE = 'tools/i18n-ui/allowlist.ts';

/** This repository's root, whose allowlist serves a `--root` without one. */
const TOOL_ROOT = join(import.meta.dirname, '../..');

/**
 * The allowlist and forbidden keys of the site at `root`
 * (`tools/i18n-ui/allowlist.ts`: `UNTRANSLATED_ALLOWLIST`, `FORBIDDEN_KEYS`).
 * A `--root` without the file (a copy of `docs/` and `i18n/`, a fixture
 * site) borrows this repository's, and is then not told of allowances it
 * does not use: they were written for another site. Throws, naming the
 * file and the export, when it exports something else.
 */
export async function readUntranslatedRules(root: string): Promise<UntranslatedRules> {
  const own = existsSync(join(root, ALLOWLIST_FILE));
  const path = join(own ? root : TOOL_ROOT, ALLOWLIST_FILE);
  const module = (await import(pathToFileURL(path).href)) as Record<string, unknown>;
  const allowlist = module.UNTRANSLATED_ALLOWLIST;
  const forbiddenKeys = module.FORBIDDEN_KEYS;
  const isList = (value: unknown, fields: string[]) =>
    Array.isArray(value) && value.every((entry: unknown) => typeof entry === 'object' && entry !== null && fields.every((f) => f in entry));
  if (!isList(allowlist, ['message', 'locales', 'reason'])) {
    throw new Error(`${ALLOWLIST_FILE}: UNTRANSLATED_ALLOWLIST must be an array of {message, locales, reason}; fix it (see tools/i18n-ui/findUntranslated.ts, AllowedMessage)`);
  }
  if (!isList(forbiddenKeys, ['file', 'key', 'reason'])) {
    throw new Error(`${ALLOWLIST_FILE}: FORBIDDEN_KEYS must be an array of {file, key, reason}; fix it (see tools/i18n-ui/findUntranslated.ts, ForbiddenKey)`);
  }
  return {allowlist, forbiddenKeys, allowlistFile: ALLOWLIST_FILE, reportUnused: own} as UntranslatedRules;
}
