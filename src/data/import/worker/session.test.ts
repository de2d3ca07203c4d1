import { describe, expect, it } from 'vitest';
import { withParseProgress, type ParseProgress } from '../csvParse';
import { importTable } from '../detect/importTable';
import { analyseBytes } from './analyseBytes';
import { PREVIEW_ROWS } from './protocol';
import { ImportSession, previewOf } from './session';

const AREAS = [
  { key: '03101', name: 'Braunschweig', level: 'kreis' },
  { key: '03102', name: 'Salzgitter', level: 'kreis' },
  { key: '03103', name: 'Wolfsburg', level: 'kreis' },
];

function csv(rows: number): Uint8Array {
  const lines = ['AGS;Name;Einwohner 2023;Quote 2023'];
  for (let i = 0; i < rows; i++) lines.push(`${String(3101 + i).padStart(5, '0')};Kreis ${i};${1000 + i};${i % 10 === 0 ? '.' : '1,5'}`);
  return new TextEncoder().encode(`${lines.join('\n')}\n`);
}

describe('the analysed rows stay in the worker (ImportSession)', () => {
  it('the preview holds the first rows, the count of all rows and the count per status', () => {
    const file = importTable(csv(300), { fileName: 'k.csv' });
    const preview = previewOf(file);
    expect(file.table?.rows).toHaveLength(600);
    expect(preview.table?.rows).toHaveLength(PREVIEW_ROWS);
    expect(preview.table?.rows[0]).toEqual(file.table?.rows[0]);
    expect(preview.table?.rowCount).toBe(600);
    expect(preview.table?.statusCounts).toEqual({ ok: 570, secret: 30 });
    expect(preview.table?.indicators.map((i) => i.label)).toEqual(['Einwohner', 'Quote']);
    expect(preview.format).toBe('csv');
  });

  it('answers the join report, the matched rows of the included indicators and the CSV lists from the same rows', () => {
    const session = new ImportSession(importTable(csv(300), { fileName: 'k.csv' }));
    const report = session.answer({ type: 'report', id: 7, level: 'kreis', areas: AREAS });
    expect(report).toMatchObject({ type: 'answer', id: 7, kind: 'report' });
    if (report.kind !== 'report') return;
    expect(report.report).toMatchObject({ level: 'kreis', matched: 6, matchedKeys: 3, withoutAreaCount: 297, areasWithoutDataCount: 0, duplicatesCount: 0 });
    expect(report.report.withoutArea[0]).toEqual({ key: '03104', name: 'Kreis 3', line: 5 });

    const first = session.preview().table!.indicators[0].id;
    const matched = session.answer({ type: 'matched', id: 8, level: 'kreis', areas: AREAS, sources: [first] });
    if (matched.kind !== 'matched') throw new Error('kind');
    expect(matched.rows.map((r) => [r.areaKey, r.indicator, r.value, r.status])).toEqual([
      ['03101', first, 1000, 'ok'], ['03102', first, 1001, 'ok'], ['03103', first, 1002, 'ok'],
    ]);

    const list = session.answer({ type: 'csv', id: 9, level: 'kreis', areas: AREAS, part: 'withoutArea' });
    if (list.kind !== 'csv') throw new Error('kind');
    const lines = list.text.trim().split('\r\n');
    expect(lines[0]).toBe('area_key,area_name,line');
    expect(lines).toHaveLength(298);
    expect(lines[1]).toBe('03104,Kreis 3,5');
  });

  it('another level joins again: nothing of the Kreis report leaks into the Gemeinde report', () => {
    const session = new ImportSession(importTable(csv(5), { fileName: 'k.csv' }));
    const kreis = session.answer({ type: 'report', id: 1, level: 'kreis', areas: AREAS });
    const gemeinde = session.answer({ type: 'report', id: 2, level: 'gemeinde', areas: AREAS });
    if (kreis.kind !== 'report' || gemeinde.kind !== 'report') throw new Error('kind');
    expect(kreis.report.matched).toBe(6);
    expect(gemeinde.report.matched).toBe(0);
    expect(gemeinde.report.withoutAreaCount).toBe(5);
  });
});

describe('parse progress', () => {
  it('a large CSV reports rows and characters while papaparse reads it; small texts and other runs report nothing', async () => {
    const lines = ['AGS;Einwohner 2023'];
    for (let i = 0; i < 120_000; i++) lines.push(`03${String(i).padStart(6, '0')};${i}`);
    const big = new TextEncoder().encode(lines.join('\n'));
    const seen: ParseProgress[] = [];
    const file = await analyseBytes(big, { fileName: 'gross.csv' }, (p) => seen.push(p));
    expect(file.table?.rows.length).toBe(120_000);
    expect(seen.length).toBeGreaterThanOrEqual(2);
    expect(seen.map((p) => p.rows)).toEqual([...seen.map((p) => p.rows)].sort((a, b) => a - b));
    expect(seen.at(-1)!.rows).toBeGreaterThanOrEqual(100_000);
    expect(seen.every((p) => p.loaded <= p.total && p.total > 1 << 20)).toBe(true);
    const quiet: ParseProgress[] = [];
    withParseProgress((p) => quiet.push(p), () => importTable(csv(50), { fileName: 'klein.csv' }));
    importTable(big, { fileName: 'ohne.csv' });
    expect(quiet).toEqual([]);
  });
});
