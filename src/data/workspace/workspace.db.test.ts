import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../connector';
import { loadDemo } from '../demo';
import { openNodeConnector } from '../engine/duckdbNode';
import { readWorkspace, serialiseWorkspace, emptyWorkspace, WORKSPACE_FILE_NAME, type SavedDataset } from './format';
import { memoryStorage } from './storage';
import { createWorkspace } from './workspace';

const readTiny = async (path: string) => readFileSync(new URL(`../../../test/fixtures/tiny/${path}`, import.meta.url), 'utf8');

const dataset = (id: string, indicator = `${id}_bev`): SavedDataset => ({
  id, name: `Datensatz ${id}`,
  provenance: {
    fileName: `${id}.csv`, format: 'genesis-csv', tableCode: '12411-01-01-4', title: 'Bevölkerung', referenceDates: ['31.12.2023'],
    licence: 'dl-de/by-2-0', stand: null, level: 'kreis', importedAt: '2026-11-26T20:00:00.000Z',
  },
  indicators: [
    { id: indicator, label: 'Bevölkerung', unit: 'Personen', denominator: null },
    { id: `${indicator}_u18`, label: 'Unter 18', unit: 'Personen', denominator: indicator },
  ],
  rows: [
    ['03101', indicator, '2023', 251364, 'ok'], ['03241', indicator, '2023', 1000000, 'ok'],
    ['03101', `${indicator}_u18`, '2023', 40000, 'ok'], ['03241', `${indicator}_u18`, '2023', null, 'secret'],
  ],
});

async function fresh(): Promise<Connector> {
  const db = await openNodeConnector();
  await loadDemo(db, readTiny);
  return db;
}

const counts = async (db: Connector) =>
  (await db.query("SELECT (SELECT count(*) FROM observations) AS o, (SELECT count(*) FROM indicators) AS i, (SELECT count(*) FROM datasets) AS d"))[0];

let db: Connector;
beforeAll(async () => {
  db = await fresh();
});
afterAll(async () => {
  await db.close();
});

describe('workspace controller (real DuckDB, in-memory storage)', () => {
  it('adds a dataset to DuckDB and storage; a reload (new database, same storage) restores it', async () => {
    const storage = memoryStorage();
    const ws = createWorkspace(db, storage, () => undefined);
    const outcome = await ws.add(dataset('a'));
    expect(outcome).toEqual({ ok: true, warning: null });
    const rows = await db.query("SELECT area_key, value, status, numerator, denominator FROM observations WHERE dataset = 'a' ORDER BY indicator, area_key");
    expect(rows).toEqual([
      { area_key: '03101', value: 251364, status: 'ok', numerator: null, denominator: null },
      { area_key: '03241', value: 1000000, status: 'ok', numerator: null, denominator: null },
      { area_key: '03101', value: 40000, status: 'ok', numerator: 40000, denominator: 251364 },
      { area_key: '03241', value: null, status: 'secret', numerator: null, denominator: null },
    ]);
    const saved = readWorkspace(storage.text ?? '');
    expect(saved.ok && saved.workspace.datasets.map((d) => d.id)).toEqual(['a']);

    const db2 = await fresh();
    try {
      const ws2 = createWorkspace(db2, storage, () => undefined);
      await ws2.restore();
      expect(ws2.restoreProblem()).toBeNull();
      expect(ws2.list().map((d) => d.id)).toEqual(['a']);
      expect((await db2.query("SELECT count(*) AS n FROM observations WHERE dataset = 'a'"))[0].n).toBe(4);
    } finally {
      await db2.close();
    }
  });

  it('a rejected dataset (unknown area) changes neither the database nor storage', async () => {
    const storage = memoryStorage();
    const ws = createWorkspace(db, storage, () => undefined);
    const before = await counts(db);
    const bad = dataset('b');
    bad.rows.push(['99999', 'b_bev', '2023', 1, 'ok']);
    const outcome = await ws.add(bad);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.problems.map((p) => p.code)).toContain('unknown_area');
    expect(await counts(db)).toEqual(before);
    expect(storage.text).toBeNull();
    expect(ws.list()).toEqual([]);
  });

  it('renames and removes a dataset in the database and in storage', async () => {
    const storage = memoryStorage();
    const ws = createWorkspace(db, storage, () => undefined);
    await ws.add(dataset('c'));
    await ws.rename('c', 'Neuer Name');
    expect((await db.query("SELECT name FROM datasets WHERE id = 'c'"))[0].name).toBe('Neuer Name');
    expect(storage.text).toContain('Neuer Name');
    await ws.remove('c');
    expect((await db.query("SELECT count(*) AS n FROM observations WHERE dataset = 'c'"))[0].n).toBe(0);
    expect(ws.list()).toEqual([]);
  });

  it('exports one versioned file that another machine imports', async () => {
    const files: { name: string; text: string }[] = [];
    const ws = createWorkspace(db, memoryStorage(), (name, text) => files.push({ name, text }));
    await ws.add(dataset('d'));
    ws.exportFile();
    expect(files.map((f) => f.name)).toEqual([WORKSPACE_FILE_NAME]);
    await ws.remove('d');
    const other = await fresh();
    try {
      const ws2 = createWorkspace(other, memoryStorage(), () => undefined);
      expect(await ws2.importFile(files[0].text)).toEqual({ ok: true, warning: null });
      expect((await other.query("SELECT count(*) AS n FROM observations WHERE dataset = 'd'"))[0].n).toBe(4);
    } finally {
      await other.close();
    }
  });

  it('a corrupted saved workspace gives a message and a way out, and the database stays as it was', async () => {
    const storage = memoryStorage('{"format":"quartiersatlas-workspace","version":1,"datasets":[{"id"');
    const ws = createWorkspace(db, storage, () => undefined);
    const before = await counts(db);
    await ws.restore();
    expect(ws.restoreProblem()?.de).toContain('beschädigt');
    expect(ws.restoreProblem()?.en).toContain('damaged');
    expect(await counts(db)).toEqual(before);
    await ws.discardSaved();
    expect(ws.restoreProblem()).toBeNull();
    expect(storage.text).toBeNull();
  });

  it('a full storage keeps the data for the session and says so', async () => {
    const storage = memoryStorage(null, { quotaChars: 50 });
    const ws = createWorkspace(db, storage, () => undefined);
    const outcome = await ws.add(dataset('e'));
    expect(outcome.ok).toBe(true);
    if (outcome.ok) expect(outcome.warning?.de).toContain('Speicherplatz');
    expect(storage.text).toBeNull();
    expect(serialiseWorkspace(emptyWorkspace()).length).toBeGreaterThan(50);
  });
});
