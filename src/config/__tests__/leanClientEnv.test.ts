import {describe, expect, it} from 'vitest';

import {LEAN_CLIENT_PIECES, readLeanClientOff} from '../leanClientEnv';

describe('readLeanClientOff', () => {
  it('leaves every piece on when LEAN_CLIENT_OFF is unset or empty', () => {
    expect(readLeanClientOff({})).toEqual(new Set());
    expect(readLeanClientOff({LEAN_CLIENT_OFF: ' '})).toEqual(new Set());
  });

  it('reads a comma-separated list of pieces', () => {
    expect(readLeanClientOff({LEAN_CLIENT_OFF: 'afterPaint, stagedEntry,'})).toEqual(new Set(['afterPaint', 'stagedEntry']));
    expect(readLeanClientOff({LEAN_CLIENT_OFF: LEAN_CLIENT_PIECES.join(',')}).size).toBe(LEAN_CLIENT_PIECES.length);
  });

  it('refuses an unknown piece, naming it, the variable and the valid names', () => {
    expect(() => readLeanClientOff({LEAN_CLIENT_OFF: 'afterPaint,prefetch'})).toThrowErrorMatchingInlineSnapshot(`[Error: LEAN_CLIENT_OFF="afterPaint,prefetch": unknown piece "prefetch". Use a comma-separated list of: disablePrefetch, themeWindowSize, lazyCodeBlock, routeChunkOrigins, afterPaint, stagedEntry (see src/config/leanClientEnv.ts), or unset it.]`);
  });
});
