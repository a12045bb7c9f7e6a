import {batchTexts} from './batchTexts';
import type {Redact} from '../../src/config/redact';
import {checkSegment, type SegmentProblem} from './checkSegment';
import {mapLimit} from './mapLimit';
import {type Provider, ProviderError} from './providers/provider';
import {DEFAULT_RETRY, type RetryOptions, withRetry} from './withRetry';

export interface SegmentJob {
  /** Translation-memory key. */
  key: string;
  /** Tagged French text, whitespace collapsed: exactly what is sent. */
  text: string;
}

export type SegmentResult = {ok: true; text: string} | {ok: false; problems: SegmentProblem[]; error?: string};

export interface SendStats {
  requests: number;
  segments: number;
  characters: number;
}

/**
 * Translates one locale's missing segments: batches within the provider's
 * limits, `concurrency` requests at a time, retries with back-off; each
 * answer goes through {@link checkSegment}, and a broken segment is sent
 * once more on its own before it is given up. `onBatch` receives each
 * batch's good translations as they arrive (the caller saves them, so a
 * killed run keeps what it paid for). Quota and authentication errors, and
 * a server that cannot be reached, stop everything: they are thrown.
 * `stats` counts what reached the server only.
 */
export async function translateSegments(
  jobs: readonly SegmentJob[],
  locale: string,
  provider: Provider,
  options: {
    concurrency: number;
    retry?: RetryOptions;
    stats: SendStats;
    onBatch?: (done: Map<string, string>, count: number) => void;
    /** The run's redaction: an answer holding a secret the French does not is refused, never written. */
    redact?: Redact;
  },
): Promise<Map<string, SegmentResult>> {
  const results = new Map<string, SegmentResult>();
  const count = (texts: readonly string[]) => {
    // Only what reached the server: a request that never connected sent nothing (and cost nothing).
    options.stats.requests++;
    options.stats.segments += texts.length;
    options.stats.characters += texts.reduce((n, t) => n + t.length, 0);
  };
  const send = async (texts: string[]) => {
    const answer = await withRetry(async () => {
      try {
        const result = await provider.translate(texts, locale);
        count(texts);
        return result;
      } catch (error) {
        if (!(error instanceof ProviderError && error.kind === 'unreachable')) count(texts);
        throw error;
      }
    }, options.retry ?? DEFAULT_RETRY);
    return texts.map((_, i) => answer[i] ?? '');
  };
  const batches = batchTexts(jobs, provider.maxSegments, provider.maxChars);
  await mapLimit(batches, options.concurrency, async (batch) => {
    const good = new Map<string, string>();
    let answers: string[];
    try {
      answers = await send(batch.map((j) => j.text));
    } catch (error) {
      if (!(error instanceof ProviderError) || stopsTheRun(error)) throw error;
      for (const job of batch) results.set(job.key, {ok: false, problems: [], error: error.message});
      options.onBatch?.(good, batch.length);
      return;
    }
    for (const [i, job] of batch.entries()) {
      let text = answers[i] ?? '';
      const check = (answer: string) => [...checkSegment(job.text, answer), ...leaks(job.text, answer, options.redact)];
      let problems = check(text);
      if (problems.length > 0) {
        // One more chance, alone: a batch answer can go wrong for one segment.
        try {
          text = (await send([job.text]))[0] ?? '';
          problems = check(text);
        } catch (error) {
          if (!(error instanceof ProviderError) || stopsTheRun(error)) throw error;
        }
      }
      if (problems.length === 0) {
        results.set(job.key, {ok: true, text});
        good.set(job.key, text);
      } else {
        results.set(job.key, {ok: false, problems});
      }
    }
    options.onBatch?.(good, batch.length);
  });
  return results;
}

/** A secret of the environment (or URL credentials) in an answer but not in its French: a gateway echoing a key. */
function leaks(source: string, answer: string, redact: Redact | undefined): SegmentProblem[] {
  if (!redact || redact(answer) === answer || redact(source) !== source) return [];
  return [{code: 'secret', detail: 'the answer holds a secret of the environment (an API key or token, or URL credentials)'}];
}

/** Quota, authentication, a server that cannot be reached: no other request would fare better. */
function stopsTheRun(error: ProviderError): boolean {
  return error.kind === 'quota' || error.kind === 'auth' || error.kind === 'unreachable';
}
