/**
 * The one helper that puts an identifier (table or column name) into SQL.
 * Doubles embedded `"`; rejects empty names and NUL/control characters, which no legitimate
 * column name needs and which could confuse logs or tools downstream.
 */
export function quoteIdent(name: string): string {
  if (typeof name !== 'string' || name.length === 0) {
    throw new Error('Empty SQL identifier / Leerer SQL-Bezeichner');
  }
  // eslint-disable-next-line no-control-regex
  const control = /[\u0000-\u001f\u007f]/.exec(name);
  if (control) {
    const code = control[0].charCodeAt(0).toString(16).padStart(4, '0');
    throw new Error(
      `SQL-Bezeichner enthält ein Steuerzeichen (U+${code}) an Position ${control.index + 1} / ` +
        `SQL identifier contains a control character (U+${code}) at position ${control.index + 1}`,
    );
  }
  return `"${name.replace(/"/g, '""')}"`;
}

/** A string literal, for the few places DuckDB does not accept a parameter (e.g. read_csv's file name). */
export function quoteLiteral(text: string): string {
  if (text.includes('\u0000')) throw new Error('NUL in SQL literal / NUL in SQL-Literal');
  return `'${text.replace(/'/g, "''")}'`;
}
