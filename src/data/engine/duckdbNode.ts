import { createRequire } from 'node:module';
import type { Connector, Row } from '../connector';
import { arrowToRows, type ArrowLikeTable } from './arrowRows';
import { LOCKDOWN_SQL } from './lockdown';
import { serialise } from './serialise';
import { runInTransaction } from './transaction';

/**
 * The Node engine: the blocking (synchronous) Node build of DuckDB-WASM behind the async Connector.
 * The only file that imports '@duckdb/duckdb-wasm/blocking'. Used by the CLI and the db tests.
 */
type Blocking = typeof import('@duckdb/duckdb-wasm/blocking');

export async function openNodeConnector(): Promise<Connector> {
  const require = createRequire(import.meta.url);
  const duckdb = require('@duckdb/duckdb-wasm/blocking') as Blocking;
  const dist = (file: string) => require.resolve(`@duckdb/duckdb-wasm/dist/${file}`);
  const bundles = {
    mvp: { mainModule: dist('duckdb-mvp.wasm'), mainWorker: dist('duckdb-node-mvp.worker.cjs') },
    eh: { mainModule: dist('duckdb-eh.wasm'), mainWorker: dist('duckdb-node-eh.worker.cjs') },
  };
  const db = await duckdb.createDuckDB(bundles, new duckdb.VoidLogger(), duckdb.NODE_RUNTIME);
  await db.instantiate(() => {});
  db.open({ query: { castBigIntToDouble: true, castDecimalToDouble: true } });
  const conn = db.connect();
  conn.query(LOCKDOWN_SQL);

  const run = serialise();
  let closed = false;
  const guard = () => {
    if (closed) throw new Error('DuckDB connection is closed / Die DuckDB-Verbindung ist geschlossen');
  };

  const query = (sql: string, params?: readonly (string | number | boolean | null)[]): Row[] => {
    guard();
    if (!params || params.length === 0) return arrowToRows(conn.query(sql) as unknown as ArrowLikeTable);
    const statement = conn.prepare(sql);
    try {
      return arrowToRows(statement.query(...params) as unknown as ArrowLikeTable);
    } finally {
      statement.close();
    }
  };

  const connector: Connector = {
    query: (sql, params) => run(async () => query(sql, params)),
    exec: (sql) => run(async () => void query(sql)),
    registerFileText: (name, text) => run(async () => { guard(); db.registerFileText(name, text); }),
    dropFile: (name) => run(async () => { guard(); db.dropFile(name); }),
    transaction: (work) => runInTransaction(connector.exec, work),
    close: () => run(async () => {
      if (closed) return;
      closed = true;
      conn.close();
      db.reset();
    }),
  };
  return connector;
}
