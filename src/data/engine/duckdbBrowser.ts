import * as duckdb from '@duckdb/duckdb-wasm';
import mvpWasmUrl from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import ehWasmUrl from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import mvpWorkerUrl from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import ehWorkerUrl from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import type { Connector, Row } from '../connector';
import { arrowToRows, type ArrowLikeTable } from './arrowRows';
import { LOCKDOWN_SQL } from './lockdown';
import { serialise } from './serialise';
import { runInTransaction } from './transaction';

/**
 * The browser engine: DuckDB-WASM in a Web Worker, bundles self-hosted through Vite `?url` imports
 * (never a CDN). The only file that imports '@duckdb/duckdb-wasm'.
 */
export interface EngineProgress {
  bytesLoaded: number;
  bytesTotal: number;
}

const BUNDLES: duckdb.DuckDBBundles = {
  mvp: { mainModule: mvpWasmUrl, mainWorker: mvpWorkerUrl },
  eh: { mainModule: ehWasmUrl, mainWorker: ehWorkerUrl },
};

export async function openBrowserConnector(onProgress?: (progress: EngineProgress) => void): Promise<Connector> {
  const bundle = await duckdb.selectBundle(BUNDLES);
  if (!bundle.mainWorker) throw new Error('DuckDB bundle without worker / DuckDB-Paket ohne Worker');
  const worker = new Worker(bundle.mainWorker);
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  try {
    await db.instantiate(bundle.mainModule, bundle.pthreadWorker, (p) =>
      onProgress?.({ bytesLoaded: p.bytesLoaded, bytesTotal: p.bytesTotal }),
    );
    await db.open({ query: { castBigIntToDouble: true, castDecimalToDouble: true } });
  } catch (error) {
    await db.terminate();
    throw error;
  }
  const conn = await db.connect();
  await conn.query(LOCKDOWN_SQL);

  const run = serialise();
  let closed = false;
  const guard = () => {
    if (closed) throw new Error('DuckDB connection is closed / Die DuckDB-Verbindung ist geschlossen');
  };

  const query = async (sql: string, params?: readonly (string | number | boolean | null)[]): Promise<Row[]> => {
    guard();
    if (!params || params.length === 0) return arrowToRows((await conn.query(sql)) as unknown as ArrowLikeTable);
    const statement = await conn.prepare(sql);
    try {
      return arrowToRows((await statement.query(...params)) as unknown as ArrowLikeTable);
    } finally {
      await statement.close();
    }
  };

  const connector: Connector = {
    query: (sql, params) => run(() => query(sql, params)),
    exec: (sql) => run(async () => void (await query(sql))),
    registerFileText: (name, text) => run(async () => { guard(); await db.registerFileText(name, text); }),
    dropFile: (name) => run(async () => { guard(); await db.dropFile(name); }),
    transaction: (work) => runInTransaction(connector.exec, work),
    close: () => run(async () => {
      if (closed) return;
      closed = true;
      await conn.close();
      await db.terminate();
    }),
  };
  return connector;
}
