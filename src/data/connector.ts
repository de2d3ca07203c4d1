/**
 * The one interface through which the app, the CLI and the tests talk to DuckDB.
 * Two implementations: `engine/duckdbBrowser.ts` (DuckDB-WASM in a Web Worker) and
 * `engine/duckdbNode.ts` (the blocking Node build of DuckDB-WASM). Nothing else imports DuckDB.
 */
export type Row = Record<string, string | number | boolean | null>;

export interface Connector {
  /** Runs one statement and returns its rows. BIGINT/HUGEINT come back as JS numbers. */
  query(sql: string, params?: readonly (string | number | boolean | null)[]): Promise<Row[]>;
  /** Runs one or more statements without results. */
  exec(sql: string): Promise<void>;
  /** Makes `text` readable by `read_csv('<name>')`. Use generated names only (see `data/fileName.ts`). */
  registerFileText(name: string, text: string): Promise<void>;
  dropFile(name: string): Promise<void>;
  /** Runs `work` in one transaction: everything or nothing. */
  transaction<T>(work: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
