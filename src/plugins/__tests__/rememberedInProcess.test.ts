import {describe, expect, it} from 'vitest';

import {contentKey, rememberedInProcess} from '../rememberedInProcess';

describe('rememberedInProcess', () => {
  it('computes once per key, again when the key changes, and does not keep a failure', async () => {
    let calls = 0;
    const compute = async () => ++calls;
    expect(await rememberedInProcess('test-a', 'k1', compute)).toBe(1);
    expect(await rememberedInProcess('test-a', 'k1', compute)).toBe(1);
    expect(await rememberedInProcess('test-a', 'k2', compute)).toBe(2);
    expect(await rememberedInProcess('test-a', 'k1', compute)).toBe(3);
    await expect(rememberedInProcess('test-b', 'k', () => Promise.reject(new Error('broken')))).rejects.toThrow('broken');
    expect(await rememberedInProcess('test-b', 'k', async () => 'fixed')).toBe('fixed');
  });

  it('keys on every input', () => {
    expect(contentKey([{a: 1}, 'x'])).toBe(contentKey([{a: 1}, 'x']));
    expect(contentKey([{a: 1}, 'x'])).not.toBe(contentKey([{a: 2}, 'x']));
  });
});
