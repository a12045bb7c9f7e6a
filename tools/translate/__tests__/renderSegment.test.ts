import {describe, expect, it} from 'vitest';

import {parseMarkdown} from '../../../src/shared/markdown';
import {renderPage} from '../segmenting/renderPage';
import {renderSegment} from '../segmenting/renderSegment';
import {segmentPage} from '../segmenting/segmentPage';
import {escapeXml} from '../segmenting/taggedText';

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

describe('titles and attributes nested in markup', () => {
  // Each translation goes into the nested segment (title or attribute), the sentence around stays French.
  const translateNested = (page: string, text: string) => {
    const segments = segmentPage(page);
    return renderPage(page, segments, segments.map((s) => (s.kind === 'title' || s.kind === 'attribute' ? escapeXml(text) : s.tagged)));
  };
  const titles = (page: string) => {
    const found: string[] = [];
    const walk = (node: {type: string; title?: string | null; children?: unknown[]}) => {
      if (node.title) found.push(node.title);
      for (const child of node.children ?? []) walk(child as typeof node);
    };
    walk(parseMarkdown(page));
    return found;
  };
  // Quotes, parentheses, a backslash, and what would read as character references.
  const tricky = ['The "right" title', "It's (really) \\ here", 'Fish & chips &copy;2026 &amp;'];

  it.each(['"Titre"', "'Titre'", '(Titre)'])('a title delimited by %s reads back as its translation, whatever it holds', (delimited) => {
    for (const text of tricky) {
      const written = translateNested(`Voir [ceci](./a.md ${delimited}) et ![image](i.png ${delimited}).\n\n[ref]: ./b.md ${delimited}\n`, text);
      expect(titles(written)).toEqual(Array(3).fill(text));
      expect(written.startsWith('Voir [ceci](./a.md ')).toBe(true);
    }
  });

  it('an attribute value stays a valid JSX string, or becomes a string expression', () => {
    const page = 'Le <abbr title="Titre">X</abbr> ici.\n';
    const value = (text: string) => {
      const paragraph = parseMarkdown(translateNested(page, text)).children[0] as {children: Array<{attributes?: Array<{value: unknown}>}>};
      const attribute = paragraph.children[1]?.attributes?.[0]?.value;
      return typeof attribute === 'string' ? attribute : JSON.parse((attribute as {value: string}).value);
    };
    expect(translateNested(page, 'Say "hi"')).toBe(`Le <abbr title='Say "hi"'>X</abbr> ici.\n`);
    expect(translateNested(page, `Say "hi", it's ok`)).toBe(`Le <abbr title={"Say \\"hi\\", it's ok"}>X</abbr> ici.\n`);
    for (const text of ['Say "hi"', `Say "hi", it's ok`, 'Fish & chips &copy;2026 &amp;']) expect(value(text)).toBe(text);
  });
});
