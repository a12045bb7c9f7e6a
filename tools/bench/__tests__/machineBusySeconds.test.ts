import {describe, expect, it} from 'vitest';

import {machineBusySeconds} from '../machineBusySeconds';

describe('machineBusySeconds', () => {
  it('adds the busy fields of the first line of /proc/stat, in USER_HZ, leaving idle and iowait out', () => {
    // user nice system idle iowait irq softirq steal guest guest_nice
    const stat = 'cpu  1000 50 300 9000 400 10 20 5 0 0\ncpu0 500 25 150 4500 200 5 10 2 0 0\n';
    expect(machineBusySeconds(stat)).toBe(13.85);
  });

  it('is undefined for what is not /proc/stat', () => {
    expect(machineBusySeconds('intr 1 2 3\n')).toBeUndefined();
    expect(machineBusySeconds('cpu 1 2\n')).toBeUndefined();
  });

  it('grows on this machine while it computes', () => {
    const before = machineBusySeconds();
    if (before === undefined) return; // No /proc: nothing to read.
    const until = Date.now() + 300;
    while (Date.now() < until) Math.sqrt(Math.random());
    expect((machineBusySeconds() ?? 0) - before).toBeGreaterThan(0.1);
  });
});
