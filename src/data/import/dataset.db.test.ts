import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../connector';
import { loadDemo } from '../demo';
import { openNodeConnector } from '../engine/duckdbNode';
import { TABLE_ORDER } from '../schema';
import { quoteIdent } from '../sql/quote';
import { importDataset, type DatasetInfo, type DatasetParts } from './dataset';
import { formatProblem } from './problem';

const tiny = (path: string) => readFileSync(new URL(`../../../test/fixtures/tiny/${path}`, import.meta.url), 'utf8');
const readTiny = async (path: string) => tiny(path);

const info = (id: string): DatasetInfo => ({
  id, name: id, source: 'Test', licence: 'CC0-1.0', attribution: 'Test', synthetic: true,
});

/** Every row of every table, for before/after comparisons. */
async function snapshot(db: Connector): Promise<Record<string, unknown[]>> {
  const result: Record<string, unknown[]> = {};
  for (const table of TABLE_ORDER) {
    result[table] = await db.query(`SELECT * FROM ${quoteIdent(table)} ORDER BY ALL`);
  }
  return result;
}

let db: Connector;
beforeAll(async () => {
  db = await openNodeConnector();
  await loadDemo(db, readTiny);
});
afterAll(async () => {
  await db.close();
});

describe('importDataset with the tiny fixture', () => {
  it('imported every part with keys unchanged and symbols as status', async () => {
    const counts = await db.query('SELECT dataset, count(*) AS n FROM areas GROUP BY dataset ORDER BY dataset');
    expect(counts).toEqual([{ dataset: 'tiny-boundaries', n: 6 }, { dataset: 'tiny-demo', n: 3 }]);
    const keys = await db.query("SELECT key FROM areas WHERE level IN ('land', 'kreis') ORDER BY key");
    expect(keys.map((r) => r.key)).toEqual(['03', '03101', '03241']);
    const secret = await db.query("SELECT value, status, numerator, denominator FROM observations WHERE area_key = '03241001002' AND indicator = 'sgb2' AND period = '2021'");
    expect(secret).toEqual([{ value: null, status: 'secret', numerator: null, denominator: 30000 }]);
    const zero = await db.query("SELECT value, status FROM observations WHERE area_key = '03241001003' AND indicator = 'sgb2' AND period = '2021'");
    expect(zero).toEqual([{ value: 0, status: 'zero' }]);
    const projects = await db.query('SELECT id, area_key FROM projects ORDER BY id');
    expect(projects).toEqual([{ id: 'p-1', area_key: '03241001001' }, { id: 'p-2', area_key: '03241002' }]);
    const ds = await db.query('SELECT id, synthetic, length(file_hash) AS h FROM datasets ORDER BY id');
    expect(ds).toEqual([{ id: 'tiny-boundaries', synthetic: false, h: 64 }, { id: 'tiny-demo', synthetic: true, h: 64 }]);
    const geometry = await db.query("SELECT geometry FROM areas WHERE key = '03241001001'");
    expect(JSON.parse(String(geometry[0].geometry)).type).toBe('Polygon');
  });

  it('keeps empty strings and quotes in text cells', async () => {
    const rows = await db.query("SELECT numerator, attribution FROM indicators WHERE id = 'einwohner'");
    expect(rows).toEqual([{ numerator: '', attribution: 'Quartiersatlas, synthetisch' }]);
    const outcome = await importDataset(db, info('quotes'), {
      indicators: { name: 'i.csv', text: 'id,label_de,label_en,unit,polarity,source,licence,definition_de\nq1,"Er sagt ""Hallo""",Q,%,neutral,S,L,"Zeile 1\nZeile 2"\n' },
    });
    expect(outcome).toMatchObject({ ok: true });
    expect(await db.query("SELECT label_de, definition_de FROM indicators WHERE id = 'q1'")).toEqual([
      { label_de: 'Er sagt "Hallo"', definition_de: 'Zeile 1\nZeile 2' },
    ]);
  });

  it('re-loading the demo replaces it instead of duplicating', async () => {
    const before = await snapshot(db);
    await loadDemo(db, readTiny);
    const after = await snapshot(db);
    const strip = (s: Record<string, unknown[]>) => ({ ...s, datasets: s.datasets.map((r) => ({ ...(r as object), imported_at: 0 })) });
    expect(strip(after)).toEqual(strip(before));
  });
});

describe('a broken file rejects the whole import and changes nothing', () => {
  const good = (): DatasetParts => ({
    indicators: { name: 'indicators.csv', text: 'id,label_de,label_en,unit,polarity,source,licence\nnew,Neu,New,%,neutral,S,L\n' },
    observations: { name: 'observations.csv', text: 'area_key,indicator,period,value\n03241001,new,2021,1.5\n' },
    areas: [{ name: 'extra.geojson', text: JSON.stringify({ type: 'FeatureCollection', features: [
      { type: 'Feature', properties: { key: '03241001004', name: 'Neu', level: 'quartier', parent_key: '03241001' },
        geometry: { type: 'Polygon', coordinates: [[[9.6, 52.3], [9.61, 52.3], [9.61, 52.31], [9.6, 52.3]]] } },
    ] }) }],
  });

  it('the good variant is accepted (so the broken ones fail for their defect)', async () => {
    const scratch = await openNodeConnector();
    try {
      await loadDemo(scratch, readTiny);
      expect(await importDataset(scratch, info('extra'), good())).toMatchObject({ ok: true, counts: { areas: 1, indicators: 1, observations: 1 } });
    } finally {
      await scratch.close();
    }
  });

  const cases: [string, (parts: DatasetParts) => void, { file: string; line: number | null; column: string | null; code: string }][] = [
    ['unknown indicator', (p) => { p.observations!.text += '03241001,nope,2021,2\n'; },
      { file: 'observations.csv', line: 3, column: 'indicator', code: 'unknown_indicator' }],
    ['decimal comma splits the row', (p) => { p.observations!.text += '03241001,new,2022,1,5\n'; },
      { file: 'observations.csv', line: 3, column: null, code: 'ragged_row' }],
    ['text value', (p) => { p.observations!.text += '03241001,new,2022,viel\n'; },
      { file: 'observations.csv', line: 3, column: 'value', code: 'not_a_value' }],
    ['unknown area (zero eaten)', (p) => { p.observations!.text += '3241001,new,2022,1\n'; },
      { file: 'observations.csv', line: 3, column: 'area_key', code: 'unknown_area' }],
    ['invalid GeoJSON', (p) => { p.areas![0].text = p.areas![0].text.slice(0, -3); },
      { file: 'extra.geojson', line: 1, column: expect.stringContaining('Zeichen') as unknown as string, code: 'invalid_json' }],
    ['existing indicator id', (p) => { p.indicators!.text += 'sgb2,X,X,%,neutral,S,L\n'; },
      { file: 'indicators.csv', line: null, column: 'id', code: 'key_exists' }],
  ];

  for (const [name, breakIt, expected] of cases) {
    it(name, async () => {
      const before = await snapshot(db);
      const parts = good();
      breakIt(parts);
      const outcome = await importDataset(db, info('broken'), parts);
      expect(outcome.ok).toBe(false);
      if (outcome.ok) return;
      expect(outcome.problems[0]).toMatchObject(expected);
      expect(outcome.problems[0].messageDe.length).toBeGreaterThan(5);
      expect(outcome.problems[0].messageEn.length).toBeGreaterThan(5);
      expect(outcome.problems[0].messageDe).not.toBe(outcome.problems[0].messageEn);
      expect(formatProblem(outcome.problems[0])).toContain(expected.file);
      expect(await snapshot(db)).toEqual(before);
    });
  }

  it('a database error half-way through rolls back every table, the datasets row included', async () => {
    const before = await snapshot(db);
    // Everything parses and cross-checks fine; the database then fails on the observations insert
    // (as a full disk or a lost worker would): the indicators, areas and datasets rows written before
    // it must disappear again.
    const failing: Connector = {
      ...db,
      query: (sql, params) => (/INSERT INTO "observations"/.test(sql) ? Promise.reject(new Error('disk full')) : db.query(sql, params)),
      exec: (sql) => db.exec(sql), registerFileText: (n, t) => db.registerFileText(n, t), dropFile: (n) => db.dropFile(n),
      transaction: (work) => db.transaction(work), close: () => db.close(),
    };
    const outcome = await importDataset(failing, info('clash'), good());
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect(outcome.problems).toHaveLength(1);
      expect(outcome.problems[0].code).toBe('database_error');
      expect(outcome.problems[0].messageDe).toMatch(/nichts wurde geändert: disk full/);
    }
    expect(await snapshot(db)).toEqual(before);
    expect(await db.query("SELECT count(*) AS n FROM indicators WHERE id = 'new'")).toEqual([{ n: 0 }]);
  });

  it('a second value for a cell another dataset already holds is refused before anything is written', async () => {
    const before = await snapshot(db);
    const parts = good();
    parts.observations!.text += '03241001001,sgb2,2021,99\n';
    const outcome = await importDataset(db, info('clash'), parts);
    expect(outcome).toMatchObject({ ok: false, problems: [{ code: 'value_exists', column: 'value' }] });
    expect(await snapshot(db)).toEqual(before);
  });

  it('refuses a second import under the same dataset id unless replacing', async () => {
    const before = await snapshot(db);
    const outcome = await importDataset(db, info('tiny-demo'), { projects: { name: 'p.csv', text: 'id,name,type,lon,lat\nz,Z,T,9.7,52.4\n' } });
    expect(outcome).toMatchObject({ ok: false, problems: [{ code: 'dataset_exists' }] });
    expect(await snapshot(db)).toEqual(before);
  });
});
