import type { Connector } from './connector';
import { quoteIdent } from './sql/quote';

/**
 * The workspace schema (see ARCHITECTURE.md "Data model"). Keys are TEXT everywhere; geometry is
 * GeoJSON geometry JSON as TEXT (the spatial extension is not available offline, turf does geometry).
 * Each table is described as data so that the importer can build its typed `read_csv` column list.
 */
export const SCHEMA_VERSION = 1;

export type ColumnType = 'VARCHAR' | 'DOUBLE' | 'INTEGER' | 'BOOLEAN' | 'TIMESTAMP';

export interface ColumnSpec {
  name: string;
  type: ColumnType;
  notNull?: boolean;
}

export interface TableSpec {
  name: TableName;
  columns: readonly ColumnSpec[];
  primaryKey: readonly string[];
}

export type TableName =
  | 'datasets'
  | 'areas'
  | 'indicators'
  | 'observations'
  | 'programme_areas'
  | 'projects'
  | 'methods';

const text = (name: string, notNull = false): ColumnSpec => ({ name, type: 'VARCHAR', notNull });
const num = (name: string): ColumnSpec => ({ name, type: 'DOUBLE' });
const int = (name: string): ColumnSpec => ({ name, type: 'INTEGER' });
const bool = (name: string): ColumnSpec => ({ name, type: 'BOOLEAN', notNull: true });

export const TABLES: Readonly<Record<TableName, TableSpec>> = {
  datasets: {
    name: 'datasets',
    columns: [
      text('id', true), text('name', true), text('file_name', true), text('file_hash', true),
      text('table_code'), text('title'), text('reference_date'), text('vintage'),
      text('source', true), text('licence', true), text('attribution', true), bool('synthetic'),
      { name: 'imported_at', type: 'TIMESTAMP', notNull: true },
    ],
    primaryKey: ['id'],
  },
  areas: {
    name: 'areas',
    columns: [
      text('key', true), text('level', true), text('name', true), text('type'), text('parent_key'),
      text('geometry'), num('area_km2'), text('vintage'), bool('synthetic'), text('dataset', true),
    ],
    primaryKey: ['key'],
  },
  indicators: {
    name: 'indicators',
    columns: [
      text('id', true), text('label_de', true), text('label_en', true), text('unit', true),
      text('polarity', true), text('numerator', true), text('denominator', true), num('scale'),
      text('definition_de', true), text('definition_en', true), text('reference_date', true),
      text('source', true), text('licence', true), text('attribution', true), bool('synthetic'),
      text('dataset', true),
    ],
    primaryKey: ['id'],
  },
  observations: {
    name: 'observations',
    columns: [
      text('area_key', true), text('indicator', true), text('period', true), num('value'),
      text('status', true), num('numerator'), num('denominator'), text('dataset', true),
    ],
    primaryKey: ['area_key', 'indicator', 'period'],
  },
  programme_areas: {
    name: 'programme_areas',
    columns: [
      text('id', true), text('name', true), text('programme', true), int('start_year'), text('area_key'),
      text('geometry'), bool('synthetic'), text('dataset', true),
    ],
    primaryKey: ['id'],
  },
  projects: {
    name: 'projects',
    columns: [
      text('id', true), text('name', true), text('type', true), int('founded_year'),
      { name: 'lon', type: 'DOUBLE', notNull: true }, { name: 'lat', type: 'DOUBLE', notNull: true },
      text('area_key'), bool('synthetic'), text('dataset', true),
    ],
    primaryKey: ['id'],
  },
  methods: {
    name: 'methods',
    columns: [
      text('id', true), text('name', true), text('version', true), text('params', true),
      { name: 'created_at', type: 'TIMESTAMP', notNull: true },
    ],
    primaryKey: ['id'],
  },
};

/** Tables in creation order. */
export const TABLE_ORDER: readonly TableName[] = [
  'datasets', 'areas', 'indicators', 'observations', 'programme_areas', 'projects', 'methods',
];

/** `CREATE TABLE IF NOT EXISTS …` for one table. */
export function createTableSql(spec: TableSpec): string {
  const columns = spec.columns.map(
    (column) => `${quoteIdent(column.name)} ${column.type}${column.notNull ? ' NOT NULL' : ''}`,
  );
  const key = `PRIMARY KEY (${spec.primaryKey.map(quoteIdent).join(', ')})`;
  return `CREATE TABLE IF NOT EXISTS ${quoteIdent(spec.name)} (${[...columns, key].join(', ')})`;
}

export function schemaSql(): string {
  return TABLE_ORDER.map((name) => `${createTableSql(TABLES[name])};`).join('\n');
}

/** Creates every table that is missing. Idempotent. */
export async function ensureSchema(connector: Connector): Promise<void> {
  await connector.exec(schemaSql());
}
