import { parseArgs } from 'node:util';
import { applyDisclosure } from '../../analysis/disclosure/applyDisclosure';
import { computeSocialIndex, type SocialIndexResult } from '../../analysis/index/computeSocialIndex';
import type { IndexArea } from '../../analysis/index/prepareIndexInput';
import { parseMethod } from '../../analysis/index/methodJson';
import { PRESETS, withWeights } from '../../analysis/index/presets';
import type { IndexMethod } from '../../analysis/index/types';
import { formatNumber } from '../../core/format';
import { isStatus } from '../../core/status';
import { LEVELS, type Level, type Observation } from '../../core/types';
import { parseValueCell } from '../../core/valueCell';
import { parseCsvText } from '../../data/import/csvParse';
import { failCommand, type CommandIo } from './commandIo';

export type { CommandIo } from './commandIo';

export const INDEX_SUMMARY = { de: 'Sozialindex (Status, Dynamik, Klassen) berechnen', en: 'compute a social index (status, dynamics, classes)' };

export const INDEX_HELP = `atlas index <long.csv> (--preset mss|hamburg | --method <Methode.json>) --year <JJJJ> [--level <Ebene>] [--json]

  Berechnet einen Sozialindex: z-Werte je Indikator, Status- und Dynamikindex, Klassen nach Bedarf, Gruppen.
  Computes a social index: z-values per indicator, status and dynamics index, classes by need, groups.

  <long.csv>  area_key,indicator,period,value[,numerator,denominator,area_name,status,level]
              (Trennzeichen , oder ; / delimiter , or ;  — Dezimalpunkt, DIN-Symbole / dot decimals, DIN symbols)
  --preset    mss (Berlin MSS, 2 Jahre Dynamik / 2-year dynamics) oder/or hamburg (3 Jahre / 3 years)
  --method    gespeicherte Methode (JSON, Version 1) statt Preset / saved method (JSON, version 1) instead of a preset
  --year      Berichtsjahr / reporting year
  --level     land|kreis|gemeinde|quartier; Standard: die feinste Ebene der Datei / default: the file's finest level
  --reference all|parent: Bezug aller Gebiete oder je übergeordnetem Gebiet / against all areas or each parent
  --json      Ergebnis als JSON / result as JSON
  --disclose  Geheimhaltung (Standardregeln wie in Karte und Bericht) vor der Berechnung anwenden; die Regel wird
              ausgegeben. Ohne diese Option: Auswertung der eigenen Rohdaten, nicht zur Veröffentlichung. /
              apply disclosure control (the map's and report's default rules) before computing; the rule is printed.
              Without it: an analysis of your own raw data, not for publication.
  Einwohner aus dem Indikator "population" / residents from the indicator "population".
  Fehlt ein Indikator des Presets ganz, erhält er Gewicht 0 (Hinweis) / a preset indicator absent from the file gets weight 0 (notice).`;

class InputError extends Error {
  constructor(readonly de: string, readonly en: string) {
    super(en);
  }
}

const fail = failCommand;

interface LongTable {
  observations: Observation[];
  areas: Map<string, { name: string; level: Level }>;
}

/** Level from the key pattern: 2 digits Land, 5 Kreis, 8 Gemeinde (AGS), `<AGS>-Qnn` Quartier. */
export function inferLevel(key: string): Level | null {
  if (/^\d{8}-Q\d+$/.test(key)) return 'quartier';
  if (/^\d{8}$/.test(key)) return 'gemeinde';
  if (/^\d{5}$/.test(key)) return 'kreis';
  if (/^\d{2}$/.test(key)) return 'land';
  return null;
}

function parentOf(key: string, level: Level): string | null {
  if (level === 'quartier') return key.split('-')[0];
  if (level === 'gemeinde') return key.slice(0, 5);
  if (level === 'kreis') return key.slice(0, 2);
  return null;
}

/** Reads the long CSV. Keys stay text; every bad line is an error with its line number. */
export function readLongCsv(text: string): LongTable {
  const body = text.replace(/^\uFEFF/, '');
  const firstLine = body.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = firstLine.includes(';') && !firstLine.includes(',') ? ';' : ',';
  const { rows, problems } = parseCsvText(body, { delimiter });
  if (problems.length > 0) {
    const p = problems[0];
    throw new InputError(`CSV-Fehler in Zeile ${p.line}: ${p.message}`, `CSV error at line ${p.line}: ${p.message}`);
  }
  if (rows.length < 2) throw new InputError('Die Datei enthält keine Datenzeilen.', 'the file has no data rows.');
  const header = rows[0].map((h) => h.trim().toLowerCase());
  const col = (name: string) => header.indexOf(name);
  for (const required of ['area_key', 'indicator', 'period', 'value']) {
    if (col(required) < 0) throw new InputError(`Spalte „${required}“ fehlt.`, `column "${required}" is missing.`);
  }
  const [cKey, cInd, cPeriod, cValue] = ['area_key', 'indicator', 'period', 'value'].map(col);
  const [cNum, cDen, cName, cStatus, cLevel] = ['numerator', 'denominator', 'area_name', 'status', 'level'].map(col);
  const observations: Observation[] = [];
  const areas = new Map<string, { name: string; level: Level }>();
  const errors: { de: string; en: string }[] = [];
  const optionalNumber = (row: string[], c: number): number | null => {
    if (c < 0) return null;
    const cell = parseValueCell(row[c] ?? '');
    return cell.ok ? cell.value : null;
  };
  for (let r = 1; r < rows.length; r++) {
    const row = rows[r];
    const line = r + 1;
    if (row.length === 1 && row[0].trim() === '') continue;
    if (row.length !== header.length) {
      errors.push({ de: `Zeile ${line}: ${row.length} statt ${header.length} Felder`, en: `line ${line}: ${row.length} fields instead of ${header.length}` });
      continue;
    }
    const key = row[cKey].trim();
    const cell = parseValueCell(row[cValue]);
    if (!cell.ok) {
      errors.push({ de: `Zeile ${line}: Wert „${row[cValue]}“ ist keine Zahl und kein Symbol`, en: `line ${line}: value "${row[cValue]}" is neither a number nor a symbol` });
      continue;
    }
    let status = cell.status;
    if (cStatus >= 0 && row[cStatus].trim() !== '') {
      const given = row[cStatus].trim();
      if (!isStatus(given)) {
        errors.push({ de: `Zeile ${line}: unbekannter Status „${given}“`, en: `line ${line}: unknown status "${given}"` });
        continue;
      }
      status = given;
    }
    let level: Level | null = inferLevel(key);
    if (cLevel >= 0 && row[cLevel].trim() !== '') {
      const given = row[cLevel].trim() as Level;
      if (!LEVELS.includes(given)) {
        errors.push({ de: `Zeile ${line}: unbekannte Ebene „${given}“`, en: `line ${line}: unknown level "${given}"` });
        continue;
      }
      level = given;
    }
    if (key === '' || level === null) {
      errors.push({ de: `Zeile ${line}: Ebene von „${key}“ unbekannt (Spalte level ergänzen)`, en: `line ${line}: level of "${key}" unknown (add a level column)` });
      continue;
    }
    areas.set(key, { name: cName >= 0 && row[cName].trim() !== '' ? row[cName].trim() : (areas.get(key)?.name ?? key), level });
    observations.push({
      areaKey: key, indicator: row[cInd].trim(), period: row[cPeriod].trim(), value: cell.value, status,
      numerator: optionalNumber(row, cNum), denominator: optionalNumber(row, cDen),
    });
  }
  if (errors.length > 0) {
    const shown = errors.slice(0, 10);
    const more = errors.length > 10 ? errors.length - 10 : 0;
    throw new InputError(
      `${errors.length} fehlerhafte Zeile(n):\n  ${shown.map((e) => e.de).join('\n  ')}${more ? `\n  … und ${more} weitere` : ''}`,
      `${errors.length} bad line(s):\n  ${shown.map((e) => e.en).join('\n  ')}${more ? `\n  … and ${more} more` : ''}`,
    );
  }
  return { observations, areas };
}

function textReport(result: SocialIndexResult, level: Level): string {
  const p = result.parameters;
  const lines = [
    `Sozialindex / social index: ${p.method.name} · ${p.year}${p.baseYear ? ` (Dynamik seit / dynamics since ${p.baseYear})` : ''} · ${level}`,
    `Gebiete / areas: ${p.areaCount}, einbezogen / included: ${p.includedCount}`,
    '',
    'Schlüssel/key | Name | Statusindex | Status | Dynamik/dynamics | Gruppe/group',
  ];
  const fmt = (x: number | null) => (x === null ? '–' : formatNumber(x, 'de', 2));
  for (const a of result.areas) {
    if (a.excluded) continue;
    lines.push(`${a.key} | ${a.name} | ${fmt(a.statusIndex)} | ${a.statusLabel?.de ?? '–'} | ${a.dynamicsLabel?.de ?? '–'} | ${a.group ?? '–'}`);
  }
  const excluded = result.areas.filter((a) => a.excluded);
  if (excluded.length > 0) {
    lines.push('', 'Ausgeschlossen / excluded:');
    for (const a of excluded) lines.push(`  ${a.key} ${a.name}: ${a.excluded}`);
  }
  lines.push('', 'Ein Index allein begründet keinen Handlungsbedarf / an index alone does not establish need for action.');
  return lines.join('\n');
}

/**
 * `atlas index`: social index of one level and year; `--json` prints {level, warnings, parameters, areas}.
 * @example await run(['long.csv', '--preset', 'mss', '--year', '2024', '--json'], io) // → 0
 */
export async function run(args: string[], io: CommandIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args, strict: true, allowPositionals: true,
      options: {
        preset: { type: 'string' }, method: { type: 'string' }, year: { type: 'string' }, level: { type: 'string' },
        reference: { type: 'string' }, json: { type: 'boolean', default: false }, disclose: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    return fail(io, `Ungültige Option: ${(error as Error).message}`, `invalid option: ${(error as Error).message}`);
  }
  const { values: opt, positionals } = parsed;
  if (opt.help) {
    io.stdout(INDEX_HELP);
    return 0;
  }
  if (positionals.length !== 1) return fail(io, 'Genau eine Eingabedatei angeben.', 'give exactly one input file.');
  if (!opt.year || !/^\d{4}$/.test(opt.year)) return fail(io, '--year <JJJJ> fehlt oder ist ungültig.', '--year <yyyy> is missing or invalid.');
  if ((opt.preset === undefined) === (opt.method === undefined)) {
    return fail(io, 'Entweder --preset mss|hamburg oder --method <Datei> angeben.', 'give either --preset mss|hamburg or --method <file>.');
  }
  if (opt.level !== undefined && !LEVELS.includes(opt.level as Level)) {
    return fail(io, `Unbekannte Ebene „${opt.level}“ (${LEVELS.join(', ')}).`, `unknown level "${opt.level}" (${LEVELS.join(', ')}).`);
  }
  if (opt.reference !== undefined && opt.reference !== 'all' && opt.reference !== 'parent') {
    return fail(io, '--reference muss all oder parent sein.', '--reference must be all or parent.');
  }
  try {
    let method: IndexMethod;
    if (opt.preset !== undefined) {
      if (!Object.hasOwn(PRESETS, opt.preset)) return fail(io, `Unbekanntes Preset „${opt.preset}“ (mss, hamburg).`, `unknown preset "${opt.preset}" (mss, hamburg).`);
      method = PRESETS[opt.preset as keyof typeof PRESETS];
    } else {
      method = parseMethod(await readInput(io, opt.method as string));
    }
    if (opt.reference) method = { ...method, reference: { kind: opt.reference as 'all' | 'parent' } };
    const table = readLongCsv(await readInput(io, positionals[0]));
    const present = new Set([...table.areas.values()].map((a) => a.level));
    const level = (opt.level as Level | undefined) ?? [...LEVELS].reverse().find((l) => present.has(l)) as Level;
    const keys = [...table.areas].filter(([, a]) => a.level === level).map(([key]) => key);
    if (keys.length === 0) return fail(io, `Keine Gebiete der Ebene ${level} in der Datei.`, `no areas of level ${level} in the file.`);
    const keySet = new Set(keys);
    // --disclose: the same engine as AtlasData, over every level of the file (sibling groups need the parents).
    const disclosed = opt.disclose
      ? applyDisclosure(table.observations, {}, { areas: [...table.areas].map(([key, a]) => ({ key, level: a.level, parentKey: parentOf(key, a.level) })) })
      : null;
    const observations = (disclosed?.figures ?? table.observations).filter((o) => keySet.has(o.areaKey));
    const indicators = new Set(observations.map((o) => o.indicator));
    const absent = method.indicators.filter((i) => i.weight > 0 && !indicators.has(i.id)).map((i) => i.id);
    const warnings: { de: string; en: string }[] = [];
    if (absent.length === method.indicators.filter((i) => i.weight > 0).length) {
      return fail(io, `Keiner der Indikatoren der Methode ist in der Datei: ${absent.join(', ')}.`, `none of the method's indicators is in the file: ${absent.join(', ')}.`);
    }
    if (absent.length > 0) {
      method = withWeights(method, Object.fromEntries(absent.map((id) => [id, 0])));
      warnings.push({ de: `Nicht in der Datei, Gewicht 0: ${absent.join(', ')}`, en: `not in the file, weight 0: ${absent.join(', ')}` });
      for (const w of warnings) io.stderr(`Hinweis: ${w.de}\nNotice: ${w.en}`);
    }
    const areas: IndexArea[] = keys.map((key) => ({ key, name: table.areas.get(key)?.name, parentKey: parentOf(key, level) }));
    const result = computeSocialIndex(observations, areas, method, opt.year);
    const disclosure = disclosed && {
      textDe: disclosed.record.textDe, textEn: disclosed.record.textEn, primary: disclosed.record.primary, secondary: disclosed.record.secondary,
    };
    if (opt.json) io.stdout(JSON.stringify({ level, warnings, parameters: result.parameters, areas: result.areas, ...(disclosure ? { disclosure } : {}) }, null, 2));
    else io.stdout(textReport(result, level) + (disclosure ? `\n${disclosure.textDe}\n${disclosure.textEn}` : ''));
    return 0;
  } catch (error) {
    if (error instanceof InputError) return fail(io, error.de, error.en);
    const message = (error as Error).message;
    return fail(io, `Index nicht berechenbar: ${message}`, `cannot compute the index: ${message}`);
  }
}

async function readInput(io: CommandIo, path: string): Promise<string> {
  try {
    return await io.readFile(path);
  } catch (error) {
    throw new InputError(`Datei „${path}“ nicht lesbar: ${(error as Error).message}`, `cannot read file "${path}": ${(error as Error).message}`);
  }
}
