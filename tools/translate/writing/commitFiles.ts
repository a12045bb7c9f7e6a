import {execFileSync} from 'node:child_process';
import {existsSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';

import {ConfigError} from '../providers';

function git(root: string, args: string[]): string {
  return execFileSync('git', args, {cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 << 20});
}

/** git's own message of a failed command, without the noise of the Node error. */
function gitError(error: unknown): string {
  const stderr = (error as {stderr?: string | Buffer}).stderr?.toString().trim();
  return stderr || (error instanceof Error ? error.message : String(error));
}

/**
 * What `--commit` needs before anything is sent: a git worktree at `root`
 * with a commit to build on, a committer identity (`user.name` and
 * `user.email`, or the `GIT_AUTHOR_*`/`GIT_COMMITTER_*` variables), and no
 * merge, rebase or cherry-pick under way (git refuses a partial commit
 * then). Throws a {@link ConfigError} saying what to do.
 */
export function checkCanCommit(root: string): void {
  let gitDir: string;
  try {
    git(root, ['rev-parse', '--verify', '--quiet', 'HEAD']);
    gitDir = git(root, ['rev-parse', '--absolute-git-dir']).trim();
  } catch {
    throw new ConfigError(`--commit: ${root} is not a git worktree with a commit; run from a clone of the repository, or leave out --commit`);
  }
  for (const variable of ['GIT_AUTHOR_IDENT', 'GIT_COMMITTER_IDENT']) {
    try {
      git(root, ['var', variable]);
    } catch (error) {
      throw new ConfigError(
        `--commit: git has no identity to commit with (${gitError(error).split('\n').find((l) => l.trim()) ?? variable}); set one with git config user.name "..." and git config user.email "..."`,
      );
    }
  }
  for (const [file, what] of [
    ['MERGE_HEAD', 'a merge'],
    ['CHERRY_PICK_HEAD', 'a cherry-pick'],
    ['REVERT_HEAD', 'a revert'],
    ['rebase-merge', 'a rebase'],
    ['rebase-apply', 'a rebase'],
  ] as const) {
    if (existsSync(join(gitDir, file))) throw new ConfigError(`--commit: ${what} is under way in ${root}; finish or abort it first`);
  }
}

/**
 * Of `paths` (from `root`), those with changes git has not committed:
 * modified, staged, deleted or untracked. Ignored files do not count.
 */
export function uncommittedFiles(root: string, paths: readonly string[]): string[] {
  if (paths.length === 0) return [];
  const found = new Set<string>();
  // In chunks: a large site plans thousands of files, more than a command line holds.
  for (let i = 0; i < paths.length; i += 500) {
    const out = git(root, ['status', '--porcelain=v1', '-z', '--untracked-files=all', '--no-renames', '--', ...paths.slice(i, i + 500)]);
    for (const entry of out.split('\0')) if (entry.length > 3) found.add(entry.slice(3));
  }
  const prefix = git(root, ['rev-parse', '--show-prefix']).trim();
  return [...found].map((p) => (prefix && p.startsWith(prefix) ? p.slice(prefix.length) : p)).sort();
}

/**
 * Commits exactly `paths` (from `root`, created or changed) with `message`,
 * under the git identity in effect, whatever else is staged: other staged
 * changes stay staged and out of the commit. Returns the new commit's hash.
 */
export function commitFiles(root: string, paths: readonly string[], message: string): string {
  // The paths go through a file: a large site's first run writes more of them than a command line holds.
  const dir = mkdtempSync(join(tmpdir(), 'translate-commit-'));
  const list = join(dir, 'paths');
  writeFileSync(list, paths.map((p) => `${p}\0`).join(''));
  try {
    git(root, ['add', `--pathspec-from-file=${list}`, '--pathspec-file-nul']);
    execFileSync('git', ['commit', '--quiet', '--only', '--file=-', `--pathspec-from-file=${list}`, '--pathspec-file-nul'], {
      cwd: root,
      input: message,
      encoding: 'utf8',
      stdio: ['pipe', 'pipe', 'pipe'],
      maxBuffer: 64 << 20,
    });
  } catch (error) {
    throw new Error(`--commit: git could not commit the translations (${gitError(error)}); the files are written: commit them by hand`);
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }
  return git(root, ['rev-parse', 'HEAD']).trim();
}
