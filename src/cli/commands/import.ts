import { parseArgs } from 'node:util';
import { DEFAULT_MAX_BYTES } from '../../data/import/decode';
import type { TextEncodingName } from '../../data/import/detect/encoding';
import { writeNormalisedCsv, type NormalisedRow } from '../../data/import/normalised';
import { formatProblem, usageError, type ImportIo } from './importIo';
import { inspectFile } from './inspect';

export const IMPORT_HELP = `atlas import <Datei>... --out <lang.csv> [--encoding utf-8|windows-1252] [--period <Jahr>] [--pad-keys] [--allow-ragged] [--max-bytes <n>] [--sheet <Blatt>] [--contents table]

  Liest GENESIS-CSV, GENESIS-Flatfile (auch ZIP), CSV-, Excel- (.xlsx) und Zensus-Gitter-Tabellen und schreibt eine lange Tabelle
  area_key,area_name,indicator,label,unit,period,value,status (UTF-8, Komma, Dezimalpunkt).
  Reads GENESIS CSV, GENESIS flat file (also ZIP), CSV, Excel (.xlsx) and Zensus grid tables and writes one long table.
  Summenzeilen (Deutschland, Länder über Kreisen, Insgesamt) werden nicht übernommen, aber gezählt.
  Total rows (Germany, Länder above Kreise, "Insgesamt") are left out and counted.
  Bei einem Fehler wird nichts geschrieben / on any error nothing is written.
  Die lange Tabelle enthält die Rohdaten ohne Geheimhaltung (Eingabe für Atlas und „atlas index“), nicht zur
  Veröffentlichung / the long table holds the raw figures without disclosure control (input, not for publication).

  --pad-keys      fehlende führende Null ergänzen (bestätigt) / restore an eaten leading zero (confirmed)
  --allow-ragged  zu kurze Zeilen als „keine Daten“ übernehmen / import short rows as "no data"
  --contents table  als Wertetabelle lesen, auch wenn die Datei wie eine Projektliste aussieht / read as a table of values
                    even when the file looks like a project list (id, name, coordinates)`;

/** `atlas import a.csv b.csv --out long.csv`: all files or nothing. */
export async function run(args: string[], io: ImportIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args, allowPositionals: true,
      options: {
        out: { type: 'string' }, encoding: { type: 'string' }, period: { type: 'string' }, 'max-bytes': { type: 'string' },
        'pad-keys': { type: 'boolean' }, 'allow-ragged': { type: 'boolean' }, help: { type: 'boolean' }, sheet: { type: 'string' },
        contents: { type: 'string' },
      },
    });
  } catch (error) {
    return usageError(io, `Ungültige Option: ${(error as Error).message}`, `invalid option: ${(error as Error).message}`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(IMPORT_HELP);
    return 0;
  }
  if (positionals.length === 0) return usageError(io, 'Mindestens eine Datei angeben.', 'give at least one file.');
  if (!values.out) return usageError(io, '--out <Datei.csv> fehlt.', '--out <file.csv> is missing.');
  if (values.contents !== undefined && values.contents !== 'table') {
    return usageError(io, '--contents kennt hier nur „table“: „atlas import“ schreibt Wertetabellen.', '--contents only takes "table" here: "atlas import" writes tables of values.');
  }
  const maxBytes = values['max-bytes'] ? Number(values['max-bytes']) : DEFAULT_MAX_BYTES;
  const options = {
    ...(values.contents === 'table' ? { contents: 'table' as const } : {}),
    encoding: values.encoding as TextEncodingName | undefined, period: values.period, maxBytes,
    padKeys: values['pad-keys'] === true, allowRagged: values['allow-ragged'] === true, sheet: values.sheet,
  };
  const rows: NormalisedRow[] = [];
  let failed = false;
  let aggregates = 0;
  const origin = new Map<string, string>();
  for (const path of positionals) {
    const report = await inspectFile(path, io, options);
    for (const line of report.problemLines) io.stderr(line);
    if (report.errors.length === 0 && report.list) {
      io.stderr(formatProblem({
        severity: 'error', code: 'list_not_a_table', file: path,
        de: `Die Datei ist eine Liste von ${report.list.kind === 'projects' ? 'Mitgliedsprojekten' : 'Fördergebieten'}, keine Wertetabelle.`,
        en: `The file is a list of ${report.list.kind === 'projects' ? 'member projects' : 'programme areas'}, not a table of values.`,
        todoDe: 'Laden Sie sie im Import-Assistenten; ist sie doch eine Wertetabelle, lesen Sie sie mit --contents table.',
        todoEn: 'Load it in the import wizard; if it is a table of values after all, read it with --contents table.',
      }));
    } else if (report.errors.length === 0 && report.format === 'geojson') {
      io.stderr(formatProblem({
        severity: 'error', code: 'geojson_not_a_table', file: path,
        de: 'GeoJSON-Dateien sind Gebiete oder Punkte, keine Wertetabelle.', en: 'GeoJSON files hold areas or points, not a table of values.',
        todoDe: 'Prüfen Sie sie mit „atlas inspect“ und laden Sie sie im Import-Assistenten als Gebiete.', todoEn: 'Check them with "atlas inspect" and load them as areas in the import wizard.',
      }));
    }
    if (report.errors.length > 0 || !report.analysed?.table) {
      failed = true;
      continue;
    }
    for (const row of report.analysed.table.rows) {
      if (row.aggregate) {
        aggregates++;
        continue;
      }
      const id = `${row.areaKey}\u0000${row.indicator}\u0000${row.period}`;
      const first = origin.get(id);
      if (first !== undefined) {
        io.stderr(formatProblem({
          severity: 'error', code: 'duplicate_across_files', file: path, line: row.line,
          de: `Gebiet ${row.areaKey}, „${row.label}“, ${row.period} steht schon in ${first}.`,
          en: `Area ${row.areaKey}, "${row.label}", ${row.period} is already in ${first}.`,
          todoDe: 'Importieren Sie jede Tabelle nur einmal.', todoEn: 'Import each table once.',
        }));
        failed = true;
        continue;
      }
      origin.set(id, `${path}:${row.line}`);
      rows.push(row);
    }
  }
  if (failed) {
    io.stderr('Nichts geschrieben: die Dateien enthalten Fehler.\nNothing written: the files contain errors.');
    return 1;
  }
  if (aggregates > 0) {
    io.stderr(`Warnung: ${aggregates} Werte von Summenzeilen (Deutschland, Länder, Insgesamt) nicht übernommen.\nWarning: ${aggregates} values of total rows (Germany, Länder, totals) left out.`);
  }
  await io.writeFile(values.out, writeNormalisedCsv(rows));
  io.stdout(`${rows.length} Werte nach ${values.out} geschrieben / ${rows.length} values written to ${values.out}`);
  return 0;
}
