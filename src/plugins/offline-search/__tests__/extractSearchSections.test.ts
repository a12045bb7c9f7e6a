import {describe, expect, it} from 'vitest';

import {contentPart, extractSearchSections} from '../extractSearchSections';

// The shape of a built doc page: navbar and breadcrumbs outside the Markdown,
// permalinks inside the headings.
const PAGE = `<html><body><nav class="navbar">Menu Accueil</nav>
<article><nav class="theme-doc-breadcrumbs">Fil</nav>
<div class="theme-doc-markdown markdown"><header><h1>Politique de confidentialité</h1></header>
<p>Avant-propos.</p>
<h2 class="anchor" id="context">Contexte<a href="#context" class="hash-link" aria-label="Lien direct">&#8203;</a></h2>
<p>La vie privée</p><ul><li>sera <strong>toujours</strong> respectée.</li><li>Deuxième</li></ul>
<h3 id="details">Détails</h3><p>Plus</p>
</div></article><footer class="footer">Pied</footer></body></html>`;

describe('extractSearchSections', () => {
  it('splits the Markdown content at h2/h3, with anchors and without chrome', () => {
    expect(extractSearchSections(PAGE, '/privacy')).toEqual([
      {url: '/privacy', pageTitle: 'Politique de confidentialité', heading: 'Politique de confidentialité', text: 'Avant-propos.'},
      {
        url: '/privacy#context',
        pageTitle: 'Politique de confidentialité',
        heading: 'Contexte',
        text: 'La vie privée sera toujours respectée. Deuxième',
      },
      {url: '/privacy#details', pageTitle: 'Politique de confidentialité', heading: 'Détails', text: 'Plus'},
    ]);
  });

  it('returns nothing for a page without Markdown content', () => {
    expect(extractSearchSections('<html><body><h1>404</h1></body></html>', '/404')).toEqual([]);
  });

  it('reads the same sections from the content alone as from the whole page, an <article> inside the content included', () => {
    const nested = PAGE.replace('<p>Plus</p>', '<article><p>Plus</p></article><p>Encore</p>').replace('<nav class="navbar">', '<nav class="navbar"><div class="menu">Barre</div>');
    for (const page of [PAGE, nested]) {
      expect(contentPart(page).startsWith('<div class="theme-doc-markdown markdown">')).toBe(true);
      expect(contentPart(page)).not.toContain('Menu Accueil');
    }
    expect(extractSearchSections(nested, '/privacy').at(-1)?.text).toBe('Plus Encore');
    // Minified pages drop the quotes of one-word classes.
    expect(contentPart('<nav>x</nav><article><div class=theme-doc-markdown><h1>T</h1></div></article>')).toBe('<div class=theme-doc-markdown><h1>T</h1></div>');
    expect(contentPart('<html><body><h1>404</h1></body></html>')).toBe('<html><body><h1>404</h1></body></html>');
  });
});
