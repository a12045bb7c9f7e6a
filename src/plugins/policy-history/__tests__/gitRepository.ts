import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** A temporary git repository a test writes commits into; `remove()` when done. */
export interface TestRepository {
  readonly dir: string;
  /** Writes files (path → text) and commits them on `date` (ISO). Returns the commit id. */
  commit(files: Record<string, string>, date: string, message?: string): string;
  git(...args: string[]): string;
  remove(): void;
}

export function createTestRepository(prefix = 'policy-history-'): TestRepository {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const git = (...args: string[]) =>
    execFileSync('git', args, {cwd: dir, encoding: 'utf8', env: {...process.env, GIT_DIR: undefined, GIT_WORK_TREE: undefined}});
  git('init', '--quiet', '--initial-branch=main');
  return {
    dir,
    git,
    commit(files, date, message = 'edit') {
      for (const [rel, text] of Object.entries(files)) {
        fs.mkdirSync(path.dirname(path.join(dir, rel)), {recursive: true});
        fs.writeFileSync(path.join(dir, rel), text);
      }
      git('add', '-A');
      execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', 'commit', '--quiet', '-m', message], {
        cwd: dir,
        env: {...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date},
      });
      return git('rev-parse', 'HEAD').trim();
    },
    remove: () => fs.rmSync(dir, {recursive: true, force: true}),
  };
}

/** A French policy page with `effective_date`, optional `change_summary`, and one sentence of body. */
export function policyPage(effectiveDate: string | undefined, body: string, summary?: string): string {
  const keys = [
    'title: Politique',
    ...(effectiveDate ? [`effective_date: ${effectiveDate}`] : []),
    ...(summary ? [`change_summary: ${summary}`] : []),
  ];
  return `---\n${keys.join('\n')}\n---\n\n## Contexte {/* #context */}\n\n${body}\n`;
}

/** A translation of `french` (its `source_hash`), with its own body. */
export function translatedPage(frenchHash: string, body: string, summary?: string): string {
  const keys = [
    'title: Policy',
    ...(summary ? [`change_summary: ${summary}`] : []),
    'translation:',
    '  status: machine',
    '  engine: deepl',
    '  date: 2025-01-01',
    `  source_hash: "${frenchHash}"`,
  ];
  return `---\n${keys.join('\n')}\n---\n\n## Context {/* #context */}\n\n${body}\n`;
}
