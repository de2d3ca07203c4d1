import { normaliseAreaKey, readAreaKey } from '../../../core/areaKey';
import { symbolStatus } from '../../../core/status';
import { parseCsvText } from '../csvParse';
import { detectDecimal } from '../detect/decimal';
import { problem, type NormalisedRow, type TableImport } from '../normalised';
import { finishRows } from './finish';
import { readPeriod } from './period';
import { ProblemList } from './problemList';
import { indicatorId } from './slug';
import { readValueCell } from './valueCell';

/**
 * GENESIS flat file CSV (ffcsv): one long table, columns found by their header names. Reads the
 * current layout (`time`, `N_variable_attribute_code`, `value`, `value_unit`, `value_variable_label`,
 * `value_q`) and the older one (`Zeit`, `N_Auspraegung_Code`, `CODE__Label__Unit` + `CODE__Label__q`).
 */
export interface FfcsvOptions {
  fileName: string;
  delimiter: string;
}

type Columns = Map<string, number>;

function pick(columns: Columns, ...names: string[]): number | undefined {
  for (const name of names) {
    const index = columns.get(name.toLowerCase());
    if (index !== undefined) return index;
  }
  return undefined;
}

/** True when a header row looks like a GENESIS flat file. */
export function isFfcsvHeader(header: readonly string[]): boolean {
  const names = new Set(header.map((h) => h.trim().toLowerCase()));
  const hasVariables = [...names].some((n) => /^\d+_(variable|merkmal)_code$/.test(n));
  return names.has('statistics_code') || names.has('statistik_code') || (hasVariables && (names.has('time') || names.has('zeit')));
}

interface Variable { code?: number; label?: number; attrCode: number; attrLabel?: number }
interface ValueSpec { value: number; quality?: number; unit?: number; label?: number; fixedLabel?: string; fixedUnit?: string }

export function parseFfcsv(text: string, options: FfcsvOptions): TableImport {
  const { fileName } = options;
  const problems = new ProblemList();
  const parsed = parseCsvText(text, { delimiter: options.delimiter });
  for (const p of parsed.problems) {
    problems.add(problem('error', `csv_${p.code}`, fileName, { line: p.line }, `Zeile ${p.line}: CSV-Fehler (${p.message}).`,
      `Line ${p.line}: CSV error (${p.message}).`, 'Prüfen Sie Anführungszeichen.', 'Check the quotes.'));
  }
  const [header = [], ...body] = parsed.rows;
  const columns: Columns = new Map(header.map((h, i) => [h.trim().toLowerCase(), i]));
  const provenance = { fileName, tableCode: null as string | null, title: null as string | null, referenceDates: [] as string[], licence: null, stand: null, footnotes: [] };
  const statistic = pick(columns, 'statistics_code', 'Statistik_Code');
  const statisticLabel = pick(columns, 'statistics_label', 'Statistik_Label');
  const time = pick(columns, 'time', 'Zeit');
  const variables: Variable[] = [];
  for (let n = 1; n < 20; n++) {
    const attrCode = pick(columns, `${n}_variable_attribute_code`, `${n}_Auspraegung_Code`);
    if (attrCode === undefined) continue;
    variables.push({
      code: pick(columns, `${n}_variable_code`, `${n}_Merkmal_Code`), label: pick(columns, `${n}_variable_label`, `${n}_Merkmal_Label`),
      attrCode, attrLabel: pick(columns, `${n}_variable_attribute_label`, `${n}_Auspraegung_Label`),
    });
  }
  const specs: ValueSpec[] = [];
  const value = pick(columns, 'value');
  if (value !== undefined) {
    specs.push({ value, quality: pick(columns, 'value_q'), unit: pick(columns, 'value_unit'), label: pick(columns, 'value_variable_label') });
  } else {
    header.forEach((name, i) => {
      const match = /^(.+?)__(.+?)(?:__(.+))?$/.exec(name.trim());
      if (!match || /__q$/i.test(name.trim()) || /^\d+_/.test(name)) return;
      const quality = pick(columns, `${match[1]}__${match[2]}__q`);
      specs.push({ value: i, quality, fixedLabel: match[2].replace(/_/g, ' '), fixedUnit: match[3] ?? '' });
    });
  }
  const lines = parsed.lines.slice(1);
  const share = (v: Variable) => body.filter((row) => readAreaKey(row[v.attrCode] ?? '').kind === 'key').length / Math.max(1, body.length);
  const area = variables.find((v) => share(v) >= 0.9);
  if (time === undefined || specs.length === 0 || !area) {
    problems.add(problem('error', 'ffcsv_columns', fileName, { line: 1 },
      'Flatfile-CSV ohne Zeit-, Werte- oder Gebietsspalte (Gebietsschlüssel in N_variable_attribute_code).',
      'Flat file CSV without a time, value or area column (area keys in N_variable_attribute_code).',
      'Laden Sie die Tabelle mit regionaler Gliederung als „Flatfile CSV“ herunter.', 'Download the table with a regional breakdown as "flat file CSV".'));
    return { format: 'genesis-ffcsv', provenance, indicators: [], rows: [], problems: problems.list(), level: null, keyColumn: null };
  }
  const decimal = detectDecimal(body.flatMap((row) => specs.map((s) => row[s.value] ?? ''))).decimal;
  const style = decimal === '.' ? 'en' : 'de';
  const others = variables.filter((v) => v !== area);
  const out: NormalisedRow[] = [];
  const ids = new Map<string, string>();
  const dates = new Set<string>();
  body.forEach((row, r) => {
    const line = lines[r];
    if (row.every((c) => c.trim() === '')) return;
    if (row.length !== header.length) {
      problems.add(problem('error', 'ragged_row', fileName, { line }, `Zeile ${line}: ${row.length} Felder statt ${header.length}.`,
        `Line ${line}: ${row.length} fields instead of ${header.length}.`, 'Prüfen Sie Trennzeichen und Anführungszeichen.', 'Check delimiters and quotes.'));
      return;
    }
    if (statistic !== undefined && provenance.tableCode === null) provenance.tableCode = row[statistic].trim();
    if (statisticLabel !== undefined && provenance.title === null) provenance.title = row[statisticLabel].trim();
    const rawTime = row[time].trim();
    dates.add(rawTime);
    const period = readPeriod(rawTime) ?? rawTime;
    const key = normaliseAreaKey(row[area.attrCode]);
    const name = area.attrLabel === undefined ? '' : row[area.attrLabel].trim();
    const breakdown = others.map((v) => (v.attrLabel !== undefined ? row[v.attrLabel] : row[v.attrCode]).trim()).filter((b) => b !== '');
    for (const spec of specs) {
      const raw = row[spec.value];
      const q = spec.quality === undefined ? 'e' : row[spec.quality].trim();
      let reading = readValueCell(raw, { style, zeroIsSymbol: false });
      const qualityStatus = q === '' || q === 'e' ? undefined : symbolStatus(q);
      if (qualityStatus !== undefined && (!reading.ok || reading.status === 'ok' || reading.status === 'missing')) {
        reading = { ok: true, value: null, status: qualityStatus, percent: false };
      }
      const column = header[spec.value];
      if (!reading.ok) {
        problems.add(problem('error', 'invalid_value', fileName, { line, column }, `Zeile ${line}, Spalte „${column}“: ${reading.de}.`,
          `Line ${line}, column "${column}": ${reading.en}.`, 'Korrigieren Sie den Wert.', 'Correct the value.'));
        continue;
      }
      const variableLabel = spec.fixedLabel ?? (spec.label !== undefined ? row[spec.label].trim() : '');
      const parts = [variableLabel, ...breakdown].filter((p) => p !== '');
      const label = parts.join(' – ') || column;
      out.push({
        areaKey: key, areaName: name, indicator: indicatorId(provenance.tableCode, parts, ids, label), label,
        unit: spec.fixedUnit ?? (spec.unit !== undefined ? row[spec.unit].trim() : ''), period,
        value: reading.status === 'zero' ? null : reading.value, status: reading.status, aggregate: false, line,
      });
    }
  });
  provenance.referenceDates = [...dates];
  const { level, indicators } = finishRows(out, problems, fileName);
  return { format: 'genesis-ffcsv', provenance, indicators, rows: out, problems: problems.list(), level, keyColumn: header[area.attrCode] };
}
