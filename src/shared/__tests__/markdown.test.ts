import {describe, expect, it} from 'vitest';

import {parseMarkdown} from '../markdown';

describe('parseMarkdown', () => {
  it('reads front matter, heading ids, admonitions, tables and math with offsets', () => {
    const text = [
      '---',
      'title: Essai',
      '---',
      '',
      '## Contexte {/* #context */}',
      '',
      ':::note[Attention]',
      'Texte $x^2$.',
      ':::',
      '',
      '| a | b |',
      '|---|---|',
      '| 1 | 2 |',
      '',
    ].join('\n');
    const tree = parseMarkdown(text);
    expect(tree.children.map((n) => n.type)).toEqual(['yaml', 'heading', 'containerDirective', 'table']);
    const heading = tree.children[1];
    expect(text.slice(heading?.position?.start.offset, heading?.position?.end.offset)).toBe(
      '## Contexte {/* #context */}',
    );
  });

  it('throws with a position on MDX the site would refuse', () => {
    let error: unknown;
    try {
      parseMarkdown('Texte\n\nFin {#context}\n');
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({line: 3, message: 'Could not parse expression with acorn'});
  });
});
