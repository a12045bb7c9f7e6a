import {spawn} from 'node:child_process';
import fs from 'node:fs';

import type {Sample} from './summarize';

/** Linux's USER_HZ: /proc counts CPU time in hundredths of a second. */
const CLOCK_TICKS = 100;

/**
 * Runs a command to completion and returns its wall-clock time and peak
 * resident memory. The peak is the kernel's high-water mark (`VmHWM` in
 * /proc/<pid>/status), read every 100 ms while it runs: Docusaurus bundles
 * and renders in one process (Rspack is native, SSG uses threads), so that
 * process's peak is the build's. With `keepOutput`, the command's stdout
 * and stderr are returned (for `DOCUSAURUS_PERF_LOGGER` timings). CPU time
 * (user + system, every thread, sampled like the peak) is what a loaded
 * machine changes least: another job's load stretches the wall time of a
 * build, not the work it does.
 */
export function runMeasured(
  command: string,
  args: readonly string[],
  options: {cwd: string; env?: NodeJS.ProcessEnv; keepOutput?: boolean},
): Promise<Sample & {cpuSeconds: number; output: string}> {
  const start = process.hrtime.bigint();
  const child = spawn(command, args, {cwd: options.cwd, env: {...process.env, ...options.env}, stdio: ['ignore', 'pipe', 'pipe']});
  let stderr = '';
  let output = '';
  const keep = (chunk: Buffer) => {
    if (options.keepOutput) output += chunk.toString();
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', (chunk: Buffer) => {
    keep(chunk);
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  let peakKiB = 0;
  let cpuTicks = 0;
  const poll = setInterval(() => {
    try {
      const match = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${child.pid}/status`, 'utf8'));
      peakKiB = Math.max(peakKiB, Number(match?.[1] ?? 0));
      // utime and stime, fields 14 and 15 of /proc/<pid>/stat, counted
      // after the command name (which may hold spaces), all threads included.
      const stat = fs.readFileSync(`/proc/${child.pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      cpuTicks = Math.max(cpuTicks, Number(fields[11]) + Number(fields[12]));
    } catch {
      // The process has just exited: the last reading stands.
    }
  }, 100);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(poll);
      if (code !== 0) {
        reject(new Error(`${command} ${args.join(' ')} failed with exit code ${code}:\n${stderr}`));
        return;
      }
      resolve({seconds: Number(process.hrtime.bigint() - start) / 1e9, peakMiB: peakKiB / 1024, cpuSeconds: cpuTicks / CLOCK_TICKS, output});
    });
  });
}
