/**
 * Writes rows as the normalised CSV that `read_csv` reads back with explicit types:
 * null → empty unquoted cell (NULL), every string quoted (so `""` stays an empty string and a key
 * keeps its zeros), numbers in JS notation, booleans as true/false.
 */
export type CsvValue = string | number | boolean | null;

function cell(value: CsvValue): string {
  if (value === null) return '';
  if (typeof value === 'string') return `"${value.replace(/"/g, '""')}"`;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`Not a finite number: ${value}`);
    return String(value);
  }
  return value ? 'true' : 'false';
}

export function toNormalisedCsv(columns: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  const lines = [columns.map((name) => cell(name)).join(',')];
  for (const row of rows) {
    if (row.length !== columns.length) throw new Error(`Row has ${row.length} cells, expected ${columns.length}`);
    lines.push(row.map(cell).join(','));
  }
  return `${lines.join('\n')}\n`;
}
