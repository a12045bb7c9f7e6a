import {describe, expect, it} from 'vitest';

import {addModuleOrigins, parseRegistry} from '../routeChunkOrigins';

const REGISTRY = `export default {
  "17896441": [() => import(/* webpackChunkName: "17896441" */ "@theme/DocItem"), "@theme/DocItem", require.resolveWeak("@theme/DocItem")],
  "a7bd4aaa": [() => import(/* webpackChunkName: "a7bd4aaa" */ "@site/docs/privacy.md"), "@site/docs/privacy.md", require.resolveWeak("@site/docs/privacy.md")],
  "ffffffff": [() => import(/* webpackChunkName: "ffffffff" */ "@theme/Unknown"), "@theme/Unknown", require.resolveWeak("@theme/Unknown")],};
`;

describe('routeChunkOrigins', () => {
  it('reads chunk and module names from the generated registry', () => {
    expect([...parseRegistry(REGISTRY)]).toEqual([
      ['17896441', '@theme/DocItem'],
      ['a7bd4aaa', '@site/docs/privacy.md'],
      ['ffffffff', '@theme/Unknown'],
    ]);
  });

  it('keys the chunks by module name too, for the chunks the manifest knows', () => {
    const manifest = {entrypoints: ['main'], origins: {main: ['main'], '17896441': [769, '17896441'], a7bd4aaa: ['a7bd4aaa']}, assets: {}};
    const {manifest: fixed, added} = addModuleOrigins(manifest, REGISTRY);
    expect(added).toBe(2);
    expect(fixed.origins).toEqual({
      ...manifest.origins,
      '@theme/DocItem': [769, '17896441'],
      '@site/docs/privacy.md': ['a7bd4aaa'],
    });
    expect(manifest.origins).not.toHaveProperty('@theme/DocItem');
  });

  it('adds nothing when the registry format is not recognised', () => {
    expect(addModuleOrigins({entrypoints: [], origins: {a: ['a']}, assets: {}}, 'export default {a: 1};').added).toBe(0);
  });
});
