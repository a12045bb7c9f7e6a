import {describe, expect, it} from 'vitest';

import {readFrontMatter} from '../frontMatter';

describe('readFrontMatter', () => {
  it('reads the YAML block at the top, with CRLF line endings too', () => {
    const text = '---\r\ntitle: Privacy\r\ntranslation:\r\n  status: machine\r\n---\r\n\r\nBody\r\n';
    expect(readFrontMatter(text)).toEqual({title: 'Privacy', translation: {status: 'machine'}});
  });
  it('is empty without a block, or when a rule comes later in the page', () => {
    expect(readFrontMatter('Body\n\n---\n\ntitle: no\n---\n')).toEqual({});
  });
});
