import fs from 'node:fs';

/**
 * CPU seconds (user + system) of this process's children that have ended
 * and been waited for, their own children included: `cutime` and `cstime`
 * of /proc/self/stat, in Linux's hundredths of a second; 0 where there is
 * no /proc. Read around a child's run, the difference is that run's CPU:
 * on two cores, wall time under load says little about what a step costs.
 */
export function childrenCpuSeconds(): number {
  let stat: string;
  try {
    stat = fs.readFileSync('/proc/self/stat', 'utf8');
  } catch {
    return 0;
  }
  // The fields after the command name, which is in parentheses and may hold spaces.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[13]) + Number(fields[14])) / 100;
}
