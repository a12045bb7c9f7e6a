import fs from 'node:fs';

/**
 * CPU seconds the whole machine has spent busy since boot (every core's
 * user, nice, system, irq, softirq and steal time from the first line of
 * /proc/stat); undefined where there is no /proc. Read around a run, the
 * difference is what the run cost the machine, its processes and anything
 * else running: unlike `childrenCpuSeconds`, it counts the processes that
 * outlive their parent and are reaped by init, such as Chromium's
 * renderers after its zygote exits (about a fifth of `npm test`'s CPU here).
 */
export function machineBusySeconds(stat = readStat()): number | undefined {
  if (stat === undefined) return undefined;
  const line = stat.split('\n', 1)[0] ?? '';
  const [label, ...fields] = line.trim().split(/\s+/);
  if (label !== 'cpu' || fields.length < 8) return undefined;
  const [user, nice, system, , , irq, softirq, steal] = fields.map(Number) as number[];
  // USER_HZ is 100 on every Linux that Node supports.
  return ((user ?? 0) + (nice ?? 0) + (system ?? 0) + (irq ?? 0) + (softirq ?? 0) + (steal ?? 0)) / 100;
}

function readStat(): string | undefined {
  try {
    return fs.readFileSync('/proc/stat', 'utf8');
  } catch {
    return undefined;
  }
}
