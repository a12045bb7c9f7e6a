import {batchTexts} from './batchTexts';
import {checkSegment, type SegmentProblem} from './checkSegment';
import {mapLimit} from './mapLimit';
import type {SegmentKind} from './segmentPage';
import {type Provider, ProviderError} from './providers/provider';
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
 * killed run keeps what it paid for). Quota and authentication errors stop
 * everything: they are thrown.
 */
export async function translateSegments(
  jobs: readonly SegmentJob[],
  locale: string,
  provider: Provider,
  options: {concurrency: number; retry?: RetryOptions; stats: SendStats; onBatch?: (done: Map<string, string>, count: number) => void},
): Promise<Map<string, SegmentResult>> {
  const results = new Map<string, SegmentResult>();
  const send = async (texts: string[]) => {
    const answer = await withRetry(async () => {
      options.stats.requests++;
      options.stats.segments += texts.length;
      options.stats.characters += texts.reduce((n, t) => n + t.length, 0);
      return provider.translate(texts, locale);
    }, options.retry ?? DEFAULT_RETRY);
    return texts.map((_, i) => answer[i] ?? '');
  };
  const batches = batchTexts(jobs, provider.maxSegments, provider.maxChars);
  await mapLimit(batches, options.concurrency, async (batch) => {
    const good = new Map<string, string>();
    const check = (job: SegmentJob, text: string) => checkSegment(job.text, text, {locale, kind: job.kind});
    let answers: string[] | undefined;
    let refused: string | undefined;
    try {
      answers = await send(batch.map((j) => j.text));
    } catch (error) {
      if (!(error instanceof ProviderError) || error.kind === 'quota' || error.kind === 'auth') throw error;
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
          if (!(e instanceof ProviderError) || e.kind === 'quota' || e.kind === 'auth') throw e;
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
