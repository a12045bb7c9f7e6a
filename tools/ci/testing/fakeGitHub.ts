import {createServer} from 'node:http';
import type {AddressInfo} from 'node:net';

/** A comment as GitHub's REST API returns it (the fields we read). */
export interface FakeComment {
  id: number;
  body: string;
  user: {login: string; type: 'Bot' | 'User'};
  html_url: string;
}

export interface FakeGitHub {
  url: string;
  /** Issue comments by pull-request number. */
  comments: Map<number, FakeComment[]>;
  /** Open pull requests: head branch -> number. */
  pulls: Map<string, number>;
  requests: Array<{method: string; path: string; authorization?: string; body?: unknown}>;
  /** Answer 403 "Resource not accessible by integration" to writes (a fork's read-only token). */
  readOnly: boolean;
  close(): Promise<void>;
}

/**
 * GitHub's REST API as the workflow's commands use it, on 127.0.0.1: issue
 * comments of a pull request (listed by pages of `per_page`, with a `Link`
 * header; created; edited), open pull requests by `head=owner:branch`.
 * Requests need `Authorization: Bearer <token>` (401 "Bad credentials"
 * otherwise) and the API version header; the comments are written as the
 * `github-actions[bot]` user.
 */
export async function fakeGitHub(token: string, repository: string): Promise<FakeGitHub> {
  let nextId = 1000;
  const fake: FakeGitHub = {url: '', comments: new Map(), pulls: new Map(), requests: [], readOnly: false, close: async () => undefined};
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', fake.url);
      const text = Buffer.concat(chunks).toString('utf8');
      const body = text ? (JSON.parse(text) as {body?: string}) : undefined;
      fake.requests.push({method: req.method ?? 'GET', path: `${url.pathname}${url.search}`, authorization: req.headers.authorization, body});
      const send = (status: number, data: unknown, headers: Record<string, string> = {}) => {
        res.writeHead(status, {'Content-Type': 'application/json; charset=utf-8', ...headers});
        res.end(JSON.stringify(data));
      };
      if (req.headers.authorization !== `Bearer ${token}`) return send(401, {message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest'});
      if (req.headers['x-github-api-version'] !== '2022-11-28') return send(400, {message: 'Unsupported API version'});
      const prefix = `/repos/${repository}`;
      if (!url.pathname.startsWith(`${prefix}/`)) return send(404, {message: 'Not Found'});
      const path = url.pathname.slice(prefix.length);
      const write = req.method === 'POST' || req.method === 'PATCH';
      if (write && fake.readOnly) return send(403, {message: 'Resource not accessible by integration'});

      let match = /^\/issues\/(\d+)\/comments$/.exec(path);
      if (match) {
        const number = Number(match[1]);
        const list = fake.comments.get(number) ?? [];
        if (req.method === 'GET') {
          const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30), 100);
          const page = Number(url.searchParams.get('page') ?? 1);
          const slice = list.slice((page - 1) * perPage, page * perPage);
          const headers: Record<string, string> = {};
          if (page * perPage < list.length) {
            const next = new URL(url);
            next.searchParams.set('page', String(page + 1));
            headers.Link = `<${next.toString()}>; rel="next"`;
          }
          return send(200, slice, headers);
        }
        if (req.method === 'POST') {
          if (typeof body?.body !== 'string') return send(422, {message: 'Validation Failed'});
          const comment: FakeComment = {id: nextId++, body: body.body, user: {login: 'github-actions[bot]', type: 'Bot'}, html_url: `https://github.example/${repository}/pull/${number}#issuecomment-${nextId}`};
          fake.comments.set(number, [...list, comment]);
          return send(201, comment);
        }
      }
      match = /^\/issues\/comments\/(\d+)$/.exec(path);
      if (match && req.method === 'PATCH') {
        const comment = [...fake.comments.values()].flat().find((c) => c.id === Number(match?.[1]));
        if (!comment) return send(404, {message: 'Not Found'});
        if (typeof body?.body !== 'string') return send(422, {message: 'Validation Failed'});
        comment.body = body.body;
        return send(200, comment);
      }
      if (path === '/pulls' && req.method === 'GET') {
        const [owner, branch] = (url.searchParams.get('head') ?? '').split(':');
        const number = owner === repository.split('/')[0] && branch ? fake.pulls.get(branch) : undefined;
        return send(200, number === undefined ? [] : [{number, head: {ref: branch}}]);
      }
      return send(404, {message: 'Not Found'});
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  fake.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return fake;
}
