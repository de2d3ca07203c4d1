import { describe, expect, it } from 'vitest';
import { writeTableCsv } from '../../data/export/tableCsv';
import { gapExportTable } from './coverageExport';

const gap = (key: string, name: string, need: number, nearest: number | null) => ({
  key, name, need, category: 'gap' as const, highNeed: true, programmeShare: 0, inProgramme: false, nearestProjectM: nearest, projectWithin: false,
});

describe('gapExportTable', () => {
  it('keeps keys as text with their zero, numbers in the German dialect, rule and footer below, formulas neutralised', () => {
    const table = gapExportTable({
      gaps: [gap('03241001', '=Hannover', 12.5, 2345.6), gap('03101000', 'Braunschweig', 9, null)],
      needHeader: 'Bedarf (SGB-II-Quote)', rule: 'Lücke = hoher Bedarf', footer: ['Synthetische Demodaten – alle Werte sind erfunden.'], lang: 'de',
    });
    const csv = writeTableCsv(table, 'de');
    const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('Schlüssel;Name;Bedarf (SGB-II-Quote);Entfernung nächstes Mitgliedsprojekt (m – leer: über 20 km);Fördergebiet;Kategorie');
    expect(lines[1]).toBe("03241001;'=Hannover;12,5;2346;nein;Lücke");
    expect(lines[2]).toBe('03101000;Braunschweig;9;;nein;Lücke');
    expect(lines.slice(4, 6)).toEqual(['Lücke = hoher Bedarf', 'Synthetische Demodaten – alle Werte sind erfunden.']);
  });

  it('English headers', () => {
    const table = gapExportTable({ gaps: [], needHeader: 'Need', rule: 'r', footer: [], lang: 'en' });
    expect(table.columns.map((c) => c.header)).toEqual(['Key', 'Name', 'Need', 'Distance to nearest member project (m – empty: over 20 km)', 'Programme area', 'Category']);
  });
});
