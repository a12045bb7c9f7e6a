import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {load} from 'cheerio';
import {afterAll, describe, expect, it} from 'vitest';

import {SITE_CONFIG} from '../../../src/config/site';
import {readFrontMatter} from '../../../src/shared/frontMatter';
import {ROOT} from '../support/site';

// Docusaurus asks git for page dates; with `faster` it stops outside a git
// worktree. These builds prove a downloaded archive and a shallow CI clone
// both build (French only: the git question is the same for every locale),
// policy pages with their current version only, said in one line.
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'build-anywhere-'));
afterAll(() => fs.rmSync(work, {recursive: true, force: true}));

/** Builds the French site; returns the privacy page's HTML, its history page's, and what the build printed. */
function buildFrench(siteDir: string): {html: string; history: string; output: string} {
  const outDir = path.join(siteDir, 'build');
  const output = execFileSync(
    process.execPath,
    [require.resolve('@docusaurus/core/bin/docusaurus.mjs'), 'build', '--locale', 'fr', '--out-dir', outDir],
    {cwd: siteDir, stdio: ['ignore', 'pipe', 'pipe'], env: {...process.env, GIT_DIR: undefined, EDIT_URL: undefined}, encoding: 'utf8'},
  );
  const read = (file: string) => fs.readFileSync(path.join(outDir, file), 'utf8');
  return {html: read('privacy.html'), history: read('privacy/history.html'), output};
}

/**
 * The privacy page's heading as the build writes it: its `title`, from
 * whatever `docs/privacy.md` says today (an editor may retitle it).
 */
function expectedHeading(): string {
  const title = readFrontMatter(fs.readFileSync(path.join(ROOT, 'docs/privacy.md'), 'utf8')).title;
  if (typeof title !== 'string') throw new Error('docs/privacy.md has no title in its front matter: this test reads the page heading from it');
  const escaped = title.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#x27;');
  return `<h1>${escaped}</h1>`;
}

/**
 * EDIT_URL unset: "Edit this page" links to `editUrl` of site.config.ts,
 * and there is no link at all when that is unset too (the shared build
 * sets EDIT_URL, as the workflows do).
 */
function expectEditLinkFromSiteConfig({html}: {html: string}): void {
  const links = load(html)('a.theme-edit-this-page').map((_, a) => a.attribs.href).get();
  expect(links).toEqual(SITE_CONFIG.editUrl === undefined ? [] : [`${SITE_CONFIG.editUrl}docs/privacy.md`]);
}

/** Policy versions without the history: the current one only, said in one line of the build. */
function expectCurrentVersionOnly({history, output}: {history: string; output: string}, reason: RegExp): void {
  expect(output.split('\n').filter((line) => line.includes('policy-history:'))).toEqual([expect.stringMatching(reason)]);
  expect(history.match(/data-version=/g)).toHaveLength(1);
}

/**
 * A plain copy of this repository's files (tracked and untracked, not
 * ignored), without `.git` and with our `node_modules` linked: made once.
 * Both builds happen in this one folder, the second one in a shallow
 * clone made of it, so that it finds Rspack's persistent cache of the
 * first warm (the cache is keyed by the site's path): 5 CPU-s less.
 */
const copyFolder = path.join(work, 'site');
function plainCopy(): string {
  if (fs.existsSync(copyFolder)) return copyFolder;
  const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard', '-z'], {cwd: ROOT})
    .toString()
    .split('\0')
    .filter((f) => f && fs.existsSync(path.join(ROOT, f)));
  for (const file of files) {
    fs.mkdirSync(path.dirname(path.join(copyFolder, file)), {recursive: true});
    fs.copyFileSync(path.join(ROOT, file), path.join(copyFolder, file));
  }
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(copyFolder, 'node_modules'));
  return copyFolder;
}

describe('the build', () => {
  it('works from a plain copy with no .git, without page dates', () => {
    const siteDir = plainCopy();
    expect(fs.existsSync(path.join(siteDir, '.git')), 'the copy has no .git yet').toBe(false);
    const built = buildFrench(siteDir);
    expect(built.html).toContain(expectedHeading());
    expect(built.html).not.toContain('dateModified');
    expectCurrentVersionOnly(built, /not a git checkout/);
    expectEditLinkFromSiteConfig(built);
  });

  it('works in a shallow clone, with page dates', () => {
    // The copy becomes a clone of depth 1 of this repository: its history
    // is the last commit's, its files the copy's (ours, as in the first test).
    const siteDir = plainCopy();
    const clone = path.join(work, 'clone');
    execFileSync('git', ['clone', '--quiet', '--depth', '1', '--no-checkout', `file://${ROOT}`, clone]);
    fs.renameSync(path.join(clone, '.git'), path.join(siteDir, '.git'));
    execFileSync('git', ['reset', '--quiet'], {cwd: siteDir});
    expect(execFileSync('git', ['rev-parse', '--is-shallow-repository'], {cwd: siteDir, encoding: 'utf8'}).trim()).toBe('true');
    const built = buildFrench(siteDir);
    expect(built.html).toContain(expectedHeading());
    expect(built.html).toContain('dateModified');
    expectCurrentVersionOnly(built, /shallow git clone/);
  });
});
