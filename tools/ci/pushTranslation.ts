import {execFileSync} from 'node:child_process';

/** What {@link pushTranslation} did: the workflow's next jobs read it as step outputs. */
export interface PushResult {
  /** A translation commit is on the remote branch. */
  pushed: boolean;
  /** The commit the remote branch now ends with (ours), or the commit we started from. */
  sha: string;
  /**
   * The branch moved while we translated (the editor pushed again): our
   * commit went on top of theirs, or, when it could not, was dropped; the
   * run of that newer push translates it.
   */
  superseded: boolean;
  /** One line for the log. */
  message: string;
}

const ATTEMPTS = 3;

function git(root: string, args: string[]): string {
  return execFileSync('git', args, {cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']});
}
const stderrOf = (error: unknown) => (error as {stderr?: string | Buffer}).stderr?.toString().trim() ?? String(error);

/**
 * Pushes the commits made since `base` (the translation commit) to
 * `branch` of `remote`, never by force. When the branch moved meanwhile,
 * the commits are rebased onto it and pushed again (up to three times): the
 * memory this run paid for is kept, and the newer push's own run then
 * translates only what it changed. A rebase that conflicts (someone edited
 * the same translation) is aborted: nothing is pushed, which is no error.
 * Any other refusal (a protected branch, a token without `contents:
 * write`) throws with git's message and what to check.
 */
export function pushTranslation(root: string, options: {branch: string; base: string; remote?: string}): PushResult {
  const remote = options.remote ?? 'origin';
  const ref = `refs/heads/${options.branch}`;
  let head = git(root, ['rev-parse', 'HEAD']).trim();
  let base = git(root, ['rev-parse', '--verify', `${options.base}^{commit}`]).trim();
  if (head === base) return {pushed: false, sha: base, superseded: false, message: 'No translation commit: nothing to push.'};
  let superseded = false;
  for (let attempt = 1; ; attempt++) {
    try {
      git(root, ['push', '--porcelain', remote, `HEAD:${ref}`]);
      return {pushed: true, sha: head, superseded, message: `Pushed ${head.slice(0, 12)} to ${options.branch}${superseded ? ' (rebased onto the newer commits of the branch)' : ''}.`};
    } catch (error) {
      const stderr = stderrOf(error);
      const stdout = (error as {stdout?: string | Buffer}).stdout?.toString() ?? '';
      const moved = /\[rejected\]|non-fast-forward|fetch first/.test(`${stdout}\n${stderr}`) && !/\[remote rejected\]/.test(`${stdout}\n${stderr}`);
      if (!moved) {
        throw new Error(
          `git push to ${options.branch} was refused: ${stderr || stdout}\n` +
            'Check that the job has permissions: contents: write, and that no branch protection or ruleset forbids GitHub Actions to push to this branch (allow it to bypass, or see docs-dev/translation.md, "Translating pull requests").',
        );
      }
      if (attempt === ATTEMPTS) throw new Error(`git push to ${options.branch}: the branch kept moving (${ATTEMPTS} attempts); run the workflow again`);
    }
    superseded = true;
    git(root, ['fetch', '--quiet', remote, ref]);
    const tip = git(root, ['rev-parse', 'FETCH_HEAD']).trim();
    try {
      git(root, ['rebase', '--quiet', '--onto', tip, base]);
    } catch {
      git(root, ['rebase', '--abort']);
      return {pushed: false, sha: tip, superseded: true, message: `${options.branch} moved on and its new commits conflict with the translation: nothing pushed; the run of the newer push translates it.`};
    }
    head = git(root, ['rev-parse', 'HEAD']).trim();
    // The base is now the remote tip: only our commits are rebased next time.
    base = tip;
  }
}
