/**
 * Names under which text is registered with DuckDB (`registerFileText`). Never the user's file name:
 * a generated `qa_import_<n>.csv` cannot contain quotes, paths or SQL.
 */
let counter = 0;

export function generatedFileName(prefix = 'qa_import', extension = 'csv'): string {
  counter += 1;
  return `${prefix}_${counter}.${extension}`;
}
