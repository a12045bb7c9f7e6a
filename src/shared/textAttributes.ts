/**
 * JSX attributes whose string value is prose, on any element, block or
 * inline, HTML or component (`<abbr title="…">`, `<Card description="…">`):
 * `npm run translate` translates them, and the build's check of translated
 * pages lets their values differ from the French. An allow-list: an
 * attribute not named here (`id`, `href`, `to`, `src`, `value`,
 * `className`, a component's own props) is code or an identifier that the
 * page needs unchanged. Add a component's prose prop here.
 */
export const TEXT_ATTRIBUTES: ReadonlySet<string> = new Set([
  'title',
  'alt',
  'label',
  'description',
  'caption',
  'summary',
  'placeholder',
  'aria-label',
  'aria-description',
]);
