import {mkdtempSync, readFileSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';

import {REPORT_MARKER} from '../cli';
import {createGitHubApi} from '../githubApi';
import {type FakeComment, type FakeGitHub, fakeGitHub} from '../testing/fakeGitHub';
import {runWorkflowStep, workflowStep} from '../testing/runWorkflowStep';
import {COMMENT_MAX, commentBody, upsertComment} from '../upsertComment';

const TOKEN = 'ghs_loopbackTOKEN1234';
const REPOSITORY = 'example-org/policies';
const REPO = resolve(import.meta.dirname, '../../..');
let github: FakeGitHub;

beforeEach(async () => {
  github = await fakeGitHub(TOKEN, REPOSITORY);
});
afterEach(async () => github.close());

const api = () => createGitHubApi({url: github.url, token: TOKEN, repository: REPOSITORY});
const person = (id: number, body: string): FakeComment => ({id, body, user: {login: 'jeanne', type: 'User'}, html_url: `https://github.example/c/${id}`});

describe('upsertComment', () => {
  it('creates the comment once, then edits it in place: one comment however many runs', async () => {
    github.comments.set(7, [person(1, 'Merci !')]);
    const first = await upsertComment(api(), {pullRequest: 7, marker: REPORT_MARKER, body: 'rapport 1'});
    const second = await upsertComment(api(), {pullRequest: 7, marker: REPORT_MARKER, body: 'rapport 2'});
    expect([first.action, second.action]).toEqual(['created', 'updated']);
    expect(second.id).toBe(first.id);
    expect(github.comments.get(7)?.map((c) => c.body)).toEqual(['Merci !', `${REPORT_MARKER}\nrapport 2`]);
    expect(github.requests.every((r) => r.authorization === `Bearer ${TOKEN}`)).toBe(true);
  });

  it('finds its comment past the first page of 100, and prefers the bot’s to a person’s quoting the marker', async () => {
    const many = Array.from({length: 150}, (_, i) => person(i + 1, `commentaire ${i}`));
    many[20] = person(21, `je cite ${REPORT_MARKER}`);
    many[140] = {id: 141, body: `${REPORT_MARKER}\nancien rapport`, user: {login: 'github-actions[bot]', type: 'Bot'}, html_url: 'x'};
    github.comments.set(9, many);
    const result = await upsertComment(api(), {pullRequest: 9, marker: REPORT_MARKER, body: 'nouveau'});
    expect(result).toMatchObject({action: 'updated', id: 141});
    expect(github.requests.filter((r) => r.method === 'GET').map((r) => r.path)).toEqual([
      `/repos/${REPOSITORY}/issues/9/comments?per_page=100`,
      `/repos/${REPOSITORY}/issues/9/comments?per_page=100&page=2`,
    ]);
    expect(github.comments.get(9)?.[20]?.body).toBe(`je cite ${REPORT_MARKER}`);
  });

  it('says which permission is missing, and never prints the token', async () => {
    github.readOnly = true;
    const error = await upsertComment(api(), {pullRequest: 3, marker: REPORT_MARKER, body: 'x'}).catch((e: Error) => e);
    expect(String(error)).toMatch(/403 Resource not accessible by integration \(the token may not do this: give the job the permission it needs, e\.g\. pull-requests: write/);
    const bad = await upsertComment(createGitHubApi({url: github.url, token: 'wrong', repository: REPOSITORY}), {pullRequest: 3, marker: REPORT_MARKER, body: 'x'}).catch((e: Error) => e);
    expect(String(bad)).toMatch(/401 Bad credentials/);
    expect(`${String(error)}${String(bad)}`).not.toContain(TOKEN);
  });

  it('cuts a body longer than GitHub takes, saying so', () => {
    const body = commentBody(REPORT_MARKER, 'x'.repeat(70_000));
    expect(body).toHaveLength(COMMENT_MAX);
    expect(body.startsWith(REPORT_MARKER)).toBe(true);
    expect(body).toMatch(/cut: the rest is in the workflow run’s summary\)_$/);
  });
});

describe('translate.yml, step "Create or update the report comment"', {timeout: 60_000}, () => {
  const step = workflowStep('translate.yml', 'comment', 'upsert');
  const run = async (context: Record<string, string>, runEnv: Record<string, string> = {}) => {
    const work = mkdtempSync(join(tmpdir(), 'comment-step-'));
    writeFileSync(join(work, 'package.json'), readFileSync(join(REPO, 'package.json'), 'utf8').replace(/tsx tools\//g, `tsx ${REPO}/tools/`));
    symlinkSync(join(REPO, 'node_modules'), join(work, 'node_modules'));
    const temp = mkdtempSync(join(tmpdir(), 'runner-temp-'));
    writeFileSync(join(temp, 'translation-report.md'), '## Traduction automatique\n\nRien à traduire.\n');
    const summary = join(temp, 'summary.md');
    const result = await runWorkflowStep(step, {
      cwd: work,
      context: {'github.token': TOKEN, 'github.event.pull_request.number': '', 'github.head_ref || inputs.branch': '', ...context},
      env: {PATH: process.env.PATH ?? '', HOME: tmpdir(), RUNNER_TEMP: temp, GITHUB_API_URL: github.url, GITHUB_REPOSITORY: REPOSITORY, GITHUB_STEP_SUMMARY: summary, ...runEnv},
    });
    return {...result, summary: readFileSync(summary, 'utf8')};
  };

  it('comments on the pull request of the event, once, and writes the report to the run summary', async () => {
    for (let i = 0; i < 2; i++) {
      const result = await run({'github.event.pull_request.number': '12', 'github.head_ref || inputs.branch': 'edit-privacy'});
      expect(result.code, result.stderr).toBe(0);
      expect(result.summary).toContain('Rien à traduire.');
    }
    expect(github.comments.get(12)).toHaveLength(1);
    expect(github.comments.get(12)?.[0]?.body).toBe(`${REPORT_MARKER}\n## Traduction automatique\n\nRien à traduire.\n`);
  });

  it('links the comment to the workflow run, where the checks of the translated commit and the site preview are', async () => {
    const runEnv = {GITHUB_SERVER_URL: 'https://github.example', GITHUB_RUN_ID: '987', GITHUB_RUN_NUMBER: '5', GITHUB_WORKFLOW: 'Translate'};
    const result = await run({'github.event.pull_request.number': '4'}, runEnv);
    expect(result.code, result.stderr).toBe(0);
    expect(github.comments.get(4)?.[0]?.body).toMatch(/\n\[Translate #5\]\(https:\/\/github\.example\/example-org\/policies\/actions\/runs\/987\)\n$/);
  });

  it('run by hand on a branch: comments on its open pull request, or only writes the summary when it has none', async () => {
    github.pulls.set('edit-privacy', 31);
    const found = await run({'github.head_ref || inputs.branch': 'edit-privacy'});
    expect(found.code, found.stderr).toBe(0);
    expect(github.comments.get(31)).toHaveLength(1);
    expect(github.comments.get(31)?.[0]?.body).not.toContain('/actions/runs/');
    const none = await run({'github.head_ref || inputs.branch': 'no-pull-request'});
    expect(none.code, none.stderr).toBe(0);
    expect(none.stdout).toContain('No open pull request for branch no-pull-request');
  });
});
