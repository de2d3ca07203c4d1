import { describe, expect, it } from 'vitest';
import { createTableSql, schemaSql, TABLES, type TableSpec } from '../schema';
import { csvInsertSql, deleteDatasetRowsSql, insertRowSql } from './csvInsert';

const spec: TableSpec = {
  name: 'projects',
  columns: [{ name: 'id', type: 'VARCHAR', notNull: true }, { name: 'lon', type: 'DOUBLE' }, { name: 'we"ird', type: 'BOOLEAN' }],
  primaryKey: ['id'],
};

describe('import SQL builders', () => {
  it('reads a generated CSV with every column typed and no sniffing', () => {
    expect(csvInsertSql(spec, 'qa_import_7.csv')).toBe(
      'INSERT INTO "projects" ("id", "lon", "we""ird") SELECT "id", "lon", "we""ird" FROM read_csv(\'qa_import_7.csv\', ' +
        'header=true, columns={\'id\': \'VARCHAR\', \'lon\': \'DOUBLE\', \'we"ird\': \'BOOLEAN\'}, auto_detect=false, ' +
        'delim=\',\', quote=\'"\', escape=\'"\', allow_quoted_nulls=false, max_line_size=16777216, buffer_size=33554432)',
    );
  });

  it('one-row insert and dataset delete use parameters', () => {
    expect(insertRowSql(spec)).toBe('INSERT INTO "projects" ("id", "lon", "we""ird") VALUES (?, ?, ?)');
    expect(deleteDatasetRowsSql(spec)).toBe('DELETE FROM "projects" WHERE "dataset" = ?');
    expect(deleteDatasetRowsSql(TABLES.datasets)).toBe('DELETE FROM "datasets" WHERE "id" = ?');
  });

  it('schema DDL: keys are VARCHAR with primary keys', () => {
    expect(createTableSql(TABLES.observations)).toBe(
      'CREATE TABLE IF NOT EXISTS "observations" ("area_key" VARCHAR NOT NULL, "indicator" VARCHAR NOT NULL, ' +
        '"period" VARCHAR NOT NULL, "value" DOUBLE, "status" VARCHAR NOT NULL, "numerator" DOUBLE, "denominator" DOUBLE, ' +
        '"dataset" VARCHAR NOT NULL, PRIMARY KEY ("area_key", "indicator", "period"))',
    );
    expect(schemaSql().split('\n')).toHaveLength(7);
    for (const table of Object.values(TABLES)) {
      for (const column of table.columns) {
        if (/key$|^id$|^dataset$|^indicator$|^period$/.test(column.name)) expect(column.type).toBe('VARCHAR');
      }
    }
  });
});
