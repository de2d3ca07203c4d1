import { describe, expect, it } from 'vitest';
import { buildReportModel, isoDate } from './buildReportModel';
import { classColours, SECRET_FILL } from './classes';
import { CHILD, makeInput, makeProfile, SGB2, YOUTH, type LineSpec } from './fixtures';
import { CLEAR_RELATIVE, compareValues, SIMILAR_RELATIVE } from './summary';

const summaryOf = (lines: LineSpec[], lang: 'de' | 'en' = 'de', synthetic = true) =>
  buildReportModel(makeInput(makeProfile(lines, synthetic)), { lang }).summary.join('\n');

describe('report model: frame', () => {
  it('has version, title, subtitle and the injected date', () => {
    const model = buildReportModel(makeInput());
    expect(model.version).toBe(1);
    expect(model.lang).toBe('de');
    expect(model.title).toBe('Sozialraumanalyse Hannover');
    expect(model.subtitle).toBe('Gemeinde in Region Hannover, Niedersachsen · Berichtsjahr 2024');
    expect(model.generatedAt).toBe('2025-03-14');
    expect(model.generatedLabel).toBe('Erstellt am 14.03.2025');
  });

  it('uses a Date as UTC day and rejects garbage dates', () => {
    expect(isoDate(new Date(Date.UTC(2024, 11, 31, 23, 30)))).toBe('2024-12-31');
    expect(() => isoDate('gestern')).toThrow(/Ungültiges Datum/);
  });

  it('marks synthetic data in the model and footer, and not otherwise', () => {
    const synthetic = buildReportModel(makeInput(makeProfile(undefined, true)));
    expect(synthetic.demoMark).toBe('Synthetische Demodaten');
    expect(synthetic.footer).toContain('Synthetische Demodaten');
    const real = buildReportModel(makeInput(makeProfile(undefined, false)));
    expect(real.demoMark).toBeNull();
    expect(real.footer).not.toContain('Synthetische');
    expect(buildReportModel(makeInput(), { lang: 'en' }).demoMark).toBe('Synthetic demo data');
  });

  it('lists sources deduplicated plus the BKG attribution with licence', () => {
    const { sources, map } = buildReportModel(makeInput());
    expect(sources).toHaveLength(2);
    expect(sources[1].text).toContain('© GeoBasis-DE / BKG 2017');
    expect(sources[1].text).toContain('dl-de/by-2-0');
    expect(map.attribution).toBe('© GeoBasis-DE / BKG 2017, dl-de/by-2-0');
  });
});

describe('report model: profile table', () => {
  it('formats value, counts, rank and references in German', () => {
    const { table } = buildReportModel(makeInput());
    expect(table.columns).toEqual(['Indikator', 'Wert 2024', 'Zähler / Nenner', 'Rang', 'Region Hannover', 'Niedersachsen']);
    const sgb2 = table.rows.find((r) => r.indicatorId === 'sgb2_quote');
    expect(sgb2).toMatchObject({ label: 'SGB-II-Quote', value: '18,4 %', counts: '94.512 / 513.652', rank: '3 von 51', references: ['12,1 %', '8,9 %'] });
  });

  it('shows a secret value as "geheim", never a number, rank or counts', () => {
    const secret: LineSpec = { ...CHILD, value: 31.7, numerator: 120, denominator: 400, rank: 2 };
    const { table } = buildReportModel(makeInput(makeProfile([SGB2, secret])));
    const row = table.rows.find((r) => r.indicatorId === 'child_poverty');
    expect(row?.value).toBe('geheim');
    expect(row?.counts).toBe('');
    expect(row?.rank).toBe('–');
    expect(JSON.stringify(row)).not.toContain('31,7');
  });

  it('formats numbers the English way for lang=en', () => {
    const { table } = buildReportModel(makeInput(), { lang: 'en' });
    expect(table.rows[0]).toMatchObject({ value: '18.4 %', counts: '94,512 / 513,652', rank: '3 of 51' });
    expect(table.rows[1].value).toBe('secret');
  });
});

describe('report model: references with the same name', () => {
  function kreisfreieStadt(kreisValue: number) {
    const profile = makeProfile([SGB2]);
    const kreis = { key: '03101', level: 'kreis' as const, name: 'Braunschweig', parentKey: '03', vintage: '', areaKm2: null, synthetic: false };
    const city = { ...kreis, key: '03101000', level: 'gemeinde' as const, parentKey: '03101' };
    profile.area = { ...city, key: '03101000-Q01', level: 'quartier', name: 'Braunschweig Quartier 01', parentKey: '03101000' };
    profile.ancestors = [profile.ancestors[0], kreis, city];
    profile.lines[0].references = [
      { areaKey: city.key, areaName: city.name, level: 'gemeinde', value: 14.1, status: 'ok', numerator: null, denominator: null },
      { areaKey: kreis.key, areaName: kreis.name, level: 'kreis', value: kreisValue, status: 'ok', numerator: null, denominator: null },
      { areaKey: '03', areaName: 'Niedersachsen', level: 'land', value: 8.9, status: 'ok', numerator: null, denominator: null },
    ];
    return buildReportModel(makeInput(profile));
  }

  it('leaves out the Kreis twin of a kreisfreie Stadt in subtitle, table and summary', () => {
    const model = kreisfreieStadt(14.1);
    expect(model.subtitle).toBe('Quartier in Braunschweig, Niedersachsen · Berichtsjahr 2024');
    expect(model.table.columns.slice(4)).toEqual(['Braunschweig', 'Niedersachsen']);
    expect(model.table.rows[0].references).toEqual(['14,1 %', '8,9 %']);
    expect(model.summary[0]).toContain('mit 18,4 % deutlich über den Werten für Braunschweig (14,1 %) und Niedersachsen (8,9 %)');
  });

  it('tells two different areas with one name apart by level', () => {
    const model = kreisfreieStadt(11.0);
    expect(model.table.columns.slice(4)).toEqual(['Braunschweig (Gemeinde)', 'Braunschweig (Kreis)', 'Niedersachsen']);
    expect(model.summary[0]).toContain('Braunschweig (Gemeinde) (14,1 %), Braunschweig (Kreis) (11,0 %) und Niedersachsen (8,9 %)');
  });
});

describe('report model: generated summary', () => {
  it('says "deutlich über" city and Land with the figures when the area is well above', () => {
    const text = summaryOf([SGB2]);
    expect(text).toContain('liegt Hannover mit 18,4 % deutlich über den Werten für Region Hannover (12,1 %) und Niedersachsen (8,9 %)');
  });

  it('says "unter" when the area is below', () => {
    const text = summaryOf([{ ...SGB2, value: 7.0, series: [['2024', 7.0]] }]);
    expect(text).toContain('deutlich unter den Werten für Region Hannover (12,1 %) und Niedersachsen (8,9 %)');
    expect(text).not.toMatch(/über (dem|den) Wert/);
  });

  it('distinguishes "leicht" and "deutlich" by the explicit thresholds', () => {
    expect(compareValues(10 * (1 + SIMILAR_RELATIVE / 2), 10)).toBe('same');
    expect(compareValues(10 * (1 + (SIMILAR_RELATIVE + CLEAR_RELATIVE) / 2), 10)).toBe('slight_above');
    expect(compareValues(10 * (1 + CLEAR_RELATIVE * 1.1), 10)).toBe('clear_above');
    expect(compareValues(10 * (1 - CLEAR_RELATIVE * 1.1), 10)).toBe('clear_below');
    const text = summaryOf([{ ...SGB2, value: 13.0, refs: [12.1, 8.9], series: [['2024', 13.0]] }]);
    expect(text).toContain('leicht über dem Wert für Region Hannover (12,1 %) und deutlich über dem Wert für Niedersachsen (8,9 %)');
  });

  it('reports the rise over the years in percentage points with the right number', () => {
    expect(summaryOf([SGB2])).toContain('Von 2019 bis 2024 ist der Wert um 1,3 Prozentpunkte gestiegen (von 17,1 % auf 18,4 %)');
    const falling: LineSpec = { ...SGB2, value: 15.2, series: [['2020', 17.95], ['2022', null, 'secret'], ['2024', 15.2]] };
    expect(summaryOf([falling])).toContain('Von 2020 bis 2024 ist der Wert um 2,8 Prozentpunkte gesunken');
    const flat: LineSpec = { ...SGB2, series: [['2023', 18.41], ['2024', 18.4]] };
    expect(summaryOf([flat])).toContain('nahezu unverändert');
  });

  it('names the rank within the level', () => {
    expect(summaryOf([SGB2])).toContain('unter 51 Gemeinden mit Angaben auf Rang 3');
  });

  it('says that a secret value is not available instead of comparing it', () => {
    const text = summaryOf([CHILD]);
    expect(text).toContain('Für den Indikator „Kinderarmut“ liegt für 2024 kein Wert vor (geheim).');
    expect(text).not.toContain('Beim Indikator „Kinderarmut“');
  });

  it('describes youth share and programme coverage, and ends with caution', () => {
    const paragraphs = buildReportModel(makeInput(makeProfile([SGB2, YOUTH]))).summary;
    const text = paragraphs.join('\n');
    expect(text).toContain('„Anteil unter 18-Jähriger“ liegt Hannover mit 16,6 % etwa auf dem Niveau von Region Hannover (16,9 %) und Niedersachsen (16,5 %)');
    expect(text).toContain('im Gebiet 1 Programmgebiet (Soziale Stadt) und keine Projekte, in der Umgebung (bis 0,4 km) keine Programmgebiete und 1 Projekt');
    expect(paragraphs[paragraphs.length - 1]).toMatch(/begründen sie keinen Handlungsbedarf/);
    expect(paragraphs[paragraphs.length - 1]).toContain('synthetische Demodaten');
  });

  it('does not claim synthetic data for real figures', () => {
    expect(summaryOf([SGB2], 'de', false)).not.toContain('synthetische');
  });

  it('writes an English summary for lang=en', () => {
    const text = summaryOf([SGB2, CHILD], 'en');
    expect(text).toContain('Hannover stands at 18.4 %, well above the figures for Region Hannover (12.1 %) and Niedersachsen (8.9 %)');
    expect(text).toContain('rose by 1.3 percentage points');
    expect(text).toContain('No value is available for "Kinderarmut (en)" in 2024 (secret)');
    expect(text).toContain('do not establish a need for action');
    expect(text).not.toMatch(/liegt|Prozentpunkte|über/);
  });
});

describe('report model: map excerpt and chart', () => {
  it('keeps every projected point inside the box and draws the selected area last', () => {
    const { map } = buildReportModel(makeInput());
    const inside = ([x, y]: [number, number]) => x >= 0 && x <= map.width && y >= 0 && y <= map.height;
    for (const shape of [...map.areas, ...map.programmeAreas]) for (const ring of shape.rings) for (const p of ring) expect(inside(p)).toBe(true);
    for (const p of map.projects) expect(inside([p.x, p.y])).toBe(true);
    expect(map.areas[map.areas.length - 1].id).toBe('03241001');
    expect(map.areas.map((a) => a.id)).not.toContain('03241005');
    expect(map.projects.map((p) => p.id)).toEqual(['pr1']);
    expect(map.areas[0].d).toMatch(/^M[\d.]+ [\d.]+(L[\d.]+ [\d.]+)+Z$/);
  });

  it('colours by class (darkest for the highest), grey for secret, and has a full legend', () => {
    const { map } = buildReportModel(makeInput());
    const fill = (key: string) => map.areas.find((a) => a.id === key)?.fill;
    expect(fill('03241001')).toBe(classColours(5)[4]);
    expect(fill('03241004')).toBe(SECRET_FILL);
    expect(SECRET_FILL).not.toBe(classColours(5)[0]);
    const labels = map.legend.entries.map((e) => e.label);
    expect(labels).toContain('keine Daten');
    expect(labels).toContain('geheim');
    expect(map.legend.entries.filter((e) => e.kind === 'class')).toHaveLength(5);
    expect(map.legend.title).toBe('SGB-II-Quote');
    expect(map.scaleNote).toMatch(/^Maßstab ca\. 1 : [\d.]+/);
    expect(map.scaleBar.label).toMatch(/km$/);
  });

  it('clips a neighbour that reaches beyond the box', () => {
    const input = makeInput();
    input.boundaries.features.push({ ...input.boundaries.features[1], properties: { ...input.boundaries.features[1].properties, key: 'big' } });
    input.boundaries.features[5].geometry = { type: 'Polygon', coordinates: [[[8, 51], [11, 51], [11, 52.31], [8, 52.31], [8, 51]]] };
    const big = buildReportModel(input).map.areas.find((a) => a.id === 'big');
    expect(big).toBeDefined();
    for (const [x, y] of big!.rings[0]) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(120);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(100);
    }
  });

  it('draws the series as polylines broken at secret years', () => {
    const { charts } = buildReportModel(makeInput());
    expect(charts.map((c) => c.id)).toEqual(['sgb2_quote', 'child_poverty']);
    const child = charts[1];
    expect(child.series[0].name).toBe('Hannover');
    expect(child.series[0].lines).toHaveLength(2);
    expect(child.series[0].points).toHaveLength(4);
    expect(child.series.map((s) => s.name)).toEqual(['Hannover', 'Region Hannover', 'Niedersachsen']);
    const { plot } = child;
    for (const s of child.series) for (const [x, y] of s.points) {
      expect(x).toBeGreaterThanOrEqual(plot.x);
      expect(x).toBeLessThanOrEqual(plot.x + plot.width);
      expect(y).toBeGreaterThanOrEqual(plot.y);
      expect(y).toBeLessThanOrEqual(plot.y + plot.height);
    }
    // the higher value is drawn higher (smaller y)
    const [first, second] = charts[0].series[0].points;
    expect(second[1]).toBeLessThan(first[1]);
  });

  it('lists nearby programmes and projects with distance words', () => {
    const { nearby } = buildReportModel(makeInput());
    expect(nearby.rows.map((r) => r.distance)).toEqual(['im Gebiet', '0,4 km']);
    expect(nearby.rows[0].year).toBe('seit 2015');
  });
});
