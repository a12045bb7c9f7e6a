/**
 * Where "Edit this page" leads: always the source file in the repository,
 * also from a translated page, because translations are generated from the
 * source and an edit made to them would be overwritten.
 *
 * Read from `EDIT_URL` at build time, else `editUrl` of site.config.ts.
 * Neither means no link at all: a site built from a fork or an archive
 * cannot know its repository, and a link to the wrong one is worse than
 * none. The workflows set EDIT_URL from the GitHub context.
 */

import {parseHttpUrl} from './parseHttpUrl';
import {redactUrlCredentials} from './redact';

/** Validated `EDIT_URL`: the URL the repository path of a file is appended to, ending with `/`. */
export type EditUrlBase = string | undefined;

/**
 * Reads and validates `EDIT_URL`, e.g.
 * `https://github.com/org/site/edit/main/`; throws an Error naming the
 * variable. Unset, it is `fallback` (`editUrl` of site.config.ts, validated
 * there).
 */
export function readEditUrl(env: Record<string, string | undefined>, fallback?: string): EditUrlBase {
  const raw = env.EDIT_URL;
  if (raw === undefined || raw.trim() === '') return fallback;
  const parsed = parseHttpUrl(raw);
  // Quoted values never show a user name or password: build logs are often public.
  const shown = redactUrlCredentials(raw);
  if (parsed.kind === 'not-a-url') {
    throw new Error(
      `EDIT_URL="${shown}" is not a URL. Set it to the repository's edit URL of the branch, e.g. EDIT_URL=https://github.com/org/site/edit/main/ (or leave it unset: no "Edit this page" link).`,
    );
  }
  if (parsed.kind === 'not-http') throw new Error(`EDIT_URL="${shown}" must start with https:// or http://.`);
  if (parsed.kind === 'query-or-fragment') {
    throw new Error(
      `EDIT_URL="${shown}" must not have a query or fragment: the file's path is appended to it, e.g. EDIT_URL=${parsed.url.origin}${parsed.url.pathname}`,
    );
  }
  if (parsed.kind === 'credentials') {
    // It would be published in every page's "Edit this page" link.
    throw new Error(
      `EDIT_URL="${shown}" contains a user name or password, which every page's "Edit this page" link would publish. Remove it: EDIT_URL=${parsed.url.protocol}//${parsed.url.host}${parsed.url.pathname}`,
    );
  }
  const href = parsed.url.href;
  return href.endsWith('/') ? href : `${href}/`;
}

/**
 * The `editUrl` option of the docs plugin: the source file
 * (`docs/privacy.md`) whatever the locale of the page being rendered.
 */
export function sourceEditUrl(
  base: string,
): (params: {versionDocsDirPath: string; docPath: string}) => string {
  return ({versionDocsDirPath, docPath}) => `${base}${versionDocsDirPath}/${docPath}`;
}
