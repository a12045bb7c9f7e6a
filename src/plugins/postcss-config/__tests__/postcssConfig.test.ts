import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type {LoadContext, PostCssOptions} from '@docusaurus/types';
import {afterEach, describe, expect, it} from 'vitest';

import postcssConfigPlugin from '../index';
import {findPostcssConfig, POSTCSS_CONFIG_NAMES} from '../findPostcssConfig-fs';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, {recursive: true, force: true});
});

/** A site folder `<tmp>/org/site` with these files (paths relative to `<tmp>`). */
function site(files: Record<string, string> = {}): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'postcss-config-'));
  made.push(root);
  const siteDir = path.join(root, 'org', 'site');
  fs.mkdirSync(siteDir, {recursive: true});
  fs.writeFileSync(path.join(siteDir, 'package.json'), '{"name": "site"}');
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, file)), {recursive: true});
    fs.writeFileSync(path.join(root, file), text);
  }
  return siteDir;
}

const configure = (siteDir: string) => {
  const plugin = postcssConfigPlugin({siteDir} as LoadContext);
  const options: PostCssOptions = {plugins: []};
  return plugin.configurePostCss?.(options);
};

describe('postcss-config', () => {
  it('turns the config file search off when the site has no PostCSS configuration, and keeps the plugins', () => {
    expect(findPostcssConfig(site())).toBeUndefined();
    expect(configure(site())).toEqual({plugins: [], config: false});
  });

  it.each(['org/site/postcss.config.js', 'org/site/.postcssrc.json', 'org/site/.config/postcssrc.yml', 'org/postcss.config.cjs'])(
    'leaves the search on when %s exists, as postcss-loader would find it',
    (file) => {
      const siteDir = site({[file]: 'module.exports = {}'});
      expect(findPostcssConfig(siteDir)).toBe(path.join(path.dirname(path.dirname(siteDir)), file));
      expect(configure(siteDir)).toEqual({plugins: []});
    },
  );

  it('counts a package.json with a postcss key, the nearest first', () => {
    const siteDir = site({'org/package.json': '{"postcss": {"plugins": {}}}'});
    expect(findPostcssConfig(siteDir)).toBe(path.join(path.dirname(siteDir), 'package.json'));
    expect(configure(siteDir)).toEqual({plugins: []});
  });

  it('looks for the names postcss-loader looks for (its loadConfig), so that no configuration is ignored', () => {
    // If this fails, postcss-loader changed the names it searches: update
    // POSTCSS_CONFIG_NAMES in src/plugins/postcss-config/findPostcssConfig-fs.ts.
    const source = fs.readFileSync(require.resolve('postcss-loader/dist/utils.js'), 'utf8');
    const places = /const searchPlaces = \[([\s\S]*?)\];/.exec(source)?.[1];
    expect(places, 'postcss-loader/dist/utils.js no longer has "const searchPlaces = [...]": re-check src/plugins/postcss-config').toBeDefined();
    const names = [...(places ?? '').matchAll(/"([^"]+)"|`([^`]+)`/g)].map((m) => (m[1] ?? m[2] ?? '').replaceAll('${moduleName}', 'postcss'));
    expect(new Set(names)).toEqual(new Set(['package.json', ...POSTCSS_CONFIG_NAMES]));
  });
});
