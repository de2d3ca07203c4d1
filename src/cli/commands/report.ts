import { parseArgs } from 'node:util';
import { buildReportModel } from '../../report/buildReportModel';
import { collectReportInput, UnknownAreaError, UnknownPeriodError } from '../../report/collectInput';
import { renderPdf } from '../../report/renderPdf';
import { renderReportHtml } from '../../ui/report/reportHtml';
import { CliError, type CliIo, type Command } from '../io';

export const REPORT_HELP = `atlas report --area <Schlüssel> [--year <JJJJ>] [--lang de|en] [--format html|pdf] --out <Datei>

  Schreibt eine Sozialraumanalyse (Profil, Karte, Zeitreihen, Programme, Quellen) eines Gebiets
  aus den eingebauten Demodaten als PDF oder HTML.
  Writes a social space analysis report of one area from the built-in demo data as PDF or HTML.

  --area     Gebietsschlüssel (AGS/ARS als Text, z. B. 03241001) / area key
  --year     Berichtsjahr, Standard: neuestes / reference year, default: latest
  --lang     de (Standard) oder en / report language
  --format   pdf oder html, Standard: aus der Endung von --out / default: from --out
  --out      Ausgabedatei / output file
  --date     Erstellungsdatum JJJJ-MM-TT, Standard: heute / generation date, default: today
  --indicator Kartenindikator, Standard: sgb2_quote / map indicator
  --round    5 oder 10: Fallzahlen auf Vielfache runden (Geheimhaltung), Quoten aus den gerundeten
             Zahlen berechnet / round counts to multiples of 5 or 10, rates from the rounded counts`;

interface ReportArgs {
  area: string;
  year?: string;
  lang: 'de' | 'en';
  format: 'pdf' | 'html';
  out: string;
  date: Date;
  indicator: string;
  /** Disclosure rounding base (5 or 10), null = none. */
  round: 5 | 10 | null;
}

export function parseReportArgs(args: string[], now: () => Date): ReportArgs | 'help' {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      strict: true,
      allowPositionals: false,
      options: {
        area: { type: 'string' }, year: { type: 'string' }, lang: { type: 'string' }, format: { type: 'string' },
        out: { type: 'string' }, date: { type: 'string' }, indicator: { type: 'string' }, round: { type: 'string' }, help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    const text = (error as Error).message;
    throw new CliError(`Ungültige Argumente: ${text}`, `invalid arguments: ${text}`);
  }
  if (values.help) return 'help';
  if (!values.area) throw new CliError('--area <Schlüssel> fehlt.', '--area <key> is missing.');
  if (!values.out) throw new CliError('--out <Datei> fehlt.', '--out <file> is missing.');
  if (values.year !== undefined && !/^\d{4}$/.test(values.year)) {
    throw new CliError(`--year muss eine Jahreszahl sein, nicht „${values.year}“.`, `--year must be a year, not "${values.year}".`);
  }
  const lang = values.lang ?? 'de';
  if (lang !== 'de' && lang !== 'en') throw new CliError(`--lang muss de oder en sein, nicht „${lang}“.`, `--lang must be de or en, not "${lang}".`);
  const format = values.format ?? (/\.html?$/i.test(values.out) ? 'html' : 'pdf');
  if (format !== 'pdf' && format !== 'html') throw new CliError(`--format muss pdf oder html sein, nicht „${format}“.`, `--format must be pdf or html, not "${format}".`);
  let date = now();
  if (values.date !== undefined) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(values.date) || Number.isNaN(Date.parse(`${values.date}T00:00:00Z`))) {
      throw new CliError(`--date muss JJJJ-MM-TT sein, nicht „${values.date}“.`, `--date must be YYYY-MM-DD, not "${values.date}".`);
    }
    date = new Date(`${values.date}T00:00:00Z`);
  }
  if (values.round !== undefined && values.round !== '5' && values.round !== '10') {
    throw new CliError(`--round muss 5 oder 10 sein, nicht „${values.round}“.`, `--round must be 5 or 10, not "${values.round}".`);
  }
  const round = values.round === undefined ? null : (Number(values.round) as 5 | 10);
  return { area: values.area, year: values.year, lang, format, out: values.out, date, indicator: values.indicator ?? 'sgb2_quote', round };
}

async function run(args: string[], io: CliIo): Promise<number> {
  const options = parseReportArgs(args, io.now);
  if (options === 'help') {
    io.stdout(REPORT_HELP);
    return 0;
  }
  const workspace = await (options.round === null ? io.openWorkspace() : io.openWorkspace({ rounding: options.round }));
  let output: string | Uint8Array;
  let title: string;
  try {
    const input = await collectReportInput(workspace.atlas, options.area, options.year, options.date, options.indicator);
    const model = buildReportModel(input, { lang: options.lang, mapIndicator: options.indicator });
    title = model.title;
    output = options.format === 'pdf' ? renderPdf(model) : renderReportHtml(model);
  } catch (error) {
    if (error instanceof UnknownAreaError) {
      throw new CliError(`Unbekanntes Gebiet „${error.areaKey}“. Schlüssel sind Text, z. B. 03241001 (Hannover).`,
        `unknown area "${error.areaKey}". Keys are text, e.g. 03241001 (Hannover).`);
    }
    if (error instanceof UnknownPeriodError) {
      throw new CliError(`Für ${error.period} gibt es keine Daten (vorhanden: ${error.available.join(', ')}).`,
        `no data for ${error.period} (available: ${error.available.join(', ')}).`);
    }
    throw error;
  } finally {
    await workspace.close();
  }
  await io.writeFile(options.out, output);
  const size = typeof output === 'string' ? Buffer.byteLength(output) : output.length;
  io.stdout(`${title}: ${options.out} (${options.format.toUpperCase()}, ${size} Bytes)`);
  return 0;
}

export const reportCommand: Command = {
  summary: { de: 'Sozialraumanalyse eines Gebiets als PDF oder HTML', en: 'social space analysis report as PDF or HTML' },
  run,
};
