import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';

import {ROOT} from './support/site';

// Docusaurus asks git for page dates; with `faster` it stops outside a git
// worktree. These builds prove a downloaded archive and a shallow CI clone
// both build (French only: the git question is the same for every locale).
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'build-anywhere-'));
afterAll(() => fs.rmSync(work, {recursive: true, force: true}));

function buildFrench(siteDir: string): string {
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(siteDir, 'node_modules'));
  const outDir = path.join(siteDir, 'build');
  execFileSync(
    process.execPath,
    [require.resolve('@docusaurus/core/bin/docusaurus.mjs'), 'build', '--locale', 'fr', '--out-dir', outDir],
    {cwd: siteDir, stdio: ['ignore', 'ignore', 'pipe'], env: {...process.env, GIT_DIR: undefined}},
  );
  return fs.readFileSync(path.join(outDir, 'privacy.html'), 'utf8');
}

describe('the build', () => {
  it('works from a plain copy with no .git, without page dates', () => {
    const siteDir = path.join(work, 'archive');
    const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard', '-z'], {cwd: ROOT})
      .toString()
      .split('\0')
      .filter((f) => f && fs.existsSync(path.join(ROOT, f)));
    for (const file of files) {
      fs.mkdirSync(path.dirname(path.join(siteDir, file)), {recursive: true});
      fs.copyFileSync(path.join(ROOT, file), path.join(siteDir, file));
    }
    const html = buildFrench(siteDir);
    expect(html).toContain('<h1>Politique de confidentialité</h1>');
    expect(html).not.toContain('dateModified');
  });

  it('works in a shallow clone, with page dates', () => {
    const siteDir = path.join(work, 'shallow');
    execFileSync('git', ['clone', '--quiet', '--depth', '1', `file://${ROOT}`, siteDir]);
    const html = buildFrench(siteDir);
    expect(html).toContain('<h1>Politique de confidentialité</h1>');
    expect(html).toContain('dateModified');
  });
});
