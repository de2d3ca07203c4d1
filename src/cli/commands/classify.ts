import { parseArgs } from 'node:util';
import { classify } from '../../analysis/classify/classify';
import type { ClassMethod } from '../../analysis/classify/types';
import { InputError, looksLikeGeoJson, readCsvField, readGeoJsonField } from './fieldValues';
import { failCommand, type CommandIo } from './commandIo';

export type { CommandIo } from './commandIo';

export const CLASSIFY_HELP = `atlas classify <Datei> --field <Name> [--method quantile|equal|jenks|sd|box|manual] [--classes <k>] [--json]

  Teilt die Werte eines Feldes (CSV mit Kopfzeile oder GeoJSON-Eigenschaft) in Kartenklassen.
  Classifies the values of one field (CSV with a header row, or a GeoJSON property) into map classes.

  --field    Spalten- bzw. Eigenschaftsname / column or property name
  --method   quantile (Standard/default), equal, jenks (Fisher-Jenks, exakt/exact), sd, box, manual
  --classes  Klassenzahl 2–20, Standard 5 / number of classes, default 5
  --breaks   Grenzen für manual, z. B. "0;12,5;20" / bounds for manual, e.g. "0;12.5;20"
  --hinge    Box-Map-Faktor, Standard 1,5 / box map IQR multiple, default 1.5
  --json     Ergebnis als JSON / result as JSON`;

const METHODS = ['quantile', 'equal', 'jenks', 'sd', 'box', 'manual'];

/** One-line description for the command list of `atlas --help`. */
export const summary = { de: "Werte eines Feldes in Kartenklassen einteilen", en: "classify the values of a field into map classes" };

const fail = failCommand;

function parseNumberArg(text: string): number {
  return Number(text.trim().replace(',', '.'));
}

/**
 * `atlas classify`: prints {"method","classes","breaks","counts","closed","missing"} with --json.
 * @example await run(['areas.csv', '--field', 'sgb2', '--method', 'jenks', '--json'], io) // → 0
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
        method: { type: 'string', default: 'quantile' },
        classes: { type: 'string', default: '5' },
        breaks: { type: 'string' },
        hinge: { type: 'string' },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    return fail(io, `Ungültige Option: ${(error as Error).message}`, `invalid option: ${(error as Error).message}`);
  }
  const { values: opt, positionals } = parsed;
  if (opt.help) {
    io.stdout(CLASSIFY_HELP);
    return 0;
  }
  if (positionals.length !== 1) return fail(io, 'Genau eine Eingabedatei angeben.', 'give exactly one input file.');
  if (!opt.field) return fail(io, '--field fehlt.', '--field is missing.');
  const method = opt.method as string;
  if (!METHODS.includes(method)) return fail(io, `Unbekannte Methode „${method}“ (${METHODS.join(', ')}).`, `unknown method "${method}" (${METHODS.join(', ')}).`);
  const classes = Number(opt.classes);
  if (!Number.isInteger(classes)) return fail(io, `--classes muss eine ganze Zahl sein, nicht „${opt.classes}“.`, `--classes must be an integer, not "${opt.classes}".`);
  const breaks = opt.breaks?.split(/[;\s]+/).filter((b) => b.trim() !== '').map(parseNumberArg);
  if (breaks?.some((b) => !Number.isFinite(b))) return fail(io, `--breaks enthält keine Zahl: „${opt.breaks}“.`, `--breaks holds a non-number: "${opt.breaks}".`);
  const hinge = opt.hinge === undefined ? undefined : parseNumberArg(opt.hinge);

  const path = positionals[0];
  let text: string;
  try {
    text = await io.readFile(path);
  } catch (error) {
    return fail(io, `Datei „${path}“ nicht lesbar (${(error as Error).message}).`, `cannot read file "${path}" (${(error as Error).message}).`);
  }
  try {
    const field = looksLikeGeoJson(path, text) ? readGeoJsonField(text, opt.field) : readCsvField(text, opt.field);
    const result = classify(field.values, { method: method as ClassMethod, classes, breaks, hinge });
    if (field.notNumbers.length > 0) {
      const where = field.notNumbers.slice(0, 10).join(', ') + (field.notNumbers.length > 10 ? ', …' : '');
      io.stderr(
        `Hinweis: ${field.notNumbers.length} Werte ohne Zahl ausgelassen (Zeilen/Objekte ${where}).\n` +
          `Note: ${field.notNumbers.length} values without a number left out (rows/features ${where}).`,
      );
    }
    if (opt.json) {
      const { method: m, classes: k, breaks: b, counts, closed, missing } = result;
      io.stdout(JSON.stringify({ method: m, classes: k, breaks: b, counts, closed, missing }));
    } else {
      const lines = result.counts.map((count, i) => {
        const lo = result.breaks[i].toLocaleString('de-DE', { maximumFractionDigits: 6 });
        const hi = result.breaks[i + 1].toLocaleString('de-DE', { maximumFractionDigits: 6 });
        const k = result.counts.length;
        const box = result.closed === 'box';
        const open = (result.closed === 'right' && i > 0) || (box && i === 5) ? '(' : '[';
        const close = result.closed === 'right' || i === k - 1 || (box && i === 4) ? ']' : ')';
        return `  ${String(i + 1).padStart(2)}  ${open}${lo}; ${hi}${close}  (${count})`;
      });
      io.stdout([`Klassen / classes (${result.method}, ${result.classes}):`, ...lines].join('\n'));
    }
    return 0;
  } catch (error) {
    if (error instanceof InputError) return fail(io, error.de, error.en);
    const message = (error as Error).message;
    return fail(io, `Klassifizierung nicht möglich: ${message}`, `cannot classify: ${message}`);
  }
}
