import AxeBuilder from '@axe-core/playwright';
import type {Page} from 'playwright-core';

/** WCAG 2.0, 2.1 and 2.2, levels A and AA: what RGAA and the issue ask for. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/**
 * axe's violations on the page as it is now, one readable line each: WCAG
 * rules plus axe's best practices, because Lighthouse's accessibility score
 * counts some of those (a logo whose alt repeats the title next to it cost
 * a point once).
 */
export async function axeViolations(page: Page): Promise<string[]> {
  const {violations} = await new AxeBuilder({page}).withTags([...WCAG_TAGS, 'best-practice']).analyze();
  return violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id} (${v.impact ?? 'n/a'}): ${n.target.join(' ')} — ${n.failureSummary ?? v.help}`),
  );
}
