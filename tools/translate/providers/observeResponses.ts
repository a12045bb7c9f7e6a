import {AsyncLocalStorage} from 'node:async_hooks';
import {subscribe, unsubscribe} from 'node:diagnostics_channel';
import type {ClientRequest, IncomingMessage} from 'node:http';

/** What a call saw of one HTTP response: what the retry loop needs. */
export interface SeenResponse {
  status: number;
  /** The raw `Retry-After` header (seconds or an HTTP date), when sent. */
  retryAfter?: string;
}

/** Published by `node:http` for every client request once its response headers are in (Node ≥ 16.17). */
const RESPONSE_CHANNEL = 'http.client.response.finish';

interface Watch {
  matches: (request: ClientRequest) => boolean;
  seen: SeenResponse[];
}

// Which call a response belongs to. The channel reports every response of
// the process, from wherever it was sent; concurrent calls share DeepL's
// host, and deepl-node reuses keep-alive sockets across calls, so neither
// the host nor the socket tells calls apart. The async context does:
// node:http runs the response parser in the context of the request that
// was made, so the store seen inside the channel's callback is the one of
// the call that sent that request, and of no other.
const calls = new AsyncLocalStorage<Watch>();
let watching = 0;

function onResponse(message: unknown): void {
  const watch = calls.getStore();
  if (!watch) return;
  const {request, response} = message as {request: ClientRequest; response: IncomingMessage};
  if (!watch.matches(request)) return;
  const header = response.headers['retry-after'];
  watch.seen.push({status: response.statusCode ?? 0, ...(header ? {retryAfter: header} : {})});
}

/**
 * Runs `call`, appending to `seen` the status and `Retry-After` of each
 * HTTP response it gets (through `node:http`) for a request that `matches`.
 * For clients whose errors drop the response headers (deepl-node): the
 * caller reads `seen` when `call` throws. Listens to the `diagnostics_channel`
 * only while some call is running, so an idle process carries no hook.
 */
export async function observeResponses<T>(
  matches: (request: ClientRequest) => boolean,
  seen: SeenResponse[],
  call: () => Promise<T>,
): Promise<T> {
  if (watching++ === 0) subscribe(RESPONSE_CHANNEL, onResponse);
  try {
    return await calls.run({matches, seen}, call);
  } finally {
    if (--watching === 0) unsubscribe(RESPONSE_CHANNEL, onResponse);
  }
}

/**
 * A matcher for requests to `endpoint` (same host, path ending like its
 * path), whether sent directly or through an HTTP proxy (absolute path).
 */
export function requestsTo(endpoint: string): (request: ClientRequest) => boolean {
  const target = new URL(endpoint);
  return (request) => {
    try {
      const url = new URL(request.path, `${request.protocol}//${request.host}`);
      return url.hostname === target.hostname && url.pathname.endsWith(target.pathname);
    } catch {
      return false;
    }
  };
}
