import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';

import {COPY_BUILD_ENV} from '../../../tests/e2e/support/site';

const ROOT = path.resolve(__dirname, '../../..');

// COPY_BUILD_ENV turns off the Rspack persistent cache through an
// environment variable that Docusaurus reads but does not document: if an
// upgrade stops reading it, builds of the e2e suite's copies would write
// their cache under our node_modules again, with nothing failing.
describe('COPY_BUILD_ENV (tests/e2e/support/site.ts)', () => {
  it.each(Object.keys(COPY_BUILD_ENV))('names a variable Docusaurus still reads: %s', (name) => {
    const file = 'node_modules/@docusaurus/core/lib/webpack/base.js';
    const source = fs.readFileSync(path.join(ROOT, file), 'utf8');
    expect(
      source.includes(`process.env.${name}`),
      `Docusaurus no longer reads ${name} in ${file}: re-check how COPY_BUILD_ENV in tests/e2e/support/site.ts turns off the persistent cache of a copy's build`,
    ).toBe(true);
  });
});
