import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { inferLevel, readLongCsv, run } from './index';

const FIXTURE = fileURLToPath(new URL('../../../test/fixtures/index/long.csv', import.meta.url));

function io(files: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out, err,
    io: {
      readFile: async (path: string) => (Object.hasOwn(files, path) ? files[path] : readFile(path, 'utf8')),
      stdout: (t: string) => void out.push(t),
      stderr: (t: string) => void err.push(t),
    },
  };
}

describe('atlas index', () => {
  it('computes the Berlin MSS preset for the quartiers of the fixture', async () => {
    const t = io();
    expect(await run([FIXTURE, '--preset', 'mss', '--year', '2024', '--json'], t.io)).toBe(0);
    const result = JSON.parse(t.out.join(''));
    expect(result.level).toBe('quartier');
    expect(result.parameters).toMatchObject({ year: '2024', baseYear: '2022', areaCount: 7, includedCount: 5 });
    expect(result.parameters.method).toMatchObject({ id: 'berlin-mss', statusCuts: [-1, 1, 1.5], dynamicsCuts: [-1, 1], minPopulation: 300 });
    const byKey = Object.fromEntries(result.areas.map((a: { key: string }) => [a.key, a]));
    // unemployment 2, 8, 9, 11, 20 among the five included areas: mean 10, sample SD √42.5
    const sd = Math.sqrt(42.5);
    expect(byKey['03241001-Q01'].z.unemployment_rate).toBeCloseTo(-8 / sd, 10);
    expect(byKey['03241001-Q05'].z.child_poverty).toBeCloseTo(10 / sd, 10);
    // the other indicators are linear in unemployment, so the status index equals that z
    expect(byKey['03241001-Q05'].statusIndex).toBeCloseTo(10 / sd, 10);
    expect([1, 2, 3, 4, 5].map((i) => byKey[`03241001-Q0${i}`].statusClass)).toEqual([0, 1, 1, 1, 3]);
    // dynamics: changes −1, 0, 0, 0, +1 → z ±√2 → positiv / stabil / negativ
    expect([1, 2, 3, 4, 5].map((i) => byKey[`03241001-Q0${i}`].dynamicsClass)).toEqual([0, 1, 1, 1, 2]);
    expect([1, 2, 5].map((i) => byKey[`03241001-Q0${i}`].group)).toEqual([1, 5, 12]);
    expect(byKey['03241001-Q05'].statusLabel.de).toBe('Status sehr niedrig (sehr hoher Bedarf)');
    expect(byKey['03241001-Q06'].excluded).toBe('population_below_min');
    expect(byKey['03241001-Q07'].excluded).toBe('suppressed_value');
    expect(byKey['03241001-Q01'].name).toBe('Nordstadt');
    expect(result.warnings).toEqual([]);
  });

  it('runs the Hamburg preset on the indicators available and says which got weight 0', async () => {
    const t = io();
    expect(await run([FIXTURE, '--preset', 'hamburg', '--year', '2024', '--json'], t.io)).toBe(0);
    const result = JSON.parse(t.out.join(''));
    expect(result.parameters.baseYear).toBeNull(); // no 2021 in the fixture
    expect(result.warnings[0].en).toMatch(/weight 0: single_parent_share$/);
    expect(t.err.join('\n')).toMatch(/^Hinweis: .*\nNotice: /);
    expect(result.parameters.method.indicators.find((i: { id: string }) => i.id === 'sgb2_quote').weight).toBe(1);
  });

  it('chooses another level and prints a German-first table without --json', async () => {
    const t = io();
    expect(await run([FIXTURE, '--preset', 'mss', '--year', '2024', '--level', 'gemeinde', '--json'], t.io)).toBe(0);
    const gemeinde = JSON.parse(t.out.join(''));
    // one Gemeinde: no spread, so no reference to standardise against
    expect(gemeinde.areas.map((a: { key: string; excluded: string }) => [a.key, a.excluded])).toEqual([['03241001', 'no_reference']]);
    const u = io();
    expect(await run([FIXTURE, '--preset', 'mss', '--year', '2024'], u.io)).toBe(0);
    expect(u.out.join('')).toMatch(/03241001-Q05 \| Mitte \| 1,53 \| Status sehr niedrig/);
    expect(u.out.join('')).toMatch(/03241001-Q06 Kleinweiler: population_below_min/);
  });

  it('reads a saved method instead of a preset', async () => {
    const saved = JSON.stringify({
      id: 'own', name: 'Eigene', version: 1, indicators: [{ id: 'sgb2_quote', weight: 1, polarity: 'higher_is_need' }],
      reference: { kind: 'all' }, weighting: 'population', sd: 'population', dynamicsYears: 0, standardiseIndex: false,
      statusCuts: [0], dynamicsCuts: [], minPopulation: 1000,
      classLabels: { status: [{ de: 'unter Mittel', en: 'below mean' }, { de: 'über Mittel', en: 'above mean' }], dynamics: [{ de: '–', en: '–' }] },
    });
    const t = io({ 'm.json': saved });
    expect(await run([FIXTURE, '--method', 'm.json', '--year', '2024', '--json'], t.io)).toBe(0);
    const result = JSON.parse(t.out.join(''));
    // Q01 (1200), Q02, Q04, Q05 have ≥ 1000 residents; Q03 (900), Q06, Q07 do not
    expect(result.parameters.includedCount).toBe(4);
    expect(result.parameters.method.weighting).toBe('population');
  });

  it('fails in German and English on bad input', async () => {
    const cases: [string[], Record<string, string>, RegExp][] = [
      [['x.csv', '--preset', 'mss', '--year', '2024'], { 'x.csv': 'area_key,indicator,period\n1,2,3\n' }, /Spalte „value“ fehlt.*\nError: column "value" is missing/s],
      [['x.csv', '--preset', 'mss', '--year', '2024'], { 'x.csv': 'area_key,indicator,period,value\n03241001,sgb2_quote,2024,12,5\n' }, /Zeile 2: 5 statt 4 Felder.*line 2: 5 fields instead of 4/s],
      [['x.csv', '--preset', 'mss', '--year', '2024'], { 'x.csv': 'area_key,indicator,period,value\n03241001,sgb2_quote,2024,12;5\n' }, /keine Zahl/],
      [['x.csv', '--preset', 'mss', '--year', '2024'], { 'x.csv': 'area_key,indicator,period,value\nHH-01,sgb2_quote,2024,12\n' }, /Ebene von „HH-01“ unbekannt/],
      [['x.csv', '--preset', 'nope', '--year', '2024'], {}, /Unbekanntes Preset/],
      [['x.csv', '--preset', 'mss'], {}, /--year/],
      [['x.csv', '--preset', 'mss', '--method', 'm.json', '--year', '2024'], {}, /Entweder/],
      [['missing.csv', '--preset', 'mss', '--year', '2024'], {}, /nicht lesbar.*cannot read/s],
      [[FIXTURE, '--preset', 'mss', '--year', '1999'], {}, /1999/],
      [['x.csv', '--preset', 'mss', '--year', '2024', '--bogus'], {}, /Ungültige Option/],
    ];
    for (const [args, files, pattern] of cases) {
      const t = io(files);
      expect(await run(args, t.io), args.join(' ')).toBe(1);
      expect(t.err.join('\n'), args.join(' ')).toMatch(pattern);
      expect(t.err.join('\n')).toMatch(/^Fehler: /);
    }
  });
});

describe('readLongCsv', () => {
  it('keeps keys as text, reads symbols, a level column and semicolons', () => {
    const text = '\uFEFFarea_key;indicator;period;value;level;status\n03241;sgb2_quote;2024;-;;\nABC;sgb2_quote;2024;12.5;quartier;limited\n';
    const t = readLongCsv(text);
    expect(t.observations.map((o) => [o.areaKey, o.value, o.status])).toEqual([['03241', 0, 'zero'], ['ABC', 12.5, 'limited']]);
    expect(t.areas.get('03241')?.level).toBe('kreis');
    expect(t.areas.get('ABC')?.level).toBe('quartier');
  });
  it('infers the level from the key pattern', () => {
    expect([inferLevel('03'), inferLevel('03241'), inferLevel('03241001'), inferLevel('03241001-Q07'), inferLevel('3241001')]).toEqual(['land', 'kreis', 'gemeinde', 'quartier', null]);
  });
});
