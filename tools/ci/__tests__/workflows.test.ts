import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {parse} from 'yaml';

import {LOCALES, SOURCE_LOCALE} from '../../../src/config/locales';
import {lintWorkflow} from '../lintWorkflow';

const ROOT = path.resolve(__dirname, '../../..');
const DIR = path.join(ROOT, '.github/workflows');

interface Step {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Job {
  name?: string;
  if?: string;
  permissions?: Record<string, string>;
  uses?: string;
  with?: Record<string, unknown>;
  secrets?: unknown;
  needs?: string | string[];
  env?: Record<string, string>;
  outputs?: Record<string, string>;
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

  // Every write a job may do, and why; anything else is read-only or none.
  const WRITES: Record<string, Record<string, string[][]>> = {
    'deploy.yml': {deploy: [['pages', 'write'], ['id-token', 'write']], translate: [['contents', 'write']]},
    'translate-branch.yml': {translate: [['contents', 'write']]},
    'translate.yml': {translate: [['contents', 'write']], comment: [['pull-requests', 'write']], status: [['checks', 'write']]},
  };

  it.each(files)('%s grants nothing by default and least permissions per job', (file) => {
    const {permissions, jobs} = workflow(file);
    expect(permissions).toEqual({});
    for (const [id, job] of Object.entries(jobs)) {
      expect(job.permissions, `${file} job ${id}`).toBeDefined();
      const writes = Object.entries(job.permissions ?? {}).filter(([, level]) => level === 'write');
      expect(writes, `${file} job ${id}`).toEqual(WRITES[file]?.[id] ?? []);
    }
  });

  it.each(files)('%s keeps no token in a checkout, but where the job pushes', (file) => {
    for (const [id, job] of Object.entries(workflow(file).jobs)) {
      for (const step of (job.steps ?? []).filter((s) => s.uses?.startsWith('actions/checkout@'))) {
        const pushes = (job.steps ?? []).some((s) => s.run?.includes('push-translation'));
        expect(step.with?.['persist-credentials'], `${file} job ${id}`).toBe(pushes);
      }
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

  it('checks out the whole history first: policy versions are read from git (a shallow clone has the current one only)', () => {
    const buildJobs = files.flatMap((file) =>
      Object.entries(workflow(file).jobs)
        .filter(([, job]) => (job.steps ?? []).some((step) => /npm run build(\s|$)/.test(step.run ?? '')))
        .map(([id, job]) => ({where: `${file} ${id}`, job})),
    );
    expect(buildJobs.length).toBeGreaterThan(1);
    for (const {where, job} of buildJobs) {
      const checkout = job.steps?.find((step) => step.uses?.startsWith('actions/checkout@'));
      expect(checkout?.with?.['fetch-depth'], where).toBe(0);
    }
  });

  it.each(buildSteps.map((b) => [`${b.file}: ${b.step.name ?? b.step.run}`, b.step] as const))(
    '%s passes the whole build environment',
    (_name, step) => {
      expect(Object.keys(step.env ?? {})).toEqual(expect.arrayContaining(BUILD_ENV));
    },
  );
});

describe('pull-request.yml and deploy.yml', () => {
  it('cancel the run a newer push supersedes, but for those that translate: a translation stopped halfway is paid for and lost', () => {
    for (const file of ['pull-request.yml', 'split-build.yml']) expect(workflow(file).concurrency?.['cancel-in-progress'], file).toBe(true);
    for (const file of ['deploy.yml', 'translate.yml']) expect(workflow(file).concurrency?.['cancel-in-progress'], file).toBe(false);
  });

  it('deploy to GitHub Pages from the default branch, only after the checks', () => {
    const {on, jobs} = workflow('deploy.yml');
    expect(on.push).toEqual({branches: ['main']});
    expect(jobs.deploy?.needs).toBe('checks');
    expect(jobs.deploy?.steps?.some((s) => s.uses?.startsWith('actions/deploy-pages@'))).toBe(true);
    expect(on).not.toHaveProperty('pull_request');
  });

  it('deploy also runs every day, so that an announced policy version takes effect on its day', () => {
    const {on} = workflow('deploy.yml');
    const schedule = on.schedule as {cron: string}[] | undefined;
    expect(schedule).toHaveLength(1);
    // minute hour, every day of every month: "10 0 * * *".
    expect(schedule?.[0]?.cron).toMatch(/^\d{1,2} \d{1,2} \* \* \*$/);
    // A scheduled run's event carries no repository: "Edit this page" must not lose its branch.
    const build = workflow('checks.yml').jobs.checks?.steps?.find((s) => /npm run build(\s|$)/.test(s.run ?? ''));
    expect(build?.env?.EDIT_URL).toContain('${{ github.event.repository.default_branch || github.ref_name }}');
  });

  it('deploy translates main first (what a fork’s pull request could not), then checks and publishes the translated commit', () => {
    const {jobs} = workflow('deploy.yml');
    expect(jobs.translate).toMatchObject({uses: './.github/workflows/translate-branch.yml', with: {branch: '${{ github.ref_name }}'}, secrets: 'inherit'});
    expect(jobs.checks).toMatchObject({needs: 'translate', with: {pages: true, ref: '${{ needs.translate.outputs.sha }}'}});
    // A run whose branch moved on while it translated leaves the deployment to the newer run.
    expect(jobs.checks?.if).toBe("needs.translate.outputs.superseded != 'true'");
  });

  it('pull-request.yml allows stale translations only where the Translate workflow makes them', () => {
    const allow = String(workflow('pull-request.yml').jobs.checks?.with?.['allow-stale']);
    expect(allow).toBe("${{ github.event.pull_request.head.repo.full_name != github.repository || vars.TRANSLATE_PROVIDER != '' }}");
    const steps = workflow('checks.yml').jobs.checks?.steps ?? [];
    expect(steps.find((s) => s.run === 'npm run i18n:check')?.if).toBe('${{ !inputs.allow-stale }}');
    expect(steps.find((s) => s.run === 'npm run i18n:check -- --allow-stale')?.if).toBe('${{ inputs.allow-stale }}');
  });
});

describe('split-build.yml', () => {
  it('builds one job per locale of site.config.ts, listed by npm run build:matrix, then merges them', () => {
    const {jobs} = workflow('split-build.yml');
    const list = jobs.locales?.steps?.find((s) => s.id === 'list');
    expect(list?.run).toBe('echo "locales=$(npm run build:matrix --silent)" >> "$GITHUB_OUTPUT"');
    expect(jobs.locales?.outputs?.locales).toBe('${{ steps.list.outputs.locales }}');
    expect(jobs.locale?.needs).toBe('locales');
    expect(jobs.locale?.strategy?.matrix?.locale).toBe('${{ fromJSON(needs.locales.outputs.locales) }}');
    // What the command prints is the locale list, as JSON.
    const printed = execFileSync(process.execPath, [require.resolve('tsx/cli'), 'tools/build/cli.ts', 'matrix'], {cwd: ROOT, encoding: 'utf8'});
    expect(JSON.parse(printed)).toEqual(LOCALES.map((l) => l.code));
    expect(jobs.merge?.needs).toBe('locale');
    expect(jobs.merge?.steps?.some((s) => s.run?.startsWith('npm run build:merge'))).toBe(true);
  });
});

describe('translate.yml', () => {
  const {on, concurrency, jobs} = workflow('translate.yml');
  const branch = workflow('translate-branch.yml');
  const steps = branch.jobs.translate?.steps ?? [];

  it('runs on pull requests that change French pages, French UI strings or the glossary, and by hand on a chosen branch', () => {
    // A path filter cannot be computed: it names the source locale of site.config.ts, checked here.
    expect(on.pull_request, `translate.yml: on.pull_request.paths must list i18n/${SOURCE_LOCALE}/** (the source locale of site.config.ts)`).toEqual({
      paths: ['docs/**', `i18n/${SOURCE_LOCALE}/**`, 'i18n/glossary.yaml'],
    });
    expect(on.workflow_dispatch).toEqual({inputs: {branch: expect.objectContaining({type: 'string', required: true})}});
    expect(on).not.toHaveProperty('pull_request_target');
    expect(jobs.translate?.with?.branch).toBe('${{ github.head_ref || inputs.branch }}');
  });

  it('one run at a time per branch, never cancelled halfway', () => {
    expect(concurrency).toEqual({group: 'translate-${{ github.head_ref || inputs.branch }}', 'cancel-in-progress': false});
  });

  it('translates only branches of this repository, and not after its own bot’s push', () => {
    expect(jobs.translate?.if).toContain('github.event.pull_request.head.repo.full_name == github.repository');
    expect(jobs.translate?.if).toContain("github.actor != 'github-actions[bot]'");
    expect(jobs.translate?.secrets).toBe('inherit');
  });

  it('for a fork: checks out nothing, runs no code of the fork, and says in the summary that translation happens after merge', () => {
    expect(jobs.fork?.if).toBe("github.event_name == 'pull_request' && github.event.pull_request.head.repo.full_name != github.repository");
    expect(jobs.fork?.permissions).toEqual({});
    expect(jobs.fork?.steps?.every((s) => !s.uses && !/npm|node|git /.test(s.run ?? ''))).toBe(true);
    expect(jobs.fork?.steps?.[0]?.run).toContain('GITHUB_STEP_SUMMARY');
    expect(jobs.fork?.steps?.[0]?.run).toContain('after it is merged');
  });

  it('checks out the head branch with its full history, translates with --commit --report and the provider settings, pushes as the bot', () => {
    const checkout = steps.find((s) => s.uses?.startsWith('actions/checkout@'));
    expect(checkout?.with).toMatchObject({ref: '${{ inputs.branch }}', 'fetch-depth': 0});
    const run = steps.find((s) => s.id === 'translate');
    expect(run?.run).toContain('npm run translate -- --commit --if-configured');
    expect(run?.run).toContain('--report "$RUNNER_TEMP/translation-report.md"');
    expect(run?.run).toContain("git config user.name 'github-actions[bot]'");
    expect(Object.keys(run?.env ?? {})).toEqual(
      expect.arrayContaining(['TRANSLATE_PROVIDER', 'DEEPL_AUTH_KEY', 'DEEPL_SERVER_URL', 'OPENAI_API_KEY', 'OPENAI_MODEL', 'OPENAI_BASE_URL', 'LIBRETRANSLATE_URL', 'LIBRETRANSLATE_API_KEY', 'TRANSLATE_MAX_CHARACTERS']),
    );
    // Keys come from secrets, the rest from variables.
    for (const [name, value] of Object.entries(run?.env ?? {})) {
      if (/_KEY$/.test(name)) expect(value, name).toBe(`\${{ secrets.${name} }}`);
      else if (name !== 'REPORT_LANGUAGE') expect(value, name).toBe(`\${{ vars.${name} }}`);
    }
    const push = steps.find((s) => s.id === 'push');
    expect(push?.if).toBe("${{ !cancelled() && steps.translate.outputs.base != '' }}");
    expect(push?.run).toBe('npm run workflow -- push-translation --branch "$BRANCH" --base "$BASE"');
  });

  it('no expression inside a run script (script injection): values go through env', () => {
    for (const file of files) {
      for (const job of Object.values(workflow(file).jobs)) for (const step of job.steps ?? []) expect(step.run ?? '', `${file}: ${step.name}`).not.toContain('${{');
    }
  });

  it('updates one comment on the pull request with the report', () => {
    const comment = jobs.comment?.steps ?? [];
    expect(jobs.comment?.needs).toBe('translate');
    expect(comment.find((s) => s.uses?.startsWith('actions/download-artifact@'))?.with?.name).toBe('translation-report');
    expect(steps.find((s) => s.uses?.startsWith('actions/upload-artifact@'))?.with?.name).toBe('translation-report');
    expect(comment.find((s) => s.id === 'upsert')?.run).toContain('npm run workflow -- comment --body-file "$RUNNER_TEMP/translation-report.md"');
  });

  it('checks the pushed commit with checks.yml, and records the result on it under the pull request check’s own name', () => {
    expect(jobs.translated).toMatchObject({needs: 'translate', if: "needs.translate.outputs.pushed == 'true'", uses: './.github/workflows/checks.yml', with: {ref: '${{ needs.translate.outputs.sha }}'}});
    expect(jobs.status?.needs).toEqual(['translate', 'translated']);
    expect(jobs.status?.if).toBe("${{ always() && needs.translate.outputs.pushed == 'true' }}");
    expect(jobs.status?.env?.SHA).toBe('${{ needs.translate.outputs.sha }}');
    expect(jobs.status?.steps?.[0]?.run).toContain('repos/$GITHUB_REPOSITORY/check-runs');
    // GitHub names a reusable workflow's check "<caller job> / <called job's name>".
    const caller = workflow('pull-request.yml').jobs.checks;
    const called = workflow('checks.yml').jobs.checks;
    expect(jobs.status?.env?.CHECK_NAME).toBe(`${caller?.name ?? 'checks'} / ${called?.name}`);
  });

  it('translate-branch.yml says what it pushed, for the checks that follow', () => {
    expect(branch.on).toHaveProperty('workflow_call');
    expect(branch.jobs.translate?.outputs).toEqual({
      pushed: '${{ steps.push.outputs.pushed }}',
      sha: '${{ steps.push.outputs.sha }}',
      superseded: '${{ steps.push.outputs.superseded }}',
    });
  });
});

// The one place that says which major of each action the workflows use, and
// which Node.js runs them. Checked against each action's releases on
// 2026-12-02: all of these run on Node 24 (GitHub removed Node 20 from its
// runners in September 2026). When an action releases a new major, read its
// notes, change it here and in the workflows.
const ACTION_MAJORS: Record<string, string> = {
  'actions/checkout': 'v7',
  'actions/setup-node': 'v7',
  'actions/cache': 'v6',
  'actions/upload-artifact': 'v7',
  'actions/download-artifact': 'v8',
  'actions/upload-pages-artifact': 'v5',
  'actions/deploy-pages': 'v5',
};

describe('versions', () => {
  const used = files.flatMap((file) =>
    Object.values(workflow(file).jobs).flatMap((job) => (job.steps ?? []).flatMap((s) => (s.uses && !s.uses.startsWith('./') ? [{file, uses: s.uses, step: s}] : []))),
  );

  it('every action is at the major of the table, and every entry of the table is used', () => {
    const wrong = used.filter(({uses}) => {
      const [name, version] = uses.split('@');
      return ACTION_MAJORS[name ?? ''] !== version;
    });
    expect(wrong.map(({file, uses}) => `${file}: ${uses}`)).toEqual([]);
    expect(Object.keys(ACTION_MAJORS).filter((name) => !used.some(({uses}) => uses.startsWith(`${name}@`)))).toEqual([]);
  });

  it('Node.js comes from .nvmrc, a maintained LTS, which package.json engines accepts', () => {
    const setups = used.filter(({uses}) => uses.startsWith('actions/setup-node@'));
    expect(setups.length).toBeGreaterThan(0);
    for (const {file, step} of setups) {
      expect(step.with?.['node-version-file'], file).toBe('.nvmrc');
      expect(step.with?.['node-version'], file).toBeUndefined();
    }
    const major = Number(fs.readFileSync(path.join(ROOT, '.nvmrc'), 'utf8').trim());
    // Even majors are the LTS lines; 20 reached its end of life in April 2026.
    expect(major % 2).toBe(0);
    expect(major).toBeGreaterThanOrEqual(22);
    const engines = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {engines: {node: string}}).engines.node;
    expect(engines.split('||').some((range) => satisfiesMajor(range, major)), engines).toBe(true);
  });
});

/** Whether a simple npm range (`^22.12.0`, `>=24`) accepts that major. */
function satisfiesMajor(range: string, major: number): boolean {
  const caret = /^\s*\^(\d+)\./.exec(range);
  if (caret) return Number(caret[1]) === major;
  const atLeast = /^\s*>=\s*(\d+)/.exec(range);
  return atLeast !== null && Number(atLeast[1]) <= major;
}
