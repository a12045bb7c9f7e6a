import {mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, describe, expect, it, vi} from 'vitest';

import config from '../../../vitest.config.mjs';
import {LANES, runLanes, type Step} from '../runTests';

const node = (name: string, script: string): Step => ({name, command: process.execPath, args: ['-e', script]});

describe('npm test, in two lanes', () => {
  afterEach(() => vi.restoreAllMocks());

  it('runs each lane in order and the lanes side by side; a failed step fails, the others still run', async () => {
    const written: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => (written.push(String(chunk)), true));
    // The first lane's step waits for a file the second lane's last step
    // writes: run one lane after the other, it would give up and fail.
    const flag = JSON.stringify(join(mkdtempSync(join(tmpdir(), 'lanes-')), 'flag'));
    const results = await runLanes([
      [node('waits', `const fs = require('fs'); const t = setInterval(() => fs.existsSync(${flag}) && (clearInterval(t), console.log('seen')), 20); setTimeout(() => process.exit(1), 60000).unref()`)],
      [node('fails', 'console.log("the reason"); process.exit(3)'), node('after', `require('fs').writeFileSync(${flag}, ''); console.log('still ran')`)],
    ]);
    expect(results.map((r) => [r.name, r.ok])).toEqual([
      ['waits', true],
      ['fails', false],
      ['after', true],
    ]);
    const [, fails, after] = results;
    expect(fails?.end).toBeLessThanOrEqual(after?.start ?? 0);
    // A buffered step's output comes in one block, after its verdict.
    expect(written.find((w) => w.includes('fails'))).toMatch(/^── fails: FAILED \(exit code 3\), \d+ s\nthe reason\n$/);
    expect(written.find((w) => w.includes('after:'))).toMatch(/still ran/);
  });

  it('names every step of the gate once: typecheck, lint, i18n:check, unit and both end-to-end projects', () => {
    expect(LANES.flat().map((s) => s.name).sort()).toEqual(['end-to-end tests', 'end-to-end tests on other repositories', 'i18n:check', 'lint', 'typecheck', 'unit tests']);
    // Every Vitest project of vitest.config.mts runs in one step: none is left out of the gate.
    const projects = (config.test?.projects ?? []).map((p) => (p as {test?: {name?: string}}).test?.name);
    expect(LANES.flat().flatMap((s) => (s.args.includes('--project') ? [s.args[s.args.indexOf('--project') + 1]] : [])).sort()).toEqual(projects.sort());
  });
});
