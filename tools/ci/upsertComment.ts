import type {GitHubApi} from './githubApi';

/** GitHub refuses a comment body longer than this many characters. */
export const COMMENT_MAX = 65_536;

interface IssueComment {
  id: number;
  body?: string;
  html_url: string;
  user?: {type?: string} | null;
}

/** What {@link upsertComment} did. */
export interface UpsertResult {
  action: 'created' | 'updated';
  id: number;
  url: string;
}

/**
 * The pull request's body of comments holds one comment of ours per
 * `marker` (an HTML comment, invisible on GitHub): the first run creates
 * it, every later run edits it in place, so a pull request pushed to ten
 * times has one report, the latest. A comment by a bot wins over a
 * person's that happens to quote the marker. A body too long for GitHub is
 * cut, saying so.
 */
export async function upsertComment(api: GitHubApi, options: {pullRequest: number; marker: string; body: string; truncatedNote?: string}): Promise<UpsertResult> {
  const body = commentBody(options.marker, options.body, options.truncatedNote);
  const comments = await api.paginate<IssueComment>(`/repos/${api.repository}/issues/${options.pullRequest}/comments`);
  const ours = comments.filter((c) => c.body?.includes(options.marker));
  const existing = ours.find((c) => c.user?.type === 'Bot') ?? ours[0];
  if (existing) {
    const updated = await api.request<IssueComment>('PATCH', `/repos/${api.repository}/issues/comments/${existing.id}`, {body});
    return {action: 'updated', id: updated.id, url: updated.html_url};
  }
  const created = await api.request<IssueComment>('POST', `/repos/${api.repository}/issues/${options.pullRequest}/comments`, {body});
  return {action: 'created', id: created.id, url: created.html_url};
}

/** The marker, then the body, cut to GitHub's limit with `note` at the end when too long. Pure. */
export function commentBody(marker: string, text: string, note = '_(cut: the rest is in the workflow run’s summary)_'): string {
  const full = `${marker}\n${text}`;
  if (full.length <= COMMENT_MAX) return full;
  const room = COMMENT_MAX - note.length - 2;
  return `${full.slice(0, room)}\n\n${note}`;
}

/** The number of the open pull request whose head is `branch` of this repository, if any. */
export async function findPullRequest(api: GitHubApi, branch: string): Promise<number | undefined> {
  const owner = api.repository.split('/')[0] ?? '';
  const pulls = await api.request<Array<{number: number}>>('GET', `/repos/${api.repository}/pulls?state=open&head=${encodeURIComponent(`${owner}:${branch}`)}`);
  return pulls[0]?.number;
}
