import { parseArgs } from 'node:util';
import type { FeatureCollection } from 'geojson';
import { contiguityWeights } from '../../analysis/spatial/contiguity';
import { knnWeights } from '../../analysis/spatial/knn';
import { localMoran, QUADRANT_LABELS } from '../../analysis/spatial/lisa';
import { moranI } from '../../analysis/spatial/moran';
import type { SpatialWeights } from '../../analysis/spatial/types';
import { InputError, readGeoJsonField } from './fieldValues';
import { failCommand, type CommandIo } from './commandIo';

export type { CommandIo } from './commandIo';

export const MORAN_HELP = `atlas moran <geojson> --field <Name> [--weights queen|rook|knn:<k>] [--permutations 999] [--seed 1] [--id <Feld>] [--json]

  Globales und lokales Moran's I (LISA) eines Feldes der Flächen einer GeoJSON-FeatureCollection.
  Global and local Moran's I (LISA) of one property of the polygons of a GeoJSON FeatureCollection.

  --field         Eigenschaft mit den Werten / property holding the values
  --weights       queen (Standard/default), rook oder knn:<k> (k nächste Schwerpunkte / nearest centroids)
  --snap          Fangtoleranz für queen/rook in Koordinateneinheiten / snapping tolerance
  --permutations  Permutationen, Standard 999 / permutations, default 999
  --seed          Startwert des Zufallsgenerators, Standard 1 / random seed, default 1
  --id            Eigenschaft mit der Gebiets-ID (Text) / property holding the area id (text)
  --fdr           zusätzlich Benjamini-Hochberg-korrigierte p-Werte / also BH-adjusted p-values
  --json          Ergebnis als JSON / result as JSON`;

/** One-line description for the command list of `atlas --help`. */
export const summary = { de: "Globales und lokales Moran's I (LISA)", en: "global and local Moran's I (LISA)" };

const fail = failCommand;

const finiteOrNull = (v: number): number | null => (Number.isFinite(v) ? v : null);

/**
 * `atlas moran`: with --json prints {"I","expectedI","z","pSim","local":[{"id","Ii","quadrant","pSim"}]}
 * plus variance, zSim, permutations, seed, weights and islands (ids of areas without neighbours).
 * @example await run(['columbus.geojson', '--field', 'CRIME', '--json'], io) // → 0
 */
export async function run(args: string[], io: CommandIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      strict: true,
      allowPositionals: true,
      options: {
        field: { type: 'string' },
        weights: { type: 'string', default: 'queen' },
        snap: { type: 'string' },
        permutations: { type: 'string', default: '999' },
        seed: { type: 'string', default: '1' },
        id: { type: 'string' },
        fdr: { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    return fail(io, `Ungültige Option: ${(error as Error).message}`, `invalid option: ${(error as Error).message}`);
  }
  const { values: opt, positionals } = parsed;
  if (opt.help) {
    io.stdout(MORAN_HELP);
    return 0;
  }
  if (positionals.length !== 1) return fail(io, 'Genau eine GeoJSON-Datei angeben.', 'give exactly one GeoJSON file.');
  if (!opt.field) return fail(io, '--field fehlt.', '--field is missing.');
  const permutations = Number(opt.permutations);
  if (!Number.isInteger(permutations) || permutations < 0 || permutations > 99999) {
    return fail(io, `--permutations muss eine ganze Zahl von 0 bis 99999 sein, nicht „${opt.permutations}“.`, `--permutations must be an integer from 0 to 99999, not "${opt.permutations}".`);
  }
  const seed = Number(opt.seed);
  if (!Number.isInteger(seed)) return fail(io, `--seed muss eine ganze Zahl sein, nicht „${opt.seed}“.`, `--seed must be an integer, not "${opt.seed}".`);
  const weightsSpec = opt.weights as string;
  const knn = /^knn:(\d+)$/.exec(weightsSpec);
  if (!knn && weightsSpec !== 'queen' && weightsSpec !== 'rook') {
    return fail(io, `Unbekannte Gewichte „${weightsSpec}“ (queen, rook, knn:<k>).`, `unknown weights "${weightsSpec}" (queen, rook, knn:<k>).`);
  }
  const snap = opt.snap === undefined ? undefined : Number(opt.snap.replace(',', '.'));
  if (snap !== undefined && !(snap > 0)) return fail(io, `--snap muss eine positive Zahl sein.`, `--snap must be a positive number.`);

  const path = positionals[0];
  let text: string;
  try {
    text = await io.readFile(path);
  } catch (error) {
    return fail(io, `Datei „${path}“ nicht lesbar (${(error as Error).message}).`, `cannot read file "${path}" (${(error as Error).message}).`);
  }
  try {
    const field = readGeoJsonField(text, opt.field);
    const features = field.geojson!.features;
    const ids = features.map((f, i) => {
      const raw = opt.id !== undefined ? f?.properties?.[opt.id] : f?.id;
      return raw === undefined || raw === null ? String(i + 1) : String(raw);
    });
    if (opt.id !== undefined && !field.fields.includes(opt.id)) {
      throw new InputError(`ID-Feld „${opt.id}“ nicht gefunden.`, `id field "${opt.id}" not found.`);
    }
    if (field.notNumbers.length > 0) {
      const where = field.notNumbers.slice(0, 10).map((i) => ids[i - 1]).join(', ');
      throw new InputError(
        `${field.notNumbers.length} Gebiete ohne Zahl in „${opt.field}“ (${where}); Moran's I braucht vollständige Werte.`,
        `${field.notNumbers.length} areas without a number in "${opt.field}" (${where}); Moran's I needs complete values.`,
      );
    }
    const collection = field.geojson as unknown as FeatureCollection;
    const weights: SpatialWeights = knn
      ? knnWeights(collection, Number(knn[1]))
      : contiguityWeights(collection, { rule: weightsSpec as 'queen' | 'rook', snap });
    const global = moranI(field.values, weights, { permutations, seed });
    const local = localMoran(field.values, weights, { permutations, seed, fdr: opt.fdr });
    const islands = weights.islands.map((i) => ids[i]);
    if (islands.length > 0) {
      io.stderr(`Hinweis: ${islands.length} Gebiete ohne Nachbarn: ${islands.slice(0, 10).join(', ')}\nNote: ${islands.length} areas without neighbours.`);
    }
    const localRows = ids.map((id, i) => {
      const row: Record<string, unknown> = {
        id,
        Ii: local.Ii[i],
        quadrant: QUADRANT_LABELS[local.quadrant[i]],
        pSim: finiteOrNull(local.pSim[i]),
      };
      if (local.pAdjusted) row.pFdr = finiteOrNull(local.pAdjusted[i]);
      return row;
    });
    if (opt.json) {
      io.stdout(
        JSON.stringify({
          I: global.I,
          expectedI: global.expectedI,
          z: global.z,
          pSim: finiteOrNull(global.pSim),
          variance: global.variance,
          zSim: finiteOrNull(global.zSim),
          permutations,
          seed,
          weights: weightsSpec,
          islands,
          local: localRows,
        }),
      );
    } else {
      const fmt = (v: number): string => v.toLocaleString('de-DE', { maximumFractionDigits: 4 });
      const counts = QUADRANT_LABELS.slice(1).map((q) => {
        const n = localRows.filter((r) => r.quadrant === q && r.pSim !== null && (r.pSim as number) <= 0.05).length;
        return `${q} ${n}`;
      });
      io.stdout(
        [
          `Moran's I = ${fmt(global.I)}  (E[I] = ${fmt(global.expectedI)}, z = ${fmt(global.z)}, p_sim = ${fmt(global.pSim)}, ${permutations} Permutationen/permutations)`,
          `LISA p ≤ 0,05: ${counts.join(', ')}`,
        ].join('\n'),
      );
    }
    return 0;
  } catch (error) {
    if (error instanceof InputError) return fail(io, error.de, error.en);
    const message = (error as Error).message;
    return fail(io, `Moran's I nicht berechenbar: ${message}`, `cannot compute Moran's I: ${message}`);
  }
}
