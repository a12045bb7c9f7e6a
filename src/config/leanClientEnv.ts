/**
 * Which lean-client pieces a build leaves out, read from `LEAN_CLIENT_OFF`.
 *
 * Every piece is on by default; the variable exists so that
 * `npm run bench:lean-client` can build the site without each one in turn
 * and measure what it still earns (issue 15). A site is not meant to be
 * published with pieces off.
 */

/**
 * The pieces, named after their file:
 *
 * - `disablePrefetch`: links do not prefetch the pages they show.
 * - `themeWindowSize`: the theme's `useWindowSize` updates are transitions.
 * - `lazyCodeBlock`: Prism leaves the main bundle (`noPrismClientModule.ts`,
 *   `src/theme/CodeBlock`).
 * - `routeChunkOrigins`: each page's HTML lists its route's chunks.
 * - `afterPaint`: the page's scripts run after the first paint (`ssrTemplate.ts`).
 * - `stagedEntry`: the main bundle evaluates its modules in stages.
 */
export const LEAN_CLIENT_PIECES = [
  'disablePrefetch',
  'themeWindowSize',
  'lazyCodeBlock',
  'routeChunkOrigins',
  'afterPaint',
  'stagedEntry',
] as const;

export type LeanClientPiece = (typeof LEAN_CLIENT_PIECES)[number];

/** The environment variable: a comma-separated list of pieces to leave out, e.g. `LEAN_CLIENT_OFF=afterPaint,stagedEntry`. */
export const LEAN_CLIENT_OFF = 'LEAN_CLIENT_OFF';

/**
 * The pieces `env.LEAN_CLIENT_OFF` leaves out (none when unset or empty).
 * Throws on an unknown name, quoting it with the valid ones: a typo would
 * otherwise measure the whole lean client under another name.
 */
export function readLeanClientOff(env: Record<string, string | undefined>): ReadonlySet<LeanClientPiece> {
  const raw = env[LEAN_CLIENT_OFF] ?? '';
  const names = raw
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');
  const off = new Set<LeanClientPiece>();
  for (const name of names) {
    if (!(LEAN_CLIENT_PIECES as readonly string[]).includes(name)) {
      throw new Error(
        `${LEAN_CLIENT_OFF}="${raw}": unknown piece "${name}". Use a comma-separated list of: ${LEAN_CLIENT_PIECES.join(', ')} (see src/config/leanClientEnv.ts), or unset it.`,
      );
    }
    off.add(name as LeanClientPiece);
  }
  return off;
}
