#!/usr/bin/env tsx
/** Entry point of `npm run workflow` (see tools/ci/cli.ts). */
import {main} from './cli';

main(process.argv.slice(2), process.env, process.cwd()).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 2;
  },
);
