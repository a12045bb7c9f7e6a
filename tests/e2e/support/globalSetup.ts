import {randomUUID} from 'node:crypto';
import fs from 'node:fs';

import {sharedCopiesDir} from './copySite';
import {LOCKS_DIR} from './site';

/**
 * Vitest's `globalSetup` of the e2e project: names this run, so that
 * `buildSite` reuses a build made earlier in the same run (another file
 * testing the same configuration) and never one left by an earlier run.
 * Set before the test files' processes start, which inherit it. Returns
 * the teardown that removes the run's shared scenario copies
 * (`sharedCopy`).
 */
export default function setup(): () => void {
  const runId = randomUUID();
  process.env.E2E_RUN_ID = runId;
  // Locks a killed run left: no file of this run has started yet.
  fs.rmSync(LOCKS_DIR, {recursive: true, force: true});
  return () => fs.rmSync(sharedCopiesDir(runId), {recursive: true, force: true});
}
