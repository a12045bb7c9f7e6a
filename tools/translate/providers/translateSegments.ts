import {batchTexts} from './batchTexts';
import type {Redact} from '../../../src/config/redact';
import {checkSegment, type SegmentProblem} from './checkSegment';
import {mapLimit} from './mapLimit';
import type {SegmentKind} from '../segmenting';
import {type Provider, ProviderError} from './provider';
import {DEFAULT_RETRY, type RetryOptions, withRetry} from './withRetry';

export interface SegmentJob {
  /** Translation-memory key. */
  key: string;
  /** Tagged French text, whitespace collapsed: exactly what is sent. */
  text: string;
  /** What the segment is in its page, for the gate's plausibility checks; none for UI strings. */
  kind?: SegmentKind;
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
 * answer goes through {@link checkSegment} (with the locale and the job's
 * kind), and a broken segment is sent once more on its own before it is
 * given up; so is each segment of an answer the provider refuses as a whole
 * (`answer`: a chat model's ids not those sent). `onBatch` receives each
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
    const check = (job: SegmentJob, text: string) => [...checkSegment(job.text, text, {locale, kind: job.kind}), ...leaks(job.text, text, options.redact)];
    let answers: string[] | undefined;
    let refused: string | undefined;
    try {
      answers = await send(batch.map((j) => j.text));
    } catch (error) {
      if (!(error instanceof ProviderError) || stopsTheRun(error)) throw error;
      if (error.kind !== 'answer' || batch.length === 1) {
        for (const job of batch) results.set(job.key, {ok: false, problems: [], error: error.message});
        options.onBatch?.(good, batch.length);
        return;
      }
      refused = error.message;
    }
    for (const [i, job] of batch.entries()) {
      let text = answers?.[i] ?? '';
      let problems = answers ? check(job, text) : [];
      let error = refused;
      if (problems.length > 0 || error !== undefined) {
        // One more chance, alone: a batch answer can go wrong for one segment.
        try {
          text = (await send([job.text]))[0] ?? '';
          problems = check(job, text);
          error = undefined;
        } catch (e) {
          if (!(e instanceof ProviderError) || stopsTheRun(e)) throw e;
          // The first answer's problems stand; an answer refused whole is explained by this error.
          if (problems.length === 0) error = e.message;
        }
      }
      if (problems.length === 0 && error === undefined) {
        results.set(job.key, {ok: true, text});
        good.set(job.key, text);
      } else {
        results.set(job.key, {ok: false, problems, ...(error === undefined ? {} : {error})});
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
