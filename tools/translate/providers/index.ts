/**
 * The translation engines (DeepL, OpenAI-compatible, LibreTranslate) and how segments are sent to
 * them: batches, concurrency, retries, and the check of each answer.
 */
export {batchTexts} from './batchTexts';
export {checkSegment, type SegmentProblemCode} from './checkSegment';
export {ConfigError, createProvider, positiveInt, PROVIDER_VARIABLES, PROVIDERS} from './createProvider';
export {deeplProvider} from './deeplProvider';
export {requestsTo} from './observeResponses';
export {type Provider, ProviderError} from './provider';
export {type SegmentJob, type SegmentResult, type SendStats, translateSegments} from './translateSegments';
export {DEFAULT_RETRY, type RetryOptions, withRetry} from './withRetry';
