import {join} from 'node:path';

import {describe, expect, it} from 'vitest';

import {checkSite, type SiteReport} from '../checkSite';
import {readSite} from '../readSite-fs';

const FIXTURES = join(import.meta.dirname, 'fixtures');

/** Checks a fixture site (`fixtures/<scenario>/`) and returns a compact, readable summary. */
async function check(scenario: string, locales: string[] = ['en']): Promise<string> {
  const report = checkSite(await readSite(join(FIXTURES, scenario), locales), locales);
  return summarize(report);
}

function summarize(report: SiteReport): string {
  const lines = [`ok: ${report.ok}, pages: ${report.pages.length}`];
  for (const page of report.pages) {
    for (const l of page.locales) {
      lines.push(`${l.locale} ${page.page}: ${l.status}${l.reviewed ? ' (reviewed)' : ''}${l.reviewedBy ? ` by ${l.reviewedBy}` : ''}`);
      for (const p of l.problems) lines.push(`  ${p.severity} ${p.code} ${p.file}:${p.line} ${JSON.stringify(p.params)}`);
    }
  }
  for (const u of report.uiFiles) {
    for (const p of u.problems) lines.push(`  ${p.severity} ${p.code} ${p.file}:${p.line} ${JSON.stringify(p.params)}`);
  }
  return lines.join('\n');
}

describe('page status', () => {
  it('up to date in three locales, numbers written the English, German and Spanish (NBSP) way; JSON that is not UI strings ignored', async () => {
    expect(await check('up-to-date', ['en', 'es', 'de'])).toMatchInlineSnapshot(`
      "ok: true, pages: 1
      en guide.md: up-to-date
      es guide.md: up-to-date
      de guide.md: up-to-date"
    `);
  });

  it('stale: the French changed after the translation', async () => {
    expect(await check('stale')).toMatchInlineSnapshot(`
      "ok: false, pages: 1
      en guide.md: stale
        error translation-stale i18n/en/docusaurus-plugin-content-docs/current/guide.md:6 {"locale":"en","source":"docs/guide.md","found":"fd3abb3d7513cf93","expected":"528678e9f1c07dfe","kind":"machine"}"
    `);
  });

  it('missing: no translation file', async () => {
    expect(await check('missing')).toMatchInlineSnapshot(`
      "ok: false, pages: 1
      en guide.md: missing
        error translation-missing i18n/en/docusaurus-plugin-content-docs/current/guide.md:1 {"locale":"en","source":"docs/guide.md"}"
    `);
  });

  it('orphan: a translation without French source, one entry for both locales it is left in', async () => {
    expect(await check('orphan', ['en', 'de'])).toMatchInlineSnapshot(`
      "ok: false, pages: 2
      en guide.md: up-to-date
      de guide.md: up-to-date
      en old-page.md: orphan
        error translation-orphan i18n/en/docusaurus-plugin-content-docs/current/old-page.md:1 {"locale":"en","source":"docs/old-page.md"}
      de old-page.md: orphan
        error translation-orphan i18n/de/docusaurus-plugin-content-docs/current/old-page.md:1 {"locale":"de","source":"docs/old-page.md"}"
    `);
  });

  it('reviewed: checked by a person, French unchanged', async () => {
    expect(await check('reviewed')).toMatchInlineSnapshot(`
      "ok: true, pages: 1
      en guide.md: reviewed (reviewed) by Jeanne Dupont"
    `);
  });

  it('reviewed but stale: the French changed after the review', async () => {
    expect(await check('reviewed-stale')).toMatchInlineSnapshot(`
      "ok: false, pages: 1
      en guide.md: stale (reviewed) by Jeanne Dupont
        error translation-stale i18n/en/docusaurus-plugin-content-docs/current/guide.md:6 {"locale":"en","source":"docs/guide.md","found":"fd3abb3d7513cf93","expected":"528678e9f1c07dfe","kind":"reviewed"}"
    `);
  });

  it('French source that does not parse: reported once, on the French file, for all locales', async () => {
    expect(await check('source-parse-error', ['en', 'de'])).toMatchInlineSnapshot(`
      "ok: false, pages: 1
      en guide.md: stale
        error source-parse-error docs/guide.md:41 {"reason":"Could not parse expression with acorn","column":8}
        error translation-stale i18n/en/docusaurus-plugin-content-docs/current/guide.md:6 {"locale":"en","source":"docs/guide.md","found":"528678e9f1c07dfe","expected":"fae09f971ac55f46","kind":"machine"}
      de guide.md: up-to-date"
    `);
  });

  it('invalid provenance: each bad field named and quoted', async () => {
    expect(await check('invalid-provenance')).toMatchInlineSnapshot(`
      "ok: false, pages: 1
      en guide.md: invalid
        error provenance-invalid i18n/en/docusaurus-plugin-content-docs/current/guide.md:6 {"reason":"translation.status: \\"machin\\" must be \\"machine\\" (produced by a translation engine) or \\"reviewed\\" (checked by a person)"}
        error provenance-invalid i18n/en/docusaurus-plugin-content-docs/current/guide.md:6 {"reason":"translation.source_hash: \\"not-a-hash\\" must be 16 lowercase hex digits"}"
    `);
  });
});

describe('invariants: each fixture is `up-to-date` with one thing broken in the English page or code.json', () => {
  it('code-block-changed: code block: a French comment translated', async () => {
    expect(await check('code-block-changed')).toMatchInlineSnapshot(`
      "ok: false, pages: 1
      en guide.md: up-to-date
        error code-block-changed i18n/en/docusaurus-plugin-content-docs/current/guide.md:17 {"kind":"changed","expected":"# Installe les dépendances npm ci","found":"# Installs the dependencies npm ci","sourceLine":12}"
    `);
  });

  it('inline-code-changed: inline code: `npm ci` became `npm install`', async () => {
    expect(await check('inline-code-changed')).toMatchInlineSnapshot(`
      "ok: false, pages: 1
      en guide.md: up-to-date
        error inline-code-changed i18n/en/docusaurus-plugin-content-docs/current/guide.md:15 {"kind":"changed","expected":"npm ci","found":"npm install","sourceLine":10}"
    `);
  });

  it('link-target-changed: link target renamed', async () => {
    expect(await check('link-target-changed')).toMatchInlineSnapshot(`
      "ok: false, pages: 1
      en guide.md: up-to-date
        error link-target-changed i18n/en/docusaurus-plugin-content-docs/current/guide.md:15 {"kind":"changed","expected":"./privacy.md#context","found":"./privacy-policy.md#context","sourceLine":10}"
    `);
  });

  it('image-path-changed: image path localised', async () => {
    expect(await check('image-path-changed')).toMatchInlineSnapshot(`
      "ok: false, pages: 1
      en guide.md: up-to-date
        error image-path-changed i18n/en/docusaurus-plugin-content-docs/current/guide.md:22 {"kind":"changed","expected":"/img/logo.svg","found":"/img/logo-en.svg","sourceLine":17}"
    `);
  });

  it('heading-id-changed: heading id translated', async () => {
    expect(await check('heading-id-changed')).toMatchInlineSnapshot(`
      "ok: false, pages: 1
      en guide.md: up-to-date
        error heading-id-changed i18n/en/docusaurus-plugin-content-docs/current/guide.md:24 {"kind":"changed","expected":"contacts","found":"capital-and-contacts","sourceLine":19}"
    `);
  });

  it('heading-level-changed: ### became ##', async () => {
    expect(await check('heading-level-changed')).toMatchInlineSnapshot(`
      "ok: false, pages: 1
      en guide.md: up-to-date
        error heading-levels-changed i18n/en/docusaurus-plugin-content-docs/current/guide.md:24 {"kind":"changed","expected":"###","found":"##","sourceLine":19}"
    `);
  });

  it('number-changed: 13 174 890 became 13,174,980', async () => {
    expect(await check('number-changed')).toMatchInlineSnapshot(`
      "ok: false, pages: 1
      en guide.md: up-to-date
        error number-changed i18n/en/docusaurus-plugin-content-docs/current/guide.md:26 {"kind":"changed","expected":"13 174 890","found":"13,174,980","sourceLine":21}"
    `);
  });

  it('email-changed: e-mail address altered', async () => {
    expect(await check('email-changed')).toMatchInlineSnapshot(`
      "ok: false, pages: 1
      en guide.md: up-to-date
        error email-changed i18n/en/docusaurus-plugin-content-docs/current/guide.md:28 {"kind":"changed","expected":"contact@cloud-temple.com","found":"contact@cloudtemple.com","sourceLine":23}"
    `);
  });

  it('phone-changed: phone number reformatted to +33', async () => {
    expect(await check('phone-changed')).toMatchInlineSnapshot(`
      "ok: false, pages: 1
      en guide.md: up-to-date
        error phone-changed i18n/en/docusaurus-plugin-content-docs/current/guide.md:28 {"kind":"changed","expected":"01 41 91 77 77","found":"+33 1 41 91 77 77","sourceLine":23}"
    `);
  });

  it('url-changed: URL localised', async () => {
    expect(await check('url-changed')).toMatchInlineSnapshot(`
      "ok: false, pages: 1
      en guide.md: up-to-date
        error url-changed i18n/en/docusaurus-plugin-content-docs/current/guide.md:28 {"kind":"changed","expected":"https://docs.cloud-temple.com/guide","found":"https://docs.cloud-temple.com/en/guide","sourceLine":23}"
    `);
  });

  it('list-shape-changed: two nested items merged into one', async () => {
    expect(await check('list-shape-changed')).toMatchInlineSnapshot(`
      "ok: false, pages: 1
      en guide.md: up-to-date
        error list-shape-changed i18n/en/docusaurus-plugin-content-docs/current/guide.md:30 {"kind":"changed","expected":"ul×2[2:ul×2]","found":"ul×2[2:ul×1]","sourceLine":25}"
    `);
  });

  it('table-shape-changed: a table row dropped', async () => {
    expect(await check('table-shape-changed')).toMatchInlineSnapshot(`
      "ok: false, pages: 1
      en guide.md: up-to-date
        error number-changed i18n/en/docusaurus-plugin-content-docs/current/guide.md:35 {"kind":"missing","expected":"1","sourceLine":33}
        error table-shape-changed i18n/en/docusaurus-plugin-content-docs/current/guide.md:35 {"kind":"changed","expected":"3×2","found":"2×2","sourceLine":30}"
    `);
  });

  it('admonition-changed: :::warning became :::note', async () => {
    expect(await check('admonition-changed')).toMatchInlineSnapshot(`
      "ok: false, pages: 1
      en guide.md: up-to-date
        error admonition-changed i18n/en/docusaurus-plugin-content-docs/current/guide.md:40 {"kind":"changed","expected":"warning","found":"note","sourceLine":35}"
    `);
  });

  it('mdx-component-dropped: <AnalyticsOptOut /> dropped', async () => {
    expect(await check('mdx-component-dropped')).toMatchInlineSnapshot(`
      "ok: false, pages: 1
      en guide.md: up-to-date
        error mdx-component-changed i18n/en/docusaurus-plugin-content-docs/current/guide.md:40 {"kind":"missing","expected":"AnalyticsOptOut","sourceLine":39}"
    `);
  });

  it('front-matter-changed: slug changed, a key dropped, a key added', async () => {
    expect(await check('front-matter-changed')).toMatchInlineSnapshot(`
      "ok: false, pages: 1
      en guide.md: up-to-date
        error front-matter-keys-changed i18n/en/docusaurus-plugin-content-docs/current/guide.md:1 {"kind":"missing","expected":"sidebar_position"}
        error front-matter-value-changed i18n/en/docusaurus-plugin-content-docs/current/guide.md:4 {"key":"slug","expected":"\\"/guide\\"","found":"\\"/en-guide\\""}
        error front-matter-keys-changed i18n/en/docusaurus-plugin-content-docs/current/guide.md:5 {"kind":"extra","found":"keywords"}"
    `);
  });

  it('parse-error: text the MDX parser refuses, with line and column', async () => {
    expect(await check('parse-error')).toMatchInlineSnapshot(`
      "ok: false, pages: 1
      en guide.md: up-to-date
        error parse-error i18n/en/docusaurus-plugin-content-docs/current/guide.md:41 {"reason":"Could not parse expression with acorn","column":28}"
    `);
  });

  it('ui-key-missing: code.json lost a key', async () => {
    expect(await check('ui-key-missing')).toMatchInlineSnapshot(`
      "ok: false, pages: 1
      en guide.md: up-to-date
        error ui-key-missing i18n/en/code.json:1 {"key":"notice.machine.title","sourceFile":"i18n/fr/code.json"}"
    `);
  });

  it('ui-placeholder-changed: code.json placeholder translated', async () => {
    expect(await check('ui-placeholder-changed')).toMatchInlineSnapshot(`
      "ok: false, pages: 1
      en guide.md: up-to-date
        error ui-placeholder-changed i18n/en/code.json:6 {"key":"notice.machine.body","expected":"{date} {link}","found":"{datum} {link}"}"
    `);
  });

  it('wrong-language: a paragraph left in French: a warning, the run still passes', async () => {
    expect(await check('wrong-language')).toMatchInlineSnapshot(`
      "ok: true, pages: 1
      en guide.md: up-to-date
        warning wrong-language i18n/en/docusaurus-plugin-content-docs/current/guide.md:26 {"expected":"en","found":"fr","excerpt":"Le capital social est de 13 174 890 euros et la taille maxi…"}"
    `);
  });
});

describe('damage a provider does to the prose: each fixture is `real-excerpt` with one damaged English block', () => {
  it('real-excerpt: an excerpt of the site privacy page and its committed English passes every check', async () => {
    expect(await check('real-excerpt')).toMatchInlineSnapshot(`
      "ok: true, pages: 1
      en privacy.md: up-to-date"
    `);
  });

  it('truncated-with-period: a paragraph cut in half that ends with ".", a list item cut that ends with ";"', async () => {
    expect(await check('truncated-with-period')).toMatchInlineSnapshot(`
      "ok: false, pages: 1
      en privacy.md: up-to-date
        error text-truncated i18n/en/docusaurus-plugin-content-docs/current/privacy.md:18 {"kind":"sentence","ending":"…ws, maintains and improves the process.","missing":"les mesures relatifs au traitement des données et…"}
        error text-truncated i18n/en/docusaurus-plugin-content-docs/current/privacy.md:30 {"kind":"sentence","ending":"…out parameters or fragment), its title;","missing":"son titre, la page précédente de ce même site (ja…"}"
    `);
  });

  it('sentence-added: a sentence the French does not have', async () => {
    expect(await check('sentence-added')).toMatchInlineSnapshot(`
      "ok: false, pages: 1
      en privacy.md: up-to-date
        error sentence-count-changed i18n/en/docusaurus-plugin-content-docs/current/privacy.md:52 {"kind":"more","expected":3,"found":4}"
    `);
  });

  it('text-repeated: the whole paragraph said twice', async () => {
    expect(await check('text-repeated')).toMatchInlineSnapshot(`
      "ok: false, pages: 1
      en privacy.md: up-to-date
        error text-repeated i18n/en/docusaurus-plugin-content-docs/current/privacy.md:22 {"kind":"whole","excerpt":"the privacy of individuals will always be respected","count":2}"
    `);
  });

  it('preamble: "Here is the translation:" before the text', async () => {
    expect(await check('preamble')).toMatchInlineSnapshot(`
      "ok: false, pages: 1
      en privacy.md: up-to-date
        error model-chatter i18n/en/docusaurus-plugin-content-docs/current/privacy.md:14 {"kind":"preamble","excerpt":"Here is the translation: The purpose of the data protection…"}"
    `);
  });

  it('thinking-tags: reasoning in <thinking> tags, as the translate command escapes them', async () => {
    expect(await check('thinking-tags')).toMatchInlineSnapshot(`
      "ok: false, pages: 1
      en privacy.md: up-to-date
        error model-chatter i18n/en/docusaurus-plugin-content-docs/current/privacy.md:22 {"kind":"reasoning","excerpt":"<thinking>The user wants British English, formal register.<…"}"
    `);
  });

  it('apology: a refusal instead of the text', async () => {
    expect(await check('apology')).toMatchInlineSnapshot(`
      "ok: false, pages: 1
      en privacy.md: up-to-date
        error model-chatter i18n/en/docusaurus-plugin-content-docs/current/privacy.md:22 {"kind":"apology","excerpt":"I'm sorry, but I can't translate this sentence."}"
    `);
  });

  it('segments-swapped: a list item has the next paragraph text, the paragraph the item text', async () => {
    expect(await check('segments-swapped')).toMatchInlineSnapshot(`
      "ok: false, pages: 1
      en privacy.md: up-to-date
        error implausible-for-kind i18n/en/docusaurus-plugin-content-docs/current/privacy.md:31 {"kind":"punctuation","segment":"paragraph","expected":"semicolon","found":"period"}
        error length-ratio i18n/en/docusaurus-plugin-content-docs/current/privacy.md:31 {"kind":"long","ratio":"3.98","min":"0.65","max":"1.40","found":286,"expected":42}
        error sentence-count-changed i18n/en/docusaurus-plugin-content-docs/current/privacy.md:31 {"kind":"more","expected":1,"found":2}
        error implausible-for-kind i18n/en/docusaurus-plugin-content-docs/current/privacy.md:46 {"kind":"punctuation","segment":"paragraph","expected":"period","found":"semicolon"}
        error length-ratio i18n/en/docusaurus-plugin-content-docs/current/privacy.md:46 {"kind":"short","ratio":"0.24","min":"0.65","max":"1.40","found":33,"expected":260}
        error sentence-count-changed i18n/en/docusaurus-plugin-content-docs/current/privacy.md:46 {"kind":"fewer","expected":2,"found":1}"
    `);
  });

  it('blockquote-injected: "> " at the start of a line inside a paragraph', async () => {
    expect(await check('blockquote-injected')).toMatchInlineSnapshot(`
      "ok: false, pages: 1
      en privacy.md: up-to-date
        error block-construct-changed i18n/en/docusaurus-plugin-content-docs/current/privacy.md:53 {"kind":"extra","found":"blockquote"}"
    `);
  });

  it('thematic-break-injected: "***" on a line inside a paragraph', async () => {
    expect(await check('thematic-break-injected')).toMatchInlineSnapshot(`
      "ok: false, pages: 1
      en privacy.md: up-to-date
        error block-construct-changed i18n/en/docusaurus-plugin-content-docs/current/privacy.md:15 {"kind":"extra","found":"thematicBreak"}"
    `);
  });

  it('length-out-of-bounds: an explanation added inside a list item', async () => {
    expect(await check('length-out-of-bounds')).toMatchInlineSnapshot(`
      "ok: false, pages: 1
      en privacy.md: up-to-date
        error length-ratio i18n/en/docusaurus-plugin-content-docs/current/privacy.md:31 {"kind":"long","ratio":"2.56","min":"0.65","max":"1.40","found":170,"expected":42}"
    `);
  });
});
