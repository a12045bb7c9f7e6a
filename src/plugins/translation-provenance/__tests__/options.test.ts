import {describe, expect, it} from 'vitest';

import {DEFAULT_OPTIONS, normalizeOptions} from '../options';

describe('normalizeOptions', () => {
  it('applies the defaults and accepts the id Docusaurus adds', () => {
    expect(normalizeOptions(undefined)).toEqual(DEFAULT_OPTIONS);
    expect(normalizeOptions({docsPath: 'pages', id: 'default'} as never)).toEqual({...DEFAULT_OPTIONS, docsPath: 'pages'});
  });
  it('names an unknown option and lists the known ones', () => {
    expect(() => normalizeOptions({docPath: 'docs'} as never)).toThrowErrorMatchingInlineSnapshot(`[Error: translation-provenance: unknown option "docPath"; the options are docsPath, docsPluginId, shownText]`);
  });
});
