import {execFileSync} from 'node:child_process';

/**
 * Whether `dir` lies inside a git worktree with at least one commit, so that
 * `git log` can answer for its files. False in a downloaded archive, where
 * asking git for page dates would stop the build.
 */
export function isInsideGitWorktree(dir: string): boolean {
  try {
    execFileSync('git', ['rev-parse', '--verify', '--quiet', 'HEAD'], {
      cwd: dir,
      stdio: 'ignore',
    });
    return true;
  } catch {
    return false;
  }
}
