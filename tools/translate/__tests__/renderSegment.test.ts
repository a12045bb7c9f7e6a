import {describe, expect, it} from 'vitest';

import {renderSegment} from '../renderSegment';
import {segmentPage} from '../segmentPage';

const first = (text: string, kind = 'paragraph') => {
  const segment = segmentPage(text).find((s) => s.kind === kind);
  if (!segment) throw new Error(`no ${kind}`);
  return segment;
};

describe('renderSegment', () => {
  it('continues a multi-line translation with the container’s prefix', () => {
    const list = '- Premier point\n  sur deux lignes.\n';
    expect(renderSegment(list, first(list), 'First point\nover two lines.')).toBe('First point\n  over two lines.');
    const quote = '> Une citation\n> en deux.\n';
    expect(renderSegment(quote, first(quote), 'A quote\nin two.')).toBe('A quote\n> in two.');
    const crlf = '- Un\r\n  deux.\r\n';
    expect(renderSegment(crlf, first(crlf), 'One\ntwo.')).toBe('One\r\n  two.');
  });
  it('escapes what MDX, tables and labels would read as syntax', () => {
    const text = 'Texte simple.\n';
    expect(renderSegment(text, first(text), 'Use {braces} &lt;here&gt;.')).toBe('Use \\{braces\\} \\<here>.');
    expect(renderSegment(text, first(text), '1. Not a list.')).toBe('1\\. Not a list.');
    expect(renderSegment(text, first(text), '# Not a heading.')).toBe('\\# Not a heading.');
    const table = '| a |\n|---|\n| Oui ou non |\n';
    expect(renderSegment(table, segmentPage(table)[1]!, 'Yes | no')).toBe('Yes \\| no');
  });
  it('quotes attributes and YAML values only as needed', () => {
    const mdx = '<Card title="Titre">\n\nX.\n\n</Card>\n';
    expect(renderSegment(mdx, first(mdx, 'attribute'), 'The "best" title')).toBe('\'The "best" title\'');
    const yaml = '---\ntitle: Titre\n---\n';
    expect(renderSegment(yaml, first(yaml, 'frontMatter'), 'Title')).toBe('Title');
    expect(renderSegment(yaml, first(yaml, 'frontMatter'), 'Privacy: summary')).toBe('"Privacy: summary"');
  });
});
