import {createServer, type IncomingHttpHeaders} from 'node:http';
import type {AddressInfo} from 'node:net';

/** A scripted misbehaviour for the next request(s). */
export type Fault =
  | {status: number; retryAfter?: string; code?: string; message?: string}
  | {hangMs: number}
  | {content: 'dropTag' | 'truncate' | 'think' | 'empty'}
  | {append: string};

export interface LoopbackRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface LoopbackResponse {
  status: number;
  headers?: Record<string, string>;
  body: string;
}

export interface Loopback {
  url: string;
  requests: LoopbackRequest[];
  /** Faults consumed one per request, in order. */
  faults: Fault[];
  /** Texts received for translation, and their characters. */
  stats: {texts: number; characters: number};
  close(): Promise<void>;
}

/**
 * An HTTP server on 127.0.0.1 for the provider fakes: records requests,
 * applies `faults` in order, waits `latencyMs` per request (the benchmark's
 * fixed latency), and answers with `handle`.
 */
export async function startLoopback(
  handle: (request: LoopbackRequest, fault: Fault | undefined, loopback: Loopback) => LoopbackResponse,
  options: {latencyMs?: number} = {},
): Promise<Loopback> {
  const loopback: Loopback = {url: '', requests: [], faults: [], stats: {texts: 0, characters: 0}, close: async () => undefined};
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const request = {method: req.method ?? 'GET', path: req.url ?? '/', headers: req.headers, body: Buffer.concat(chunks).toString('utf8')};
      loopback.requests.push(request);
      const fault = loopback.faults.shift();
      const delay = (fault && 'hangMs' in fault ? fault.hangMs : 0) + (options.latencyMs ?? 0);
      setTimeout(() => {
        if (res.destroyed) return;
        const response = fault && 'hangMs' in fault ? handle(request, undefined, loopback) : handle(request, fault, loopback);
        res.writeHead(response.status, {'Content-Type': 'application/json', ...response.headers});
        res.end(response.body);
      }, delay);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  loopback.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  loopback.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return loopback;
}

/** A fault's effect on one translated text. */
export function spoil(text: string, fault: Fault | undefined): string {
  if (fault && 'append' in fault) return `${text}${fault.append}`;
  if (!fault || !('content' in fault)) return text;
  switch (fault.content) {
    case 'dropTag':
      return text.replace(/<\/?[gx]\d+\/?>/g, '');
    case 'truncate':
      return text.slice(0, Math.floor(text.length / 3));
    case 'think':
      return `<think>The user wants a translation.</think>${text}`;
    case 'empty':
      return '';
  }
}

/** An error status fault as a response, with `Retry-After` when scripted. */
export function errorResponse(fault: Fault | undefined, body: (status: number, code?: string, message?: string) => unknown): LoopbackResponse | undefined {
  if (!fault || !('status' in fault)) return undefined;
  return {
    status: fault.status,
    headers: fault.retryAfter ? {'Retry-After': fault.retryAfter} : {},
    body: JSON.stringify(body(fault.status, fault.code, fault.message)),
  };
}
