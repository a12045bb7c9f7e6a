import type {TFunction} from 'i18next';

import type {Problem} from '../problem';

/** A problem's message and fix hint, in the translator's language. */
export interface RenderedProblem {
  message: string;
  fix: string;
}

/**
 * Renders a problem through i18next: `problems.<code>.message` and
 * `.fix`, with `params.kind` (`changed`/`missing`/`extra`,
 * `machine`/`reviewed`) as the i18next context picking the variant.
 */
export function renderProblem(p: Problem, t: TFunction): RenderedProblem {
  const context = typeof p.params.kind === 'string' ? p.params.kind : undefined;
  const options = {...p.params, context};
  return {
    message: t(`problems.${p.code}.message`, options),
    fix: t(`problems.${p.code}.fix`, options),
  };
}

/** `file:line  message  -> fix`, the report's line for a problem; `file:line:column` when known. */
export function formatProblemLine(p: Problem, t: TFunction): string {
  const {message, fix} = renderProblem(p, t);
  const where = `${p.file}:${p.line}${p.column === undefined ? '' : `:${p.column}`}`;
  const prefix = p.severity === 'warning' ? t('report.warning') : '';
  return `${where}  ${prefix}${message}  -> ${fix}`;
}
