import type { TableSpec } from '../schema';
import { quoteIdent, quoteLiteral } from './quote';

/**
 * Longest line DuckDB accepts in an import CSV (boundary geometries are long single cells).
 * DuckDB allocates its read buffer from these numbers: 16× a 256 MB line ran out of memory in WASM.
 */
export const MAX_LINE_BYTES = 16 * 1024 * 1024;
export const READ_BUFFER_BYTES = 2 * MAX_LINE_BYTES;

/**
 * `INSERT INTO t (cols) SELECT cols FROM read_csv(file, …)` with every column typed explicitly:
 * DuckDB never sniffs (keys stay VARCHAR). Empty unquoted cells are NULL, `""` is an empty string.
 * `fileName` must be a generated name (see data/fileName.ts).
 */
export function csvInsertSql(spec: TableSpec, fileName: string): string {
  const names = spec.columns.map((column) => quoteIdent(column.name)).join(', ');
  const types = spec.columns.map((column) => `${quoteLiteral(column.name)}: '${column.type}'`).join(', ');
  return (
    `INSERT INTO ${quoteIdent(spec.name)} (${names}) SELECT ${names} FROM read_csv(${quoteLiteral(fileName)}, ` +
    `header=true, columns={${types}}, auto_detect=false, delim=',', quote='"', escape='"', ` +
    `allow_quoted_nulls=false, max_line_size=${MAX_LINE_BYTES}, buffer_size=${READ_BUFFER_BYTES})`
  );
}

/** `INSERT INTO t (cols) VALUES (?, …)` for one row through a prepared statement. */
export function insertRowSql(spec: TableSpec): string {
  const names = spec.columns.map((column) => quoteIdent(column.name)).join(', ');
  const marks = spec.columns.map(() => '?').join(', ');
  return `INSERT INTO ${quoteIdent(spec.name)} (${names}) VALUES (${marks})`;
}

/** `DELETE FROM t WHERE dataset = ?` (used to replace a dataset). */
export function deleteDatasetRowsSql(spec: TableSpec): string {
  const column = spec.name === 'datasets' ? 'id' : 'dataset';
  return `DELETE FROM ${quoteIdent(spec.name)} WHERE ${quoteIdent(column)} = ?`;
}
