/** A failed GitHub REST call: the status, GitHub's own message, and what to check. */
export class GitHubError extends Error {
  override name = 'GitHubError';
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

/** What the workflow's commands need from GitHub's REST API. */
export interface GitHubApi {
  /** `owner/name`. */
  readonly repository: string;
  /** One call; `path` from the API root (`/repos/...`). Throws {@link GitHubError}. */
  request<T>(method: 'GET' | 'POST' | 'PATCH', path: string, body?: unknown): Promise<T>;
  /** Every item of a list endpoint, following its `Link: <...>; rel="next"` pages. */
  paginate<T>(path: string): Promise<T[]>;
}

export interface GitHubApiOptions {
  /** `GITHUB_API_URL` in a workflow: `https://api.github.com`, or a GitHub Enterprise server's. */
  url: string;
  token: string;
  repository: string;
  fetch?: typeof fetch;
}

/**
 * A minimal client of GitHub's REST API (version 2022-11-28) with the
 * workflow's token: JSON in and out, pagination by the `Link` header, and
 * errors that say which permission or setting to check. The token is only
 * ever sent in the `Authorization` header, never printed.
 */
export function createGitHubApi(options: GitHubApiOptions): GitHubApi {
  const base = options.url.replace(/\/+$/, '');
  const call = options.fetch ?? fetch;
  const send = async (method: string, url: string, body?: unknown) => {
    let response: Response;
    try {
      response = await call(url, {
        method,
        headers: {
          Accept: 'application/vnd.github+json',
          Authorization: `Bearer ${options.token}`,
          'X-GitHub-Api-Version': '2022-11-28',
          'User-Agent': 'polyglot-policy-site-workflow',
          ...(body === undefined ? {} : {'Content-Type': 'application/json'}),
        },
        ...(body === undefined ? {} : {body: JSON.stringify(body)}),
      });
    } catch (error) {
      throw new GitHubError(`${method} ${url}: no answer (${(error as Error).message}); check GITHUB_API_URL`, 0);
    }
    if (!response.ok) {
      const text = await response.text();
      let message = text.slice(0, 300);
      try {
        message = (JSON.parse(text) as {message?: string}).message ?? message;
      } catch {
        // Not JSON: the start of the body says enough.
      }
      throw new GitHubError(`${method} ${url.replace(base, '')}: ${response.status} ${message.split(options.token).join('***')}${hint(response.status)}`, response.status);
    }
    return response;
  };
  return {
    repository: options.repository,
    async request<T>(method: 'GET' | 'POST' | 'PATCH', path: string, body?: unknown) {
      const response = await send(method, `${base}${path}`, body);
      return (response.status === 204 ? undefined : await response.json()) as T;
    },
    async paginate<T>(path: string) {
      const items: T[] = [];
      let url: string | undefined = `${base}${path}${path.includes('?') ? '&' : '?'}per_page=100`;
      // GitHub stops at a few hundred pages; so do we, rather than loop on a broken Link header.
      for (let page = 0; url && page < 1000; page++) {
        const response = await send('GET', url);
        items.push(...((await response.json()) as T[]));
        url = /<([^>]+)>;\s*rel="next"/.exec(response.headers.get('link') ?? '')?.[1];
      }
      return items;
    },
  };
}

function hint(status: number): string {
  if (status === 401) return ' (the token is not valid: is GITHUB_TOKEN passed to the step?)';
  if (status === 403) return ' (the token may not do this: give the job the permission it needs, e.g. pull-requests: write; a pull request from a fork only gets a read-only token)';
  if (status === 404) return ' (not found: check GITHUB_REPOSITORY and the pull request number; a token without access to a private repository also gets 404)';
  return '';
}
