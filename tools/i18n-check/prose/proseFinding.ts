import type {ProblemCode, ProblemParams} from '../problem';

/** The codes of the damage found by comparing a run of prose with its French. */
export type ProseCode = Extract<
  ProblemCode,
  | 'length-ratio'
  | 'sentence-count-changed'
  | 'text-truncated'
  | 'text-repeated'
  | 'model-chatter'
  | 'block-construct-changed'
  | 'implausible-for-kind'
>;

/**
 * What a prose detector found, before it is placed: `i18n:check` makes it a
 * `Problem` at the translated line, the translate command a refused segment.
 */
export interface ProseFinding {
  code: ProseCode;
  params: ProblemParams;
}
