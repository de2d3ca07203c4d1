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

/** Turns an Arrow result into plain row objects (null-prototype free of surprises: column names are own keys). */
export function arrowToRows(table: ArrowLikeTable): Row[] {
  const names = table.schema.fields.map((field) => field.name);
  const columns = names.map((_, index) => table.getChildAt(index));
  const rows: Row[] = new Array(table.numRows);
  for (let r = 0; r < table.numRows; r++) {
    const row: Row = {};
    for (let c = 0; c < names.length; c++) {
      const column = columns[c];
      // defineProperty: a column called `__proto__` becomes an own key, never the prototype.
      Object.defineProperty(row, names[c], {
        value: column ? plainCell(column.get(r)) : null,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    rows[r] = row;
  }
  return rows;
}
