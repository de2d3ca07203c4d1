import { describe, expect, it } from 'vitest';
import { mapSummary, type MapSummaryInput } from './summary';

const input: MapSummaryInput = {
  indicatorLabel: 'SGB-II-Quote', unit: '%', year: '2024', levelPlural: 'Gemeinden', noDataCount: 1, secretCount: 2, classCount: 5,
  areas: [
    { name: 'Aurich', value: 7.5 }, { name: 'Celle', value: 12.25 }, { name: 'Goslar', value: 3 }, { name: 'Hameln', value: 20 },
    { name: 'Emden', value: 9 }, { name: 'Leer', value: null }, { name: 'Peine', value: 1 }, { name: 'Stade', value: null },
  ],
};

describe('mapSummary', () => {
  it('names the highest and lowest areas in order, the median and the areas without a number (German)', () => {
    const text = mapSummary(input, 'de');
    expect(text).toContain('Karte „SGB-II-Quote“ 2024: 8 Gemeinden, 6 mit Wert, in 5 Klassen.');
    expect(text).toContain('Höchste Werte: Hameln (20,0 %), Celle (12,3 %), Emden (9,0 %).');
    expect(text).toContain('Niedrigste Werte: Peine (1,0 %), Goslar (3,0 %), Aurich (7,5 %).');
    expect(text).toContain('Median: 8,3 %.');
    expect(text).toContain('1 ohne Daten, 2 geheim gehalten.');
  });

  it('never lists an area twice when there are few, and speaks English', () => {
    const text = mapSummary({ ...input, areas: input.areas.slice(0, 2), noDataCount: 0, secretCount: 0 }, 'en');
    expect(text).toContain('Highest values: Celle (12.3 %), Aurich (7.5 %).');
    expect(text).not.toContain('Lowest values');
    expect(text).not.toContain('withheld');
    expect(text).toContain('Median: 9.9 %.');
  });
});
