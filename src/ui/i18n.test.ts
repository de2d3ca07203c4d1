import { describe, expect, it } from 'vitest';
import { MESSAGES, levelName, levelPlural, t } from './i18n';

describe('i18n dictionary', () => {
  const keys = Object.keys(MESSAGES.de).sort();

  it('has the same keys in German and English, none empty', () => {
    expect(Object.keys(MESSAGES.en).sort()).toEqual(keys);
    for (const lang of ['de', 'en'] as const) {
      for (const key of keys) expect(MESSAGES[lang][key as keyof typeof MESSAGES.de].trim()).not.toBe('');
    }
  });

  it('uses the same placeholders in both languages', () => {
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of keys) {
      const k = key as keyof typeof MESSAGES.de;
      expect(names(MESSAGES.en[k]), key).toEqual(names(MESSAGES.de[k]));
    }
  });

  it('carries the mandatory demo and attribution texts', () => {
    expect(t('de', 'demoBadge')).toBe('Synthetische Demodaten');
    expect(t('en', 'demoBadge')).toBe('Synthetic demo data');
    expect(t('de', 'attribution')).toContain('© GeoBasis-DE / BKG 2017 (dl-de/by-2-0)');
    expect(t('en', 'attribution')).toContain('© GeoBasis-DE / BKG 2017 (dl-de/by-2-0)');
    expect(t('de', 'startupErrorTitle')).toMatch(/^Die Datenbank konnte nicht starten/);
  });
});

describe('t', () => {
  it('fills placeholders with text and leaves unknown ones visible', () => {
    expect(t('de', 'rankOf', { rank: 3, n: 51 })).toBe('3 von 51');
    expect(t('en', 'rankOf', { rank: 3, n: 51 })).toBe('3 of 51');
    expect(t('de', 'rankOf', { rank: 3 })).toBe('3 von {n}');
    expect(t('de', 'noticeInvalid', { param: 'year', value: '<script>', fallback: '2024' })).toContain('„<script>“');
  });

  it('does not read placeholder values from the prototype', () => {
    expect(t('de', 'rankOf', {})).toBe('{rank} von {n}');
    expect(t('de', 'searchResults', Object.create({ n: 'bad' }))).toBe('{n} Treffer');
  });

  it('names levels in both languages', () => {
    expect(levelName('de', 'gemeinde')).toBe('Gemeinde');
    expect(levelPlural('en', 'quartier')).toBe('Neighbourhoods');
  });
});
