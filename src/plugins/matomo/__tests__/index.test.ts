import logger from '@docusaurus/logger';
import type {LoadContext} from '@docusaurus/types';
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';

import type {PluginOptions} from '../../../config/matomoEnv';

const context = {} as LoadContext;
const on: PluginOptions = {
  settings: {trackerUrl: 'https://stats.example.org/matomo.php', scriptUrl: 'https://stats.example.org/matomo.js', siteId: 3},
};

// The plugin announces its state once per build, even though Docusaurus
// loads it afresh for each locale: a fresh module and flag per test.
async function freshPlugin() {
  vi.resetModules();
  delete (globalThis as Record<symbol, unknown>)[Symbol.for('site-plugin-matomo.announced')];
  return (await import('../index')).default;
}

describe('matomoPlugin', () => {
  const nodeEnv = process.env.NODE_ENV;
  beforeEach(() => {
    process.env.NODE_ENV = 'production';
  });
  afterEach(() => {
    process.env.NODE_ENV = nodeEnv;
    vi.restoreAllMocks();
  });

  it('off: says so in one line for the whole build, and adds nothing to the bundle', async () => {
    const info = vi.spyOn(logger, 'info').mockImplementation(() => {});
    const matomoPlugin = await freshPlugin();
    const plugins = [matomoPlugin(context, {settings: null})];
    // Each further locale (en, es, it, de) loads the module again.
    for (let locale = 1; locale < 5; locale++) {
      vi.resetModules();
      plugins.push((await import('../index')).default(context, {settings: null}));
    }
    expect(info.mock.calls).toEqual([
      ['Audience measurement is off: set MATOMO_URL and MATOMO_SITE_ID to turn it on.'],
    ]);
    for (const plugin of plugins) expect(plugin.getClientModules?.()).toEqual([]);
  });

  it('on: one client module, and the settings for the browser', async () => {
    const info = vi.spyOn(logger, 'info').mockImplementation(() => {});
    const plugin = (await freshPlugin())(context, on);
    expect(info.mock.calls).toEqual([
      ['Audience measurement is on: Matomo site 3 at https://stats.example.org/matomo.php.'],
    ]);
    expect(plugin.getClientModules?.()).toEqual([expect.stringMatching(/matomo[/\\]client\.ts$/)]);
    const setGlobalData = vi.fn();
    await plugin.contentLoaded?.({content: undefined, actions: {setGlobalData} as never});
    expect(setGlobalData).toHaveBeenCalledWith({settings: on.settings});
  });

  it('development: off, whatever the environment says', async () => {
    process.env.NODE_ENV = 'development';
    const info = vi.spyOn(logger, 'info').mockImplementation(() => {});
    const plugin = (await freshPlugin())(context, on);
    expect(info.mock.calls).toEqual([['Audience measurement is off in development.']]);
    expect(plugin.getClientModules?.()).toEqual([]);
  });
});
