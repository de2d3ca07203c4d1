import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../connector';
import { ensureSchema, TABLE_ORDER } from '../schema';
import { quoteIdent } from '../sql/quote';
import { openNodeConnector } from './duckdbNode';

let db: Connector;
beforeAll(async () => {
  db = await openNodeConnector();
});
afterAll(async () => {
  await db.close();
});

describe('Node DuckDB connector', () => {
  it('locks the configuration: extensions cannot be switched back on', async () => {
    const rows = await db.query(
      "SELECT name, value FROM duckdb_settings() WHERE name IN ('autoload_known_extensions', 'autoinstall_known_extensions', 'allow_community_extensions', 'lock_configuration') ORDER BY name",
    );
    expect(rows).toEqual([
      { name: 'allow_community_extensions', value: 'false' },
      { name: 'autoinstall_known_extensions', value: 'false' },
      { name: 'autoload_known_extensions', value: 'false' },
      { name: 'lock_configuration', value: 'true' },
    ]);
    await expect(db.exec('SET autoload_known_extensions=true')).rejects.toThrow(/locked/);
    await expect(db.exec('SET lock_configuration=false')).rejects.toThrow(/locked/);
  });

  it('returns plain rows: BIGINT and DECIMAL as numbers, text keys with leading zeros', async () => {
    const rows = await db.query("SELECT 42::BIGINT AS n, 2.50::DECIMAL(5,2) AS d, '03241001' AS k, NULL AS z, true AS b, count(*) AS c FROM range(3)");
    expect(rows).toEqual([{ n: 42, d: 2.5, k: '03241001', z: null, b: true, c: 3 }]);
    expect(() => JSON.stringify(rows)).not.toThrow();
  });

  it('binds parameters as values, never as SQL', async () => {
    const hostile = "'; DROP TABLE areas; --";
    const rows = await db.query('SELECT ? AS a, ? AS b, ? AS c, ? AS d', [hostile, 1.5, false, null]);
    expect(rows).toEqual([{ a: hostile, b: 1.5, c: false, d: null }]);
  });

  it('creates every table of the schema (idempotently)', async () => {
    await ensureSchema(db);
    await ensureSchema(db);
    const rows = await db.query("SELECT table_name FROM information_schema.tables WHERE table_schema = 'main' ORDER BY table_name");
    expect(rows.map((r) => r.table_name)).toEqual([...TABLE_ORDER].sort());
    const keyTypes = await db.query(
      "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = 'areas' AND column_name IN ('key', 'parent_key') ORDER BY column_name",
    );
    expect(keyTypes).toEqual([{ column_name: 'key', data_type: 'VARCHAR' }, { column_name: 'parent_key', data_type: 'VARCHAR' }]);
  });

  it('hostile identifiers round-trip through a real CREATE/INSERT/SELECT and drop nothing', async () => {
    await db.exec('CREATE TABLE t (x INTEGER)');
    const names = ['x" from t; DROP TABLE t; --', '__proto__', 'constructor', 'Straße "Süd"'];
    const table = quoteIdent('hostile "table"; DROP TABLE t; --');
    await db.exec(`CREATE TABLE ${table} (${names.map((n) => `${quoteIdent(n)} VARCHAR`).join(', ')})`);
    await db.query(`INSERT INTO ${table} VALUES (${names.map(() => '?').join(', ')})`, ['a', 'b', 'c', 'd']);
    const rows = await db.query(`SELECT ${names.map(quoteIdent).join(', ')} FROM ${table}`);
    expect(rows).toHaveLength(1);
    expect(Object.keys(rows[0])).toEqual(names);
    expect(Object.getOwnPropertyDescriptor(rows[0], '__proto__')?.value).toBe('b');
    expect(Object.getPrototypeOf(rows[0])).toBe(Object.prototype);
    expect(rows[0]['x" from t; DROP TABLE t; --']).toBe('a');
    // t still exists
    expect(await db.query('SELECT count(*) AS n FROM t')).toEqual([{ n: 0 }]);
  });

  it('transaction: commits on success, rolls back everything on failure', async () => {
    await db.exec('CREATE TABLE tx (k VARCHAR PRIMARY KEY)');
    await db.transaction(async () => {
      await db.query('INSERT INTO tx VALUES (?)', ['01']);
    });
    await expect(
      db.transaction(async () => {
        await db.query('INSERT INTO tx VALUES (?)', ['02']);
        await db.query('INSERT INTO tx VALUES (?)', ['01']); // duplicate key
      }),
    ).rejects.toThrow(/Duplicate key|constraint/i);
    await expect(db.transaction(async () => {
      await db.query('INSERT INTO tx VALUES (?)', ['03']);
      throw new Error('work failed');
    })).rejects.toThrow('work failed');
    expect(await db.query('SELECT k FROM tx ORDER BY k')).toEqual([{ k: '01' }]);
  });

  it('reads registered text with read_csv and explicit types', async () => {
    await db.registerFileText('qa_import_test.csv', 'k,v\n"007","1.5"\n');
    const rows = await db.query(
      "SELECT * FROM read_csv('qa_import_test.csv', header=true, columns={'k': 'VARCHAR', 'v': 'DOUBLE'}, auto_detect=false, quote='\"', escape='\"')",
    );
    expect(rows).toEqual([{ k: '007', v: 1.5 }]);
    await db.dropFile('qa_import_test.csv');
    await expect(db.query("SELECT * FROM read_csv('qa_import_test.csv', header=true, columns={'k': 'VARCHAR'}, auto_detect=false)")).rejects.toThrow();
  });
});
