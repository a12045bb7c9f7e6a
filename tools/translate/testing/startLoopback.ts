import {createServer, type IncomingHttpHeaders} from 'node:http';
import type {AddressInfo} from 'node:net';

/**
 * What a provider does to a translated text, as seen from real ones:
 * tags dropped, the answer cut (`truncate`: a third left, no final
 * punctuation; `halfCut`: cut in half, still ending with the French's `.`
 * or `;`), reasoning leaked (`think`, `thinking`), nothing, a sentence
 * added, the text said twice, a preamble ("Here is the translation:"), a
 * blockquote or a thematic break injected inside the paragraph.
 */
export type ContentFault =
  | 'dropTag' | 'truncate' | 'think' | 'empty'
  | 'halfCut' | 'addSentence' | 'repeat' | 'preamble' | 'thinking' | 'blockquote' | 'thematicBreak';

/**
 * A scripted misbehaviour for the next request(s). `content` spoils the
 * first text of the answer; `ids` (the chat-model fake only) answers with
 * the first two segments' ids swapped, the last id dropped, or the first
 * one twice; `raw` is the whole answer, whatever the provider's protocol
 * (a gateway's HTML error page, a header only one provider sends).
 */
export type Fault =
  | {status: number; retryAfter?: string; code?: string; message?: string}
  | {hangMs: number}
  | {content: ContentFault}
  | {ids: 'swap' | 'drop' | 'duplicate'}
  | {append: string}
  | {raw: LoopbackResponse};

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
        const response =
          fault && 'raw' in fault ? fault.raw : fault && 'hangMs' in fault ? handle(request, undefined, loopback) : handle(request, fault, loopback);
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
  // The loopback's own locale marker, so what is added reads as "translated" too.
  const marker = /\[[a-z]{2}\]/.exec(text)?.[0] ?? '';
  const [first, second] = halves(text);
  switch (fault.content) {
    case 'dropTag':
      return text.replace(/<\/?[gx]\d+\/?>/g, '');
    case 'truncate':
      return text.slice(0, Math.floor(text.length / 3));
    case 'think':
      return `<think>The user wants a translation.</think>${text}`;
    case 'empty':
      return '';
    case 'halfCut':
      return `${first.replace(/[\s,;:]+$/, '')}${/[.;:!?]$/.exec(text)?.[0] ?? '.'}`;
    case 'addSentence':
      return `${text} ${marker}Les versions traduites font également foi.`;
    case 'repeat':
      return `${text} ${text}`;
    case 'preamble':
      return `Here is the translation: ${text}`;
    case 'thinking':
      return `<thinking>The user wants a formal register.</thinking>${text}`;
    case 'blockquote':
      return `${first}\n> ${second}`;
    case 'thematicBreak':
      return `${first}\n\n***\n\n${second}`;
  }
}

/** A text cut at the space nearest its middle, outside any tag. */
function halves(text: string): [string, string] {
  const middle = text.length / 2;
  const spaces = [...text.matchAll(/ /g)].map((m) => m.index).filter((i) => !/<[^>]*$/.test(text.slice(0, i)));
  const at = spaces.sort((a, b) => Math.abs(a - middle) - Math.abs(b - middle))[0];
  return at === undefined ? [text, ''] : [text.slice(0, at), text.slice(at + 1)];
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
