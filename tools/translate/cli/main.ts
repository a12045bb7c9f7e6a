#!/usr/bin/env tsx
/** Entry point of `npm run translate` (see cli.ts beside it). */
import {createRedactor} from '../../../src/config/redact';
import {main} from './cli';

main(process.argv.slice(2), process.env, process.cwd()).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(createRedactor(process.env)(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`));
    process.exitCode = 2;
  },
);
