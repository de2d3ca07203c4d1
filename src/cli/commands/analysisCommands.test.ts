import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { run as classifyRun } from './classify';
import { run as moranRun } from './moran';

const COLUMBUS = readFileSync(new URL('../../../test/fixtures/reference/columbus.geojson', import.meta.url), 'utf8');
const SPDEP = JSON.parse(readFileSync(new URL('../../../test/fixtures/reference/columbus-spdep.json', import.meta.url), 'utf8'));
const CLASSINT = JSON.parse(readFileSync(new URL('../../../test/fixtures/reference/classint.json', import.meta.url), 'utf8'));

/** A fake io: files from a map, output collected. */
function fakeIo(files: Record<string, string>) {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    io: {
      readFile: async (path: string) => {
        if (!Object.hasOwn(files, path)) throw new Error(`ENOENT: ${path}`);
        return files[path];
      },
      stdout: (t: string) => void out.push(t),
      stderr: (t: string) => void err.push(t),
    },
  };
}

describe('atlas classify', () => {
  it('classifies a GeoJSON property with jenks: the breaks R classInt reports', async () => {
    const f = fakeIo({ 'columbus.geojson': COLUMBUS });
    const code = await classifyRun(['columbus.geojson', '--field', 'CRIME', '--method', 'jenks', '--classes', '5', '--json'], f.io);
    expect(code).toBe(0);
    const result = JSON.parse(f.out.join(''));
    const ref = CLASSINT.cases.find((c: { vector: string; style: string; k: number }) => c.vector === 'CRIME' && c.style === 'jenks' && c.k === 5);
    expect(result.method).toBe('jenks');
    expect(result.classes).toBe(5);
    expect(result.breaks).toEqual(ref.brks);
    expect(result.counts.reduce((a: number, b: number) => a + b, 0)).toBe(49);
  });
  it('reads a CSV with ";" and German decimals, and reports cells without a number', async () => {
    const csv = 'key;quote\n03241001;12,5\n03241002;3,25\n03241003;.\n03241004;1.234,5\n03241005;7\n';
    const f = fakeIo({ 'a.csv': csv });
    const code = await classifyRun(['a.csv', '--field', 'quote', '--method', 'equal', '--classes', '2', '--json'], f.io);
    expect(code).toBe(0);
    const result = JSON.parse(f.out.join(''));
    expect(result.breaks).toEqual([3.25, (3.25 + 1234.5) / 2, 1234.5]);
    expect(result.counts).toEqual([3, 1]);
    expect(result.missing).toBe(1);
    expect(f.err.join('')).toMatch(/Hinweis: 1 Werte ohne Zahl.*\(Zeilen\/Objekte 4\)/s);
    expect(f.err.join('')).toMatch(/Note: 1 values without a number/);
  });
  it('reads an English CSV with "," and decimal points', async () => {
    const f = fakeIo({ 'b.csv': 'id,v\na,0.5\nb,1.5\nc,2.5\nd,3.5\n' });
    expect(await classifyRun(['b.csv', '--field', 'v', '--method', 'quantile', '--classes', '2', '--json'], f.io)).toBe(0);
    expect(JSON.parse(f.out.join('')).breaks).toEqual([0.5, 2, 3.5]);
  });
  it('errors are bilingual on stderr with exit code 1', async () => {
    const f = fakeIo({ 'columbus.geojson': COLUMBUS, 'empty.csv': 'a;b\n' });
    expect(await classifyRun(['columbus.geojson', '--field', 'NOPE'], f.io)).toBe(1);
    expect(f.err.join('\n')).toMatch(/Fehler: Feld „NOPE“ nicht gefunden[\s\S]*Error: field "NOPE" not found/);
    expect(await classifyRun(['missing.csv', '--field', 'x'], f.io)).toBe(1);
    expect(f.err.join('\n')).toMatch(/Datei „missing.csv“ nicht lesbar/);
    expect(await classifyRun(['columbus.geojson', '--field', 'CRIME', '--method', 'magic'], f.io)).toBe(1);
    expect(await classifyRun(['columbus.geojson', '--field', 'CRIME', '--classes', '30'], f.io)).toBe(1);
    expect(f.err.join('\n')).toMatch(/Error: cannot classify: classify: classes must be an integer from 2 to 20/);
    expect(await classifyRun(['empty.csv', '--field', 'a'], f.io)).toBe(1);
    expect(f.err.join('\n')).toMatch(/header row only/);
    expect(await classifyRun(['columbus.geojson', '--bogus'], f.io)).toBe(1);
    expect(f.out).toEqual([]);
  });
  it('manual breaks with German decimals', async () => {
    const f = fakeIo({ 'columbus.geojson': COLUMBUS });
    expect(await classifyRun(['columbus.geojson', '--field', 'CRIME', '--method', 'manual', '--breaks', '0;20,5;70', '--json'], f.io)).toBe(0);
    expect(JSON.parse(f.out.join('')).breaks).toEqual([0, 20.5, 70]);
  });
});

describe('atlas moran', () => {
  it('Columbus CRIME, queen: global I 0.500188557 and every local I_i as spdep', async () => {
    const f = fakeIo({ 'columbus.geojson': COLUMBUS });
    const code = await moranRun(['columbus.geojson', '--field', 'CRIME', '--weights', 'queen', '--permutations', '999', '--seed', '1', '--id', 'POLYID', '--json'], f.io);
    expect(code).toBe(0);
    const r = JSON.parse(f.out.join(''));
    expect(Math.abs(r.I - 0.500188557)).toBeLessThan(1e-9);
    expect(Math.abs(r.z - SPDEP.moran.CRIME.z)).toBeLessThan(1e-9);
    expect(r.expectedI).toBeCloseTo(-1 / 48, 15);
    expect(r.pSim).toBe(0.001);
    expect(r.local).toHaveLength(49);
    expect(r.local[0].id).toBe('1');
    r.local.forEach((row: { Ii: number; quadrant: string; pSim: number }, i: number) => {
      expect(Math.abs(row.Ii - SPDEP.localmoran.CRIME[i])).toBeLessThan(1e-9);
      expect(['HH', 'LL', 'HL', 'LH']).toContain(row.quadrant);
      expect(row.pSim).toBeGreaterThanOrEqual(0.001);
      expect(row.pSim).toBeLessThanOrEqual(0.5);
    });
    // Same seed, same output.
    const again = fakeIo({ 'columbus.geojson': COLUMBUS });
    await moranRun(['columbus.geojson', '--field', 'CRIME', '--permutations', '999', '--seed', '1', '--id', 'POLYID', '--json'], again.io);
    expect(again.out).toEqual(f.out);
  });
  it('knn and rook weights work; the human-readable output is German first', async () => {
    const f = fakeIo({ 'c.geojson': COLUMBUS });
    expect(await moranRun(['c.geojson', '--field', 'HOVAL', '--weights', 'knn:4', '--permutations', '99', '--json'], f.io)).toBe(0);
    expect(JSON.parse(f.out[0]).weights).toBe('knn:4');
    expect(await moranRun(['c.geojson', '--field', 'CRIME', '--weights', 'rook', '--permutations', '0'], f.io)).toBe(0);
    expect(f.out[1]).toMatch(/^Moran's I = 0,\d+/);
  });
  it('errors: unknown weights, missing values, bad numbers — bilingual, exit 1', async () => {
    const broken = JSON.parse(COLUMBUS);
    broken.features[3].properties.CRIME = null;
    const f = fakeIo({ 'c.geojson': COLUMBUS, 'broken.geojson': JSON.stringify(broken), 'bad.geojson': '{"type":' });
    expect(await moranRun(['c.geojson', '--field', 'CRIME', '--weights', 'hex'], f.io)).toBe(1);
    expect(f.err.at(-1)).toMatch(/Fehler: Unbekannte Gewichte „hex“[\s\S]*Error: unknown weights "hex"/);
    expect(await moranRun(['broken.geojson', '--field', 'CRIME', '--id', 'POLYID'], f.io)).toBe(1);
    expect(f.err.at(-1)).toMatch(/1 Gebiete ohne Zahl in „CRIME“ \(4\)/);
    expect(await moranRun(['bad.geojson', '--field', 'CRIME'], f.io)).toBe(1);
    expect(f.err.at(-1)).toMatch(/kein gültiges JSON[\s\S]*not valid JSON/);
    expect(await moranRun(['c.geojson', '--field', 'CRIME', '--permutations', 'many'], f.io)).toBe(1);
    expect(await moranRun(['c.geojson', '--field', 'CRIME', '--id', 'NOPE'], f.io)).toBe(1);
    expect(f.out).toEqual([]);
  });
});
