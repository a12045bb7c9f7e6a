import {join} from 'node:path';

import {describe, expect, it} from 'vitest';

import {TARGET_LOCALES} from '../../../src/config/locales';
import {readSite} from '../../i18n-check';
import {checkSegment, type SegmentProblemCode} from '../providers/checkSegment';
import {readGlossary} from '../segmenting/readGlossary';
import {createSegmenter} from '../segmenting/segmentWithGlossary';
import {collapseWhitespace} from '../segmenting/taggedText';

const ROOT = join(import.meta.dirname, '../../..');

/** The gate's checks of what travels in the tagged form; the rest are `compareProse`'s. */
const TAGGED_FORM: ReadonlySet<SegmentProblemCode> = new Set(['empty', 'tags', 'numbers', 'emails', 'urls']);

describe('the committed translations, segment by segment', () => {
  it('trip none of the prose checks the translate gate runs on each answer', async () => {
    const site = await readSite(ROOT, TARGET_LOCALES);
    const segmenter = createSegmenter(readGlossary(join(ROOT, 'i18n/glossary.yaml'), TARGET_LOCALES));
    const flagged: string[] = [];
    let checked = 0;
    for (const locale of TARGET_LOCALES) {
      const segmentFor = segmenter(locale);
      for (const [page, french] of site.docs) {
        const translation = site.translations.get(locale)?.get(page);
        if (translation === undefined) continue;
        const source = segmentFor(french, 'source');
        const target = segmentFor(translation, 'target');
        // The translation keeps the French structure (i18n:check's shape checks say so): pair in order.
        expect(target.map((s) => s.kind), `${locale} ${page}`).toEqual(source.map((s) => s.kind));
        source.forEach((fr, i) => {
          const tr = target[i];
          if (!tr) return;
          checked++;
          // A lost glossary tag is the tagged form's business (docs-dev/translation.md: one committed paragraph lost one).
          const problems = checkSegment(collapseWhitespace(fr.tagged), tr.tagged, {locale, kind: fr.kind}).filter((p) => !TAGGED_FORM.has(p.code));
          for (const p of problems) flagged.push(`${locale} ${page} "${fr.tagged.slice(0, 40)}": ${p.code} (${p.detail})`);
        });
      }
    }
    expect(checked).toBeGreaterThan(0);
    expect(flagged).toEqual([]);
  });

  it('nor do the committed UI strings, message by message', async () => {
    const site = await readSite(ROOT, TARGET_LOCALES);
    const messages = (text: string | undefined): Record<string, {message?: unknown}> => (text === undefined ? {} : (JSON.parse(text) as Record<string, {message?: unknown}>));
    const flagged: string[] = [];
    let checked = 0;
    for (const locale of TARGET_LOCALES) {
      for (const [file, text] of site.ui.get('fr') ?? []) {
        const translated = messages(site.ui.get(locale)?.get(file));
        for (const [id, {message}] of Object.entries(messages(text))) {
          const answer = translated[id]?.message;
          if (typeof message !== 'string' || typeof answer !== 'string') continue;
          checked++;
          for (const p of checkSegment(message, answer, {locale}).filter((p) => !TAGGED_FORM.has(p.code))) flagged.push(`${locale} ${file} ${id}: ${p.code} (${p.detail})`);
        }
      }
    }
    expect(checked).toBeGreaterThan(0);
    expect(flagged).toEqual([]);
  });
});
