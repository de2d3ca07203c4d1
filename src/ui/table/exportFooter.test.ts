import { describe, expect, it } from 'vitest';
import { exportFooter } from './exportFooter';
import type { Indicator } from '../../core/types';

const ind = (id: string, source: string): Indicator =>
  ({ id, labelDe: id, labelEn: id, unit: '%', polarity: 'higher_is_need', numerator: '', denominator: '', scale: 100, definitionDe: '',
    definitionEn: '', referenceDate: '31.12.', source, licence: 'dl-de/by-2-0', attribution: '', synthetic: true }) as Indicator;

describe('exportFooter', () => {
  it('names sources once, licence, boundaries, reference date, demo mark and the disclosure rule (German)', () => {
    const lines = exportFooter([ind('a', 'Demo A'), ind('b', 'Demo A'), ind('c', 'Demo B')], '2024', 'de', true, 'Geheimhaltung: mindestens 3 Fälle');
    expect(lines.filter((l) => l.startsWith('Quelle:'))).toEqual(['Quelle: Demo A', 'Quelle: Demo B']);
    expect(lines).toContain('Lizenz: dl-de/by-2-0');
    expect(lines).toContain('Stand: 31.12.2024');
    expect(lines.join('\n')).toContain('© GeoBasis-DE / BKG 2017 (dl-de/by-2-0)');
    expect(lines.join('\n')).toContain('Synthetische Demodaten');
    expect(lines[lines.length - 1]).toBe('Geheimhaltung: mindestens 3 Fälle');
  });
  it('English, and no demo mark for real data', () => {
    const lines = exportFooter([ind('a', 'Statistik')], '2023', 'en', false, '');
    expect(lines).toContain('Reference date: 31.12.2023');
    expect(lines.join('\n')).not.toMatch(/demo/i);
  });
});
