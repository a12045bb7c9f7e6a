import {describe, expect, it} from 'vitest';

import {sourceEditUrl, readEditUrl} from '../editUrl';

describe('readEditUrl', () => {
  it('is off when unset or blank', () => {
    expect(readEditUrl({})).toBeUndefined();
    expect(readEditUrl({EDIT_URL: '  '})).toBeUndefined();
    // site.config.ts's editUrl when EDIT_URL is unset; EDIT_URL wins over it.
    expect(readEditUrl({}, 'https://git.example.org/o/s/edit/main/')).toBe('https://git.example.org/o/s/edit/main/');
    expect(readEditUrl({EDIT_URL: 'https://github.com/org/site/edit/dev/'}, 'https://git.example.org/o/s/edit/main/')).toBe('https://github.com/org/site/edit/dev/');
  });

  it('keeps the path and adds the trailing slash', () => {
    expect(readEditUrl({EDIT_URL: 'https://github.com/org/site/edit/main'})).toBe(
      'https://github.com/org/site/edit/main/',
    );
  });

  it('names the variable, quotes the value and says the fix', () => {
    expect(() => readEditUrl({EDIT_URL: 'github.com/org/site'})).toThrowErrorMatchingInlineSnapshot(
      `[Error: EDIT_URL="github.com/org/site" is not a URL. Set it to the repository's edit URL of the branch, e.g. EDIT_URL=https://github.com/org/site/edit/main/ (or leave it unset: no "Edit this page" link).]`,
    );
    expect(() => readEditUrl({EDIT_URL: 'ftp://example.org/x'})).toThrow(
      'EDIT_URL="ftp://example.org/x" must start with https:// or http://.',
    );
    expect(() => readEditUrl({EDIT_URL: 'https://example.org/edit/?ref=main'})).toThrow(
      'EDIT_URL="https://example.org/edit/?ref=main" must not have a query or fragment: the file\'s path is appended to it, e.g. EDIT_URL=https://example.org/edit/',
    );
    const withToken = () => readEditUrl({EDIT_URL: 'https://bot:s3cret@example.org/edit/main/'});
    expect(withToken).toThrow(
      'EDIT_URL="https://***@example.org/edit/main/" contains a user name or password, which every page\'s "Edit this page" link would publish. Remove it: EDIT_URL=https://example.org/edit/main/',
    );
    expect(withToken).not.toThrow(/s3cret/);
  });
});

describe('sourceEditUrl', () => {
  it('points at the French source file, whatever the locale', () => {
    const editUrl = sourceEditUrl('https://github.com/org/site/edit/main/');
    expect(editUrl({versionDocsDirPath: 'docs', docPath: 'privacy.md'})).toBe(
      'https://github.com/org/site/edit/main/docs/privacy.md',
    );
  });
});
