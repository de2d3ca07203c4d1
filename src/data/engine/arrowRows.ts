import type { Row } from '../connector';

/** The subset of an Arrow table both engines return (kept structural so this file imports no DuckDB). */
export interface ArrowLikeTable {
  schema: { fields: { name: string }[] };
  numRows: number;
  getChildAt(index: number): { get(row: number): unknown } | null;
}

/** Converts one cell to the connector's plain value types: BIGINT → number, dates → ISO text. */
export function plainCell(value: unknown): string | number | boolean | null {
  if (value === null || value === undefined) return null;
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value;
    case 'number':
      return value;
    case 'bigint':
      return Number(value);
    default:
      break;
  }
  if (value instanceof Date) return value.toISOString();
  return String(value);
}

/** One column of an Arrow result, read front to back (iteration walks the chunks; `get(row)` searches them). */
type ArrowColumn = ({ get(row: number): unknown } & Partial<Iterable<unknown>>) | null;

function columnValues(column: ArrowColumn, length: number): unknown[] {
  if (!column) return new Array<unknown>(length).fill(null);
  if (typeof column[Symbol.iterator] === 'function') return Array.from(column as Iterable<unknown>);
  return Array.from({ length }, (_, row) => column.get(row));
}

/**
 * Turns an Arrow result into plain row objects whose column names are own keys. A column called
 * `__proto__` would set the prototype on assignment, so then (and only then) every cell is defined.
 */
export function arrowToRows(table: ArrowLikeTable): Row[] {
  const names = table.schema.fields.map((field) => field.name);
  const n = table.numRows;
  const columns = names.map((_, index) => columnValues(table.getChildAt(index) as ArrowColumn, n));
  const define = names.includes('__proto__');
  const rows: Row[] = new Array(n);
  for (let r = 0; r < n; r++) {
    const row: Row = {};
    for (let c = 0; c < names.length; c++) {
      const value = plainCell(columns[c][r]);
      if (define) Object.defineProperty(row, names[c], { value, enumerable: true, writable: true, configurable: true });
      else row[names[c]] = value;
    }
    rows[r] = row;
  }
  return rows;
}
