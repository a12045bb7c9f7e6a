import fs from 'node:fs';
import http from 'node:http';
import type {AddressInfo} from 'node:net';

/** One request as the collector received it. */
export interface RecordedRequest {
  readonly method: string;
  /** Path and query, as sent. */
  readonly url: string;
  readonly headers: http.IncomingHttpHeaders;
  readonly body: string;
}

/** What identifies a request, as the browser sent it and as the collector received it: method, path and query, body. */
export const requestKey = (method: string, pathAndQuery: string, body: string): string => `${method} ${pathAndQuery}\n${body}`;

/** A Matomo hit: the parameters of one tracking request. */
export type Hit = Record<string, string>;

/**
 * How the suite runs: `real` serves the real `matomo.js` (from
 * `MATOMO_JS_PATH`) and the assertions read the hits it sends; `queue`
 * serves an empty script, so `_paq` stays the instruction queue the
 * assertions read instead.
 */
export type CollectorMode = 'real' | 'queue';

export interface Collector {
  readonly mode: CollectorMode;
  readonly origin: string;
  readonly port: number;
  /** Every request received since the last `clear()`. */
  readonly requests: readonly RecordedRequest[];
  /** The tracking hits among them (GET, POST and bulk requests to `matomo.php`), or among those `from` keeps. */
  hits(from?: (request: RecordedRequest) => boolean): Hit[];
  /** How many times `matomo.js` was requested. */
  scriptLoads(): number;
  /** How many times `matomo.js` was answered (when not held). */
  scriptsAnswered(): number;
  clear(): void;
  /**
   * Holds every answer to `matomo.js`, to play a slow collector, until the
   * function returned is called: as slow as the test needs, and no slower.
   */
  holdScript(): () => void;
  /** Stops listening (a collector that is down) until `start()`. */
  stop(): Promise<void>;
  start(): Promise<void>;
}

/**
 * A Matomo server on 127.0.0.1 that records every request, answers hits
 * with 204 and serves the tracker script. Listens on `port` (0: any free
 * port); the site is built with the port baked into `MATOMO_URL`.
 */
export async function startCollector(port: number, matomoJsPath: string | undefined): Promise<Collector> {
  const script = matomoJsPath ? fs.readFileSync(matomoJsPath) : Buffer.from('/* queue mode: no tracker */\n');
  const requests: RecordedRequest[] = [];
  let held: (() => void)[] | undefined;
  let scriptsAnswered = 0;

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const url = req.url ?? '/';
      requests.push({method: req.method ?? 'GET', url, headers: req.headers, body: Buffer.concat(chunks).toString()});
      const {pathname} = new URL(url, 'http://x');
      if (pathname === '/matomo.js') {
        const answer = () => {
          scriptsAnswered++;
          res.writeHead(200, {'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store'});
          res.end(script);
        };
        if (held) held.push(answer);
        else answer();
      } else {
        res.writeHead(pathname === '/matomo.php' ? 204 : 404, {'access-control-allow-origin': '*'});
        res.end();
      }
    });
  });

  const listen = (p: number) =>
    new Promise<number>((resolve, reject) => {
      server.once('error', reject);
      server.listen(p, '127.0.0.1', () => {
        server.off('error', reject);
        resolve((server.address() as AddressInfo).port);
      });
    });
  const actualPort = await listen(port);

  return {
    mode: matomoJsPath ? 'real' : 'queue',
    origin: `http://127.0.0.1:${actualPort}`,
    port: actualPort,
    requests,
    hits: (from = () => true) => requests.filter((r) => new URL(r.url, 'http://x').pathname === '/matomo.php' && from(r)).flatMap(parseHits),
    scriptLoads: () => requests.filter((r) => new URL(r.url, 'http://x').pathname === '/matomo.js').length,
    scriptsAnswered: () => scriptsAnswered,
    clear: () => {
      requests.splice(0, requests.length);
      scriptsAnswered = 0;
    },
    holdScript: () => {
      const answers: (() => void)[] = [];
      held = answers;
      return () => {
        if (held === answers) held = undefined;
        for (const answer of answers.splice(0)) answer();
      };
    },
    stop: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
    start: async () => void (await listen(actualPort)),
  };
}

// matomo.js sends a hit as a query string (GET), as a form body (POST,
// sendBeacon), or several at once as `{"requests": ["?idsite=..", ..]}`.
function parseHits(request: RecordedRequest): Hit[] {
  const query = new URL(request.url, 'http://x').search;
  const raw = request.body.trim().startsWith('{')
    ? ((JSON.parse(request.body) as {requests?: string[]}).requests ?? [])
    : [request.body === '' ? query : request.body];
  return raw.map((line) => Object.fromEntries(new URLSearchParams(line.replace(/^\?/, ''))));
}
