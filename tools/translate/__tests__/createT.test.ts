import {describe, expect, it} from 'vitest';

import {pickLanguage} from '../../i18n-check/createTranslator';
import {createT} from '../cli/createT';
import en from '../cli/messages/en.json';
import fr from '../cli/messages/fr.json';

describe('messages', () => {
  it('follow LANG, LC_ALL and LC_MESSAGES', () => {
    expect(pickLanguage(undefined, {LANG: 'fr_FR.UTF-8'})).toBe('fr');
    expect(pickLanguage(undefined, {LANG: 'fr'})).toBe('fr');
    expect(pickLanguage(undefined, {LANG: 'fr_FR.UTF-8', LC_ALL: 'C'})).toBe('en');
    expect(pickLanguage(undefined, {LANG: 'frisian'})).toBe('en');
    expect(pickLanguage(undefined, {})).toBe('en');
  });
  it('exist in both languages with the same placeholders', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
    const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const [key, text] of Object.entries(en)) expect(placeholders(fr[key as keyof typeof fr]), key).toEqual(placeholders(text));
  });
  it('fall back to English in a language we have no messages for (a site whose languages are others)', async () => {
    expect(pickLanguage(undefined, {LANG: 'de_DE.UTF-8'})).toBe('en');
    expect(pickLanguage('pt-BR', {})).toBe('en');
    const t = await createT('de');
    expect(t('failed', {target: 'x.md'})).toBe(en.failed.replace('{{target}}', 'x.md'));
  });
  it('interpolate through i18next', async () => {
    const t = await createT('fr');
    expect(t('failed', {target: 'x.md'})).toBe('ÉCHEC : x.md (traduction précédente conservée)');
  });
});
