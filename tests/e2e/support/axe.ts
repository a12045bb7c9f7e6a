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

/** A colour theme of the site: the `data-theme` Docusaurus sets on `<html>`. */
export type Theme = 'light' | 'dark';

/**
 * axe's violations on the page in each theme, from one visit: the page as
 * loaded in `first`, then after the system colour preference switches to
 * the other one, which the site follows (`respectPrefersColorScheme`).
 * Each line starts with the theme it was found in. One load per page for
 * both themes: the loads, not axe, were half of the accessibility tests.
 */
export async function axeViolationsInBothThemes(page: Page, first: Theme = 'light'): Promise<string[]> {
  const problems: string[] = [];
  for (const theme of first === 'light' ? (['light', 'dark'] as const) : (['dark', 'light'] as const)) {
    await page.emulateMedia({colorScheme: theme});
    await page.waitForFunction((expected) => document.documentElement.dataset.theme === expected, theme);
    // The theme's colours fade in (CSS transitions): axe must see where they end.
    await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
    problems.push(...(await axeViolations(page)).map((v) => `${theme} theme: ${v}`));
  }
  return problems;
}
