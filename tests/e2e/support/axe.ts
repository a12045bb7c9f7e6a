import axe from 'axe-core';
import type {Page} from 'playwright-core';

import {SOURCE_AND_ONE_TARGET} from './site';

/** WCAG 2.0, 2.1 and 2.2, levels A and AA: what RGAA and the issue ask for. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** Which of axe's rules run, and on what part of the page. */
export interface AxeScope {
  /** Rules with any of these tags; default WCAG A/AA and axe's best practices. */
  tags?: readonly string[];
  /** These rules only (instead of `tags`). */
  rules?: readonly string[];
  /** Rules left out of `tags`' (e.g. `COLOUR_RULES`). */
  skip?: readonly string[];
  /** A CSS selector: check only what it matches; default the whole page. */
  include?: string;
}

/** What one axe run found: one readable line per violating element, and the rules that passed somewhere. */
export interface AxeRun {
  violations: string[];
  passed: string[];
}

/**
 * Runs axe-core on the page as it is now. axe's source goes into the page
 * once per document and `axe.run` is called there: 0.1 to 0.2 s a run on
 * the pages of this site, against 0.6 to 1.4 s through `@axe-core/playwright`,
 * which sends the 1.5 MB source again at each run and, by default, opens a
 * blank page to merge partial results (for cross-origin frames). Our pages
 * have no frames; a page with one throws rather than going half-checked.
 */
export async function runAxe(page: Page, scope: AxeScope = {}): Promise<AxeRun> {
  if (page.frames().length > 1) {
    throw new Error(`runAxe: ${page.url()} has ${page.frames().length - 1} frame(s), and runAxe checks one document: inject axe into each frame before checking such a page (tests/e2e/support/axe.ts).`);
  }
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  const runOnly: axe.RunOnly = scope.rules ? {type: 'rule', values: [...scope.rules]} : {type: 'tag', values: [...(scope.tags ?? [...WCAG_TAGS, 'best-practice'])]};
  return page.evaluate(
    async ({runOnly, include, skip}) => {
      const {run} = (window as unknown as {axe: typeof axe}).axe;
      const rules = Object.fromEntries(skip.map((id) => [id, {enabled: false}]));
      // Violations in full; of the other results axe then keeps one node per rule.
      const results = await run(include ?? document, {runOnly, rules, resultTypes: ['violations']});
      return {
        violations: results.violations.flatMap((v) =>
          v.nodes.map((n) => `${v.id} (${v.impact ?? 'n/a'}): ${n.target.join(' ')} — ${n.failureSummary ?? v.help}`),
        ),
        passed: results.passes.map((p) => p.id),
      };
    },
    {runOnly, include: scope.include, skip: [...(scope.skip ?? [])]},
  );
}

/**
 * axe's violations on the page as it is now, one readable line each: WCAG
 * rules plus axe's best practices, because Lighthouse's accessibility score
 * counts some of those (a logo whose alt repeats the title next to it cost
 * a point once).
 */
export async function axeViolations(page: Page): Promise<string[]> {
  return (await runAxe(page)).violations;
}

/**
 * The rules whose result depends on colours: all a theme changes when the
 * page's DOM stays the same. axe has no other colour rule among the tags
 * we check (`color-contrast-enhanced` is AAA).
 */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * The body as axe's other rules read it, the same in both themes unless a
 * component renders differently in one: elements with their attributes
 * sorted (React re-creates a themed image with another order) and text,
 * without what names the theme: the colour-mode button's title and label,
 * and the `themedComponent--light`/`--dark` class of a themed image (its
 * `src` and `alt` still count).
 */
function domBesideTheme(page: Page): Promise<string> {
  return page.evaluate(() => {
    const out: string[] = [];
    const walk = (node: Node): void => {
      if (node.nodeType === Node.TEXT_NODE) {
        out.push(node.textContent ?? '');
        return;
      }
      if (!(node instanceof Element)) return;
      const themed = node.matches('[class*="themedComponent"]');
      const toggle = node.matches('button[class*="toggleButton"]');
      const attributes = Array.from(node.attributes)
        .filter((a) => !(themed && a.name === 'class') && !(toggle && (a.name === 'title' || a.name === 'aria-label')))
        .map((a) => `${a.name}=${JSON.stringify(a.value)}`)
        .sort();
      out.push(`<${node.tagName} ${attributes.join(' ')}>`);
      node.childNodes.forEach(walk);
      out.push(`</${node.tagName}>`);
    };
    walk(document.body);
    return out.join('');
  });
}

/**
 * axe's violations on the page in each theme, from one visit: the page as
 * loaded in the light theme (the context's colour preference), then after
 * the preference switches to dark, which the site follows
 * (`respectPrefersColorScheme`); the preference is light again after.
 * Each line starts with the theme it was found in. In the dark theme only
 * the colour rules run when the DOM is the same as in the light one
 * (every rule otherwise). One load per page, and axe's other rules once:
 * the accessibility tests took half as long.
 */
export async function axeViolationsInBothThemes(page: Page): Promise<string[]> {
  const problems: string[] = [];
  let lightDom: string | undefined;
  for (const theme of ['light', 'dark'] as const) {
    await page.emulateMedia({colorScheme: theme});
    await page.waitForFunction((expected) => document.documentElement.dataset.theme === expected, theme);
    // The theme's colours fade in (CSS transitions): axe must see where they end.
    await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
    const dom = await domBesideTheme(page);
    const found = dom === lightDom ? (await runAxe(page, {rules: COLOUR_RULES})).violations : await axeViolations(page);
    lightDom ??= dom;
    problems.push(...found.map((v) => `${theme} theme: ${v}`));
  }
  // The next page opens light, as the caller's context does.
  await page.emulateMedia({colorScheme: 'light'});
  return problems;
}

/**
 * axe's violations on a page of `locale` as it is now, one readable line
 * each, starting with the theme it was found in. The source and one
 * translated locale (`SOURCE_AND_ONE_TARGET`: a translated page has a
 * notice and menu marks of its own colours) are checked in both themes
 * (`axeViolationsInBothThemes`); the other locales, made with the same
 * templates, styles and themes, by every rule beside the colour ones
 * (`COLOUR_RULES`, the costliest: axe measures every text's contrast), in
 * the page's theme, since their words (names, labels, languages) differ.
 */
export async function axeViolationsOfLocale(page: Page, locale: string): Promise<string[]> {
  if (SOURCE_AND_ONE_TARGET.some((l) => l.code === locale)) return axeViolationsInBothThemes(page);
  const theme = await page.evaluate(() => document.documentElement.dataset.theme);
  return (await runAxe(page, {skip: COLOUR_RULES})).violations.map((v) => `${theme} theme: ${v}`);
}
