/**
 * Statements run right after DuckDB starts, before any user data arrives.
 * DuckDB-WASM's defaults are open: it would download extensions from the internet (and in Node a
 * missing extension hangs forever). After this, `SET` of any of these options fails.
 */
export const LOCKDOWN_STATEMENTS: readonly string[] = [
  'SET autoload_known_extensions=false',
  'SET autoinstall_known_extensions=false',
  'SET allow_community_extensions=false',
  'SET lock_configuration=true',
];

export const LOCKDOWN_SQL = LOCKDOWN_STATEMENTS.map((statement) => `${statement};`).join('\n');
