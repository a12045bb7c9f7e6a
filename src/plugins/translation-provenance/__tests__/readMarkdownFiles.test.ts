import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';

import {readMarkdownFiles} from '../readMarkdownFiles-fs';

describe('readMarkdownFiles (what the build reads of docs/ and i18n/)', () => {
  const site = fs.mkdtempSync(path.join(os.tmpdir(), 'read-markdown-'));
  const docs = path.join(site, 'docs');
  fs.mkdirSync(docs);

  it('refuses a page that is not valid UTF-8, naming it and the byte: read leniently it would be published as U+FFFD', async () => {
    fs.writeFileSync(path.join(docs, 'legal.md'), Buffer.concat([Buffer.from('# Mentions\n\nÉditeur'), Buffer.from([0xc3, 0x28]), Buffer.from('\n')]));
    await expect(readMarkdownFiles(docs, site)).rejects.toThrow(/^docs\/legal\.md: not valid UTF-8 at byte 20;/);
  });

  it('reads a page saved with a byte-order mark without it', async () => {
    fs.writeFileSync(path.join(docs, 'legal.md'), '\uFEFF---\ntitle: Mentions\n---\n');
    expect((await readMarkdownFiles(docs, site))[0]?.text).toBe('---\ntitle: Mentions\n---\n');
  });
});
