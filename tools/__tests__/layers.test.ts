import {resolve} from 'node:path';

import {ESLint} from 'eslint';
import {describe, expect, it} from 'vitest';

// The layers of docs-dev/architecture.md, as ESLint enforces them: each case
// lints one import as if written in that file, and expects the rule's verdict.
const ROOT = resolve(import.meta.dirname, '../..');
const eslint = new ESLint({cwd: ROOT});

async function restricted(file: string, specifier: string): Promise<boolean> {
  const [result] = await eslint.lintText(`import {x} from '${specifier}';\nexport const y = x;\n`, {filePath: resolve(ROOT, file)});
  return (result?.messages ?? []).some((m) => m.ruleId === 'no-restricted-imports');
}

describe('layers', {timeout: 60_000}, () => {
  it('the core (src/shared, src/config) imports neither the site nor the tools', async () => {
    expect(await restricted('src/shared/provenance/x.ts', '../../plugins/translation-provenance/types')).toBe(true);
    expect(await restricted('src/config/x.ts', '../theme/SearchBar')).toBe(true);
    expect(await restricted('src/shared/x.ts', '../../tools/shared/messageLanguage')).toBe(true);
    expect(await restricted('src/shared/x.ts', './frontMatter')).toBe(false);
    expect(await restricted('src/config/x.ts', '../shared/pageFiles')).toBe(false);
  });
  it('the site does not import the tools', async () => {
    expect(await restricted('src/plugins/x/index.ts', '../../../tools/translate')).toBe(true);
    expect(await restricted('docusaurus.config.ts', './tools/i18n-check')).toBe(true);
    expect(await restricted('src/plugins/x/index.ts', '../../shared/provenance')).toBe(false);
  });
  it('the tools do not import the site, only the core', async () => {
    expect(await restricted('tools/translate/x.ts', '../../src/plugins/matomo/tracker')).toBe(true);
    expect(await restricted('tools/hosting/x.ts', '../../src/components/LanguageSuggestion')).toBe(true);
    expect(await restricted('tools/translate/x.ts', '../../src/shared/provenance')).toBe(false);
    expect(await restricted('tools/translate/x.ts', '../../src/config/locales')).toBe(false);
  });
});
