import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import type {AddressInfo} from 'node:net';

import {LOCALES, SOURCE_LOCALE} from '../../../src/config/locales';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

/**
 * Serves a built site on 127.0.0.1 the way static hosts do: `/privacy`
 * from `privacy.html`, `/en/` from `en/index.html`, and a locale's
 * `404.html` (French for unknown prefixes) with status 404. Responses are
 * gzipped when the client accepts it, so byte counts match real hosting.
 */
export async function startStaticServer(root: string, baseUrl = '/'): Promise<StaticServer> {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const file = resolveFile(root, baseUrl, decodeURIComponent(url.pathname));
    const status = file.notFound ? 404 : 200;
    const body = fs.readFileSync(file.path);
    const type = TYPES[path.extname(file.path)] ?? 'application/octet-stream';
    const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const headers: http.OutgoingHttpHeaders = {'content-type': type, vary: 'accept-encoding'};
    if (gzip) headers['content-encoding'] = 'gzip';
    const payload = gzip ? zlib.gzipSync(body, {level: 6}) : body;
    headers['content-length'] = payload.length;
    res.writeHead(status, headers);
    res.end(req.method === 'HEAD' ? undefined : payload);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const {port} = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function resolveFile(root: string, baseUrl: string, pathname: string) {
  const rel = pathname.startsWith(baseUrl) ? pathname.slice(baseUrl.length) : null;
  if (rel !== null && !rel.split('/').includes('..')) {
    const candidates = rel === '' || rel.endsWith('/') ? [`${rel}index.html`] : [rel, `${rel}.html`, `${rel}/index.html`];
    for (const candidate of candidates) {
      const full = path.join(root, candidate);
      if (fs.existsSync(full) && fs.statSync(full).isFile()) return {path: full, notFound: false};
    }
  }
  const first = rel?.split('/')[0];
  const locale = LOCALES.find((l) => l.code === first && l.code !== SOURCE_LOCALE);
  return {path: path.join(root, locale ? `${locale.code}/404.html` : '404.html'), notFound: true};
}
