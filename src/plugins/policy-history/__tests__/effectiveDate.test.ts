import {describe, expect, it} from 'vitest';

import {readBuildDate} from '../buildDate';
import {isIsoDay, previousDay, readChangeSummary, readEffectiveDate} from '../effectiveDate';

describe('effective_date', () => {
  it('accepts real days, as text or as the Date gray-matter makes of them', () => {
    expect(readEffectiveDate({effective_date: '2026-11-29'})).toEqual({ok: true, date: '2026-11-29'});
    expect(readEffectiveDate({effective_date: new Date('2024-02-29T00:00:00Z')})).toEqual({ok: true, date: '2024-02-29'});
    expect(readEffectiveDate({})).toEqual({ok: true, date: undefined});
  });

  it('refuses what is not a real day, quoting the value and saying the fix', () => {
    for (const bad of ['2026-02-30', '29/11/2026', '2026-11-29T10:00', 20261129]) {
      expect(isIsoDay(String(bad))).toBe(false);
      expect(readEffectiveDate({effective_date: bad}).ok).toBe(false);
    }
    expect(readEffectiveDate({effective_date: '29/11/2026'})).toMatchInlineSnapshot(`
      {
        "error": "effective_date: "29/11/2026" is not a date; write the day the version takes effect as YYYY-MM-DD, e.g. effective_date: 2026-11-29",
        "ok": false,
      }
    `);
  });

  it('reads change_summary as one line of text', () => {
    expect(readChangeSummary({change_summary: '  Durée\n réduite. '})).toBe('Durée réduite.');
    expect(readChangeSummary({change_summary: ''})).toBeUndefined();
  });

  it('knows the day before, across months and leap years', () => {
    expect(previousDay('2025-03-01')).toBe('2025-02-28');
    expect(previousDay('2024-03-01')).toBe('2024-02-29');
    expect(previousDay('2026-01-01')).toBe('2025-12-31');
  });
});

describe('BUILD_DATE', () => {
  it('is today (UTC) unless set', () => {
    expect(readBuildDate({}, new Date('2026-12-01T23:30:00Z'))).toBe('2026-12-01');
    expect(readBuildDate({BUILD_DATE: ' 2027-01-01 '})).toBe('2027-01-01');
  });

  it('names the variable and the fix when it is not a day', () => {
    expect(() => readBuildDate({BUILD_DATE: 'tomorrow'})).toThrowErrorMatchingInlineSnapshot(
      `[Error: BUILD_DATE="tomorrow" is not a date. Set it to the day the build should take as today, as YYYY-MM-DD (e.g. BUILD_DATE=2027-01-01), or leave it unset for today.]`,
    );
  });
});

describe('the plugin options', () => {
  it('apply the defaults, and name an unknown option or a wrong remarkPlugins', async () => {
    const {DEFAULT_OPTIONS, normalizeOptions} = await import('../options');
    expect(normalizeOptions({id: 'default'} as never)).toEqual(DEFAULT_OPTIONS);
    expect(() => normalizeOptions({remarkPlugin: []} as never)).toThrowErrorMatchingInlineSnapshot(
      `[Error: policy-history: unknown option "remarkPlugin"; the options are docsPath, docsPluginId, remarkPlugins, dateFormatLocales]`,
    );
    expect(() => normalizeOptions({remarkPlugins: 'remark-math'} as never)).toThrow('"remarkPlugins" must be an array');
  });
});

describe('the current effective_date of a page', () => {
  it('stops the build when it is not a real day, naming the file, the value and the fix', async () => {
    const {loadPolicyHistories} = await import('../loadPolicyHistories-fs');
    const sources = [
      {relPath: 'privacy.md', displayPath: 'docs/privacy.md', text: '---\ntitle: P\neffective_date: 2026-02-30\n---\n\nTexte.\n'},
      {relPath: 'index.md', displayPath: 'docs/index.md', text: '---\ntitle: Accueil\n---\n\nTexte.\n'},
    ];
    await expect(loadPolicyHistories({siteDir: '/nonexistent', sources, docsDir: '/nonexistent/docs'})).rejects.toThrowErrorMatchingInlineSnapshot(`
      [Error: Invalid policy front matter:
      - docs/privacy.md: effective_date: "2026-02-30" is not a date; write the day the version takes effect as YYYY-MM-DD, e.g. effective_date: 2026-11-29]
    `);
  });
});
