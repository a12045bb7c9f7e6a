import {execFileSync} from 'node:child_process';
import {cpSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {afterAll, beforeAll, beforeEach, describe, expect, it} from 'vitest';

import {TARGET_LOCALES} from '../../../src/config/locales';
import {stripProvenance} from '../../../src/shared/provenance';
import {collapseWhitespace} from '../../translate/segmenting/taggedText';
import fr from '../../translate/cli/messages/fr.json';
import {fakeDeepl} from '../../translate/testing/fakeProviders';
import {plainParagraph} from '../../translate/testing/plainParagraph';
import type {Loopback} from '../../translate/testing/startLoopback';
import {cliScript} from '../../testing/compiledCli';
import {runWorkflowStep, workflowStep} from '../testing/runWorkflowStep';

// The workflow's path, outside GitHub: a bare repository stands in for
// GitHub, an editor pushes a French edit to a branch, and the very steps of
// translate-branch.yml (their run scripts, read from the YAML) translate
// it against the loopback DeepL, in a fresh checkout of that branch with
// its full history, as actions/checkout makes it.
const REPO = resolve(import.meta.dirname, '../../..');
const KEY = 'deepl-workflow-key:fx';
const BRANCH = 'edit-privacy';
const translate = workflowStep('translate-branch.yml', 'translate', 'translate');
const push = workflowStep('translate-branch.yml', 'translate', 'push');

let server: Loopback;
let dir: string;
let origin: string;
let home: string;

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {cwd, encoding: 'utf8', env: gitEnv(), stdio: ['ignore', 'pipe', 'pipe']});
}
/** No identity nor configuration of the machine running the tests leaks in. */
function gitEnv(extra: Record<string, string> = {}): Record<string, string> {
  return {PATH: process.env.PATH ?? '', HOME: home, GIT_CONFIG_NOSYSTEM: '1', LANG: 'C.UTF-8', ...extra};
}
/** A person's commit: an editor's edit, a reviewer's mark. */
function commitAs(cwd: string, who: string, message: string) {
  execFileSync('git', ['commit', '-q', '-am', message], {cwd, env: gitEnv({GIT_AUTHOR_NAME: who, GIT_AUTHOR_EMAIL: 'e@example.org', GIT_COMMITTER_NAME: who, GIT_COMMITTER_EMAIL: 'e@example.org'})});
}

/** The clone the job works in: actions/checkout of the branch, full history, node_modules of the suite. */
function checkout(branch = BRANCH): string {
  const work = mkdtempSync(join(dir, 'checkout-'));
  git(dir, 'clone', '-q', '--branch', branch, origin, work);
  symlinkSync(join(REPO, 'node_modules'), join(work, 'node_modules'));
  return work;
}

/** The two steps, in order, as the runner would: same RUNNER_TEMP, the push reading the translate step's output. */
async function runJob(work: string, vars: Record<string, string> = {}) {
  const temp = mkdtempSync(join(dir, 'runner-temp-'));
  const context = {...contextFor(), ...vars};
  const env = gitEnv({RUNNER_TEMP: temp});
  const first = await runWorkflowStep(translate, {cwd: work, context, env});
  const second = first.outputs.base
    ? await runWorkflowStep(push, {cwd: work, context: {...context, 'steps.translate.outputs.base': first.outputs.base}, env})
    : undefined;
  let report = '';
  try {
    report = readFileSync(join(temp, 'translation-report.md'), 'utf8');
  } catch {
    // No report: the test says so.
  }
  return {translate: first, push: second, report};
}

const page = (locale: string) => `i18n/${locale}/docusaurus-plugin-content-docs/current/privacy.md`;
const show = (ref: string, path: string) => git(origin, 'show', `${ref}:${path}`);

beforeAll(async () => {
  server = await fakeDeepl(KEY);
  dir = mkdtempSync(join(tmpdir(), 'translate-workflow-'));
  home = join(dir, 'home');
  mkdirSync(home);
  origin = join(dir, 'origin.git');
  git(dir, 'init', '-q', '--bare', '--initial-branch=main', origin);
  // main: this repository's pages, translations and memory, and its package.json with the scripts pointed at this checkout's tools.
  const seed = join(dir, 'seed');
  mkdirSync(seed);
  for (const d of ['docs', 'i18n']) cpSync(join(REPO, d), join(seed, d), {recursive: true});
  // `npm run translate` and the others start this checkout's CLIs, compiled once for the run (cliScript).
  const scripts = readFileSync(join(REPO, 'package.json'), 'utf8').replace(/tsx (tools\/\S+\.ts)/g, (_, entry: string) => JSON.stringify(cliScript(entry)).slice(1, -1));
  writeFileSync(join(seed, 'package.json'), scripts);
  writeFileSync(join(seed, '.gitignore'), 'node_modules\n');
  git(seed, 'init', '-q', '--initial-branch=main');
  git(seed, 'add', '-A');
  commitAs(seed, 'Maintainer', 'Seed');
  git(seed, 'push', '-q', origin, 'main');
}, 60_000);
afterAll(async () => server.close());

let editor: string;
let edited: string;
beforeEach(() => {
  // The editor, in GitHub's web editor: one sentence of docs/privacy.md changed, committed on a new branch.
  editor = mkdtempSync(join(dir, 'editor-'));
  git(dir, 'clone', '-q', origin, editor);
  try {
    git(origin, 'branch', '-D', BRANCH);
  } catch {
    // First test: no branch yet.
  }
  git(editor, 'checkout', '-q', '-b', BRANCH);
  const french = readFileSync(join(editor, 'docs/privacy.md'), 'utf8');
  const paragraph = plainParagraph(french, 'docs/privacy.md');
  edited = paragraph.replace(/^(\S+)/, '$1 précisément');
  writeFileSync(join(editor, 'docs/privacy.md'), french.replace(paragraph, edited));
  commitAs(editor, 'Editor', 'Préciser la politique de confidentialité');
  git(editor, 'push', '-q', origin, BRANCH);
  server.requests.length = 0;
  server.stats.texts = 0;
  server.stats.characters = 0;
});

describe('translate-branch.yml on a pull request with a French edit', {timeout: 120_000}, () => {
  it('adds one commit with that sentence translated in the four translations and the memory, which i18n:check accepts; a rerun commits nothing', async () => {
    const before = git(origin, 'rev-parse', BRANCH).trim();
    const job = await runJob(checkout());
    expect(job.translate.code, job.translate.stderr).toBe(0);
    expect(job.push?.code, job.push?.stderr).toBe(0);
    expect(job.push?.outputs).toMatchObject({pushed: 'true', superseded: 'false'});

    // Exactly one new commit, by the bot, touching the four pages and the four memories.
    const commits = git(origin, 'rev-list', `${before}..${BRANCH}`).trim().split('\n');
    expect(commits).toHaveLength(1);
    expect(job.push?.outputs.sha).toBe(commits[0]);
    expect(git(origin, 'log', '-1', '--format=%an <%ae>', BRANCH).trim()).toBe('github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>');
    expect(git(origin, 'log', '-1', '--format=%s', BRANCH).trim()).toBe(`Translate privacy.md into ${TARGET_LOCALES.join(', ')}`);
    const files = git(origin, 'diff', '--name-only', before, BRANCH).trim().split('\n').sort();
    expect(files).toEqual([...TARGET_LOCALES.map(page), ...TARGET_LOCALES.map((l) => `i18n/.tm/${l}.json`)].sort());

    // In each translation, that paragraph alone changed (and the provenance block).
    for (const locale of TARGET_LOCALES) {
      const old = stripProvenance(show(before, page(locale))).split('\n');
      const now = stripProvenance(show(BRANCH, page(locale))).split('\n');
      let head = 0;
      while (old[head] === now[head]) head++;
      let tail = 0;
      while (tail < old.length - head && old.at(-1 - tail) === now.at(-1 - tail)) tail++;
      expect(now.slice(head, now.length - tail).join(' '), locale).toBe(`[${locale}]${collapseWhitespace(edited)}`);
    }
    // One segment per locale was sent, and the report says how many characters.
    expect(server.stats.texts).toBe(TARGET_LOCALES.length);
    const perLocale = server.stats.characters / TARGET_LOCALES.length;
    for (const locale of TARGET_LOCALES) expect(job.report).toMatch(new RegExp(`\\(${locale}\\) \\| \`privacy\\.md\` \\| 1 \\| ${perLocale} \\|`));
    expect(job.report).toContain(fr.reportTitle);
    expect(job.report).not.toContain(KEY);

    // The translated branch passes i18n:check.
    const result = execFileSync('npm', ['run', '--silent', 'i18n:check'], {cwd: checkout(), env: gitEnv(), encoding: 'utf8'});
    expect(result).toMatch(/0 error\(s\)/);

    // The workflow runs again (a maintainer reruns it, or the bot's push started it): nothing to translate, no commit.
    const rerun = await runJob(checkout());
    expect(rerun.translate.code, rerun.translate.stderr).toBe(0);
    expect(rerun.push?.outputs).toMatchObject({pushed: 'false'});
    expect(git(origin, 'rev-parse', BRANCH).trim()).toBe(commits[0]);
    expect(rerun.report).toContain(fr.reportNothing);
    expect(server.stats.texts).toBe(TARGET_LOCALES.length);
  });

  it('stops before any request, exit 2, when the plan is over TRANSLATE_MAX_CHARACTERS, and says how to raise it', async () => {
    const job = await runJob(checkout(), {'vars.TRANSLATE_MAX_CHARACTERS': '10'});
    expect(job.translate.code).toBe(2);
    expect(server.requests).toHaveLength(0);
    expect(job.push).toBeDefined();
    expect(job.push?.outputs).toMatchObject({pushed: 'false'});
    expect(job.report).toContain('TRANSLATE_MAX_CHARACTERS');
    expect(job.translate.stdout).toMatch(/--max-characters \d+/);
  });

  it('leaves a reviewed page alone, lists it in the report, and translates the others', async () => {
    // On the branch, before the French edit's translation: the German page was reviewed by a person.
    const path = join(editor, page('de'));
    const reviewed = readFileSync(path, 'utf8').replace(/^( {2}status:) machine$/m, '$1 reviewed\n  reviewed_by: Jeanne Dupont');
    writeFileSync(path, reviewed);
    commitAs(editor, 'Reviewer', 'Relecture de la page allemande');
    git(editor, 'push', '-q', origin, BRANCH);
    const before = git(origin, 'rev-parse', BRANCH).trim();

    const job = await runJob(checkout());
    expect(job.translate.code, job.translate.stderr).toBe(0);
    const translated = TARGET_LOCALES.filter((l) => l !== 'de');
    expect(git(origin, 'log', '-1', '--format=%s', BRANCH).trim()).toBe(`Translate privacy.md into ${translated.join(', ')}`);
    expect(show(BRANCH, page('de'))).toBe(show(before, page('de')));
    expect(job.report).toContain(fr.reportAloneTitle);
    expect(job.report).toContain(`\`${page('de')}\` a été relue par une personne (Jeanne Dupont)`);
  });

  it('with no provider configured: no commit, exit 0, and the report says which settings to set', async () => {
    const before = git(origin, 'rev-parse', BRANCH).trim();
    const job = await runJob(checkout(), {'vars.TRANSLATE_PROVIDER': '', 'secrets.DEEPL_AUTH_KEY': ''});
    expect(job.translate.code, job.translate.stderr).toBe(0);
    expect(job.push?.outputs).toMatchObject({pushed: 'false'});
    expect(git(origin, 'rev-parse', BRANCH).trim()).toBe(before);
    expect(server.requests).toHaveLength(0);
    expect(job.report).toContain(fr.reportNotConfigured);
    expect(job.report).toContain('`DEEPL_AUTH_KEY`');
    // What a run would translate: the four pages.
    for (const locale of TARGET_LOCALES) expect(job.report).toMatch(new RegExp(`\\(${locale}\\) \\| \`privacy\\.md\``));
  });

  it('puts its commit on top of a push made meanwhile, or pushes nothing when that push conflicts', async () => {
    const work = checkout();
    const first = await runWorkflowStep(translate, {cwd: work, context: contextFor(), env: gitEnv({RUNNER_TEMP: mkdtempSync(join(dir, 't-'))})});
    expect(first.code, first.stderr).toBe(0);
    // Meanwhile the editor pushes a change elsewhere.
    writeFileSync(join(editor, 'docs/legal-notice.md'), `${readFileSync(join(editor, 'docs/legal-notice.md'), 'utf8')}\n`);
    commitAs(editor, 'Editor', 'Ligne vide');
    git(editor, 'push', '-q', origin, BRANCH);
    const editorTip = git(origin, 'rev-parse', BRANCH).trim();
    const pushed = await runWorkflowStep(push, {cwd: work, context: {...contextFor(), 'steps.translate.outputs.base': first.outputs.base ?? ''}, env: gitEnv()});
    expect(pushed.code, pushed.stderr).toBe(0);
    expect(pushed.outputs).toMatchObject({pushed: 'true', superseded: 'true'});
    expect(git(origin, 'rev-parse', `${BRANCH}~1`).trim()).toBe(editorTip);
    expect(git(origin, 'log', '-1', '--format=%an', BRANCH).trim()).toBe('github-actions[bot]');

    // Again, but this time a commit pushed meanwhile changes the same lines of a translation: nothing is pushed.
    git(editor, 'pull', '-q', '--rebase', origin, BRANCH);
    writeFileSync(join(editor, 'docs/privacy.md'), readFileSync(join(editor, 'docs/privacy.md'), 'utf8').replace(edited, `${edited} Encore.`));
    commitAs(editor, 'Editor', 'Encore');
    git(editor, 'push', '-q', origin, BRANCH);
    const work2 = checkout();
    const second = await runWorkflowStep(translate, {cwd: work2, context: contextFor(), env: gitEnv({RUNNER_TEMP: mkdtempSync(join(dir, 't-'))})});
    expect(second.code, second.stderr).toBe(0);
    const english = readFileSync(join(editor, page('en')), 'utf8');
    const line = `[en]${collapseWhitespace(edited)}`;
    expect(english).toContain(line);
    writeFileSync(join(editor, page('en')), english.replace(line, `${line} (retouche)`));
    commitAs(editor, 'Editor', 'Retouche de la traduction anglaise');
    git(editor, 'push', '-q', origin, BRANCH);
    const tip = git(origin, 'rev-parse', BRANCH).trim();
    const refused = await runWorkflowStep(push, {cwd: work2, context: {...contextFor(), 'steps.translate.outputs.base': second.outputs.base ?? ''}, env: gitEnv()});
    expect(refused.code, refused.stderr).toBe(0);
    expect(refused.outputs).toMatchObject({pushed: 'false', superseded: 'true'});
    expect(git(origin, 'rev-parse', BRANCH).trim()).toBe(tip);
  });
});

function contextFor(): Record<string, string> {
  return {
    'vars.TRANSLATE_PROVIDER': 'deepl',
    'secrets.DEEPL_AUTH_KEY': KEY,
    'vars.DEEPL_SERVER_URL': server.url,
    'secrets.OPENAI_API_KEY': '',
    'vars.OPENAI_MODEL': '',
    'vars.OPENAI_BASE_URL': '',
    'vars.LIBRETRANSLATE_URL': '',
    'secrets.LIBRETRANSLATE_API_KEY': '',
    'vars.TRANSLATE_MAX_CHARACTERS': '',
    'inputs.report-language': 'fr',
    'inputs.branch': BRANCH,
  };
}
