import {describe, expect, it} from 'vitest';

import {formatDateTexts} from '../formatDateTexts';

describe('formatDateTexts', () => {
  const noon = Date.UTC(2026, 10, 29, 12);
  const lateUtc = Date.UTC(2026, 0, 31, 23, 30);

  it('formats like the theme: day, short month, year, in UTC, in the locale', () => {
    expect(formatDateTexts([noon, lateUtc], 'fr', 'gregory')).toEqual({
      [String(lateUtc)]: '31 janv. 2026',
      [String(noon)]: '29 nov. 2026',
    });
    expect(formatDateTexts([noon], 'de', 'gregory')).toEqual({[String(noon)]: '29. Nov. 2026'});
    expect(formatDateTexts([noon], 'en', 'gregory')).toEqual({[String(noon)]: 'Nov 29, 2026'});
  });

  it("follows the locale's calendar", () => {
    expect(formatDateTexts([noon], 'en', 'japanese')[String(noon)]).toMatch(/R 8|Reiwa 8|8 Reiwa/);
  });

  it('lists each date once, oldest first, so the data is stable from build to build', () => {
    expect(Object.keys(formatDateTexts([noon, lateUtc, noon], 'fr', 'gregory'))).toEqual([String(lateUtc), String(noon)]);
  });
});
