import {execFileSync} from 'node:child_process';

import {decodeText} from '../../../src/shared/readText';

function git(root: string, args: string[]): Buffer {
  return execFileSync('git', args, {cwd: root, stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 << 20});
}

/** Why the history of `root` cannot say what a file was: undefined when it can. */
export function historyProblem(root: string): 'no-git' | 'shallow' | undefined {
  try {
    git(root, ['rev-parse', '--verify', '--quiet', 'HEAD']);
  } catch {
    return 'no-git';
  }
  return git(root, ['rev-parse', '--is-shallow-repository']).toString('utf8').trim() === 'true' ? 'shallow' : undefined;
}

/** The last commit that touched `file` (a path from `root`): its hash and its date (YYYY-MM-DD); undefined when it was never committed. */
export function lastCommitOf(root: string, file: string): {commit: string; date: string} | undefined {
  const line = git(root, ['log', '-1', '--format=%H %cs', '--', file]).toString('utf8').trim();
  const [commit, date] = line.split(' ');
  return commit && date ? {commit, date} : undefined;
}

/** Whether `file` differs from its committed version (modified, staged, or untracked). */
export function isUncommitted(root: string, file: string): boolean {
  return git(root, ['status', '--porcelain=v1', '--untracked-files=all', '--', file]).toString('utf8').trim() !== '';
}

/** The text of `file` (a path from the repository root) at `commit`, or undefined when it did not exist or is not UTF-8. */
export function fileAt(root: string, commit: string, file: string): string | undefined {
  let bytes: Buffer;
  try {
    // `./`: relative to `root`, which may lie below the repository root.
    bytes = git(root, ['show', `${commit}:./${file}`]);
  } catch {
    return undefined;
  }
  try {
    return decodeText(bytes, `${file} at ${commit.slice(0, 12)}`).text;
  } catch {
    return undefined;
  }
}
