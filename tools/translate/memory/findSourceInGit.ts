import {execFileSync} from 'node:child_process';

import {decodeText} from '../../../src/shared/readText';
import {sourceHash} from '../../../src/shared/sourceHash';

/**
 * The committed version of `file` whose sourceHash is `hash` (the French a
 * stale translation was made from), searched in the last 100 commits that
 * touched it; undefined outside git or when not found. Lets a run reuse an
 * unchanged paragraph's existing translation even before the translation
 * memory knew it.
 */
export function findSourceInGit(root: string, file: string, hash: string): string | undefined {
  try {
    const git = (...args: string[]) => execFileSync('git', args, {cwd: root, stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 << 20});
    const commits = git('log', '-n', '100', '--format=%H', '--', file).toString('utf8').split('\n').filter(Boolean);
    for (const commit of commits) {
      let text: string;
      try {
        text = decodeText(git('show', `${commit}:${file}`), `${file} at ${commit}`).text;
      } catch {
        // Not valid UTF-8 in that commit: it cannot be what the translation was made from.
        continue;
      }
      if (sourceHash(text) === hash) return text;
    }
  } catch {
    // Not a git worktree, or git missing: nothing to reuse.
  }
  return undefined;
}
