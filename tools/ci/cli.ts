/**
 * `npm run workflow -- <command>`: the logic of the GitHub workflows, as
 * commands that run (and are tested) outside GitHub too.
 *
 *   push-translation --branch <name> --base <sha>
 *       push the commits made since <sha> to <name>; outputs pushed, sha, superseded
 *   comment --body-file <file> (--pull-request <n> | --branch <name>)
 *       create or update the one report comment of the pull request
 */
import {appendFileSync, readFileSync} from 'node:fs';
import {parseArgs} from 'node:util';

import {createRedactor} from '../../src/config/redact';
import {createGitHubApi} from './githubApi';
import {pushTranslation} from './pushTranslation';
import {findPullRequest, upsertComment} from './upsertComment';

const USAGE = `Usage:
  npm run workflow -- push-translation --branch <name> --base <sha>
  npm run workflow -- comment --body-file <file> (--pull-request <n> | --branch <name>)

Environment: GITHUB_TOKEN, GITHUB_REPOSITORY and GITHUB_API_URL (comment);
GITHUB_OUTPUT and GITHUB_STEP_SUMMARY when set (as in a workflow step).`;

/** The hidden mark of the translation report comment: one per pull request. */
export const REPORT_MARKER = '<!-- polyglot-policy-site: translation report -->';

class UsageError extends Error {}

/** Runs one command; returns the exit code. */
export async function main(argv: string[], env: NodeJS.ProcessEnv, root: string): Promise<number> {
  const [command, ...rest] = argv;
  // What is printed, and the comment posted, go through the one redaction.
  const redact = createRedactor(env);
  try {
    if (command === 'push-translation') {
      const {values} = parseArgs({args: rest, options: {branch: {type: 'string'}, base: {type: 'string'}}});
      const branch = required(values.branch, '--branch');
      const result = pushTranslation(root, {branch, base: required(values.base, '--base')});
      output(env, {pushed: String(result.pushed), sha: result.sha, superseded: String(result.superseded)});
      process.stdout.write(redact(`${result.message}\n`));
      return 0;
    }
    if (command === 'comment') {
      const {values} = parseArgs({args: rest, options: {'body-file': {type: 'string'}, 'pull-request': {type: 'string'}, branch: {type: 'string'}}});
      const file = required(values['body-file'], '--body-file');
      let body: string;
      try {
        body = redact(readFileSync(file, 'utf8'));
      } catch {
        throw new UsageError(`--body-file ${file}: no such file (did the translate step run?)`);
      }
      if (env.GITHUB_STEP_SUMMARY) appendFileSync(env.GITHUB_STEP_SUMMARY, `${body}\n`);
      // The run holds the checks of the translated commit and the site preview to download.
      if (env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID) {
        body = `${body.trimEnd()}\n\n[${env.GITHUB_WORKFLOW ?? 'Workflow'} #${env.GITHUB_RUN_NUMBER ?? env.GITHUB_RUN_ID}](${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID})\n`;
      }
      const api = createGitHubApi({
        url: env.GITHUB_API_URL || 'https://api.github.com',
        token: required(env.GITHUB_TOKEN, 'GITHUB_TOKEN'),
        repository: required(env.GITHUB_REPOSITORY, 'GITHUB_REPOSITORY'),
      });
      const number = values['pull-request'] ? pullRequestNumber(values['pull-request']) : await findPullRequest(api, required(values.branch, '--pull-request or --branch'));
      if (number === undefined) {
        process.stdout.write(`No open pull request for branch ${values.branch}: the report is in the run's summary only.\n`);
        return 0;
      }
      const result = await upsertComment(api, {pullRequest: number, marker: REPORT_MARKER, body});
      process.stdout.write(`${result.action === 'created' ? 'Commented' : 'Updated the comment'} on pull request #${number}: ${result.url}\n`);
      return 0;
    }
    throw new UsageError(command ? `unknown command "${command}"` : 'a command is needed');
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(redact(`workflow ${command ?? ''}: ${message}\n${error instanceof UsageError ? `\n${USAGE}\n` : ''}`));
    return error instanceof UsageError ? 2 : 1;
  }
}

function required(value: string | undefined, name: string): string {
  if (!value) throw new UsageError(`${name} is required`);
  return value;
}

function pullRequestNumber(value: string): number {
  if (!/^[1-9]\d*$/.test(value)) throw new UsageError(`--pull-request "${value}": a pull request number, e.g. 42`);
  return Number(value);
}

/** Step outputs, as `name=value` lines appended to `GITHUB_OUTPUT`; printed when there is none. */
function output(env: NodeJS.ProcessEnv, values: Record<string, string>): void {
  const lines = Object.entries(values).map(([k, v]) => `${k}=${v}\n`).join('');
  if (env.GITHUB_OUTPUT) appendFileSync(env.GITHUB_OUTPUT, lines);
  else process.stdout.write(lines);
}
