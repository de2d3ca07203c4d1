import { statusCarriesNumber } from '../../core/status';
import type { Connector } from '../connector';
import { importDataset, type ImportOutcome } from '../import/dataset';
import { CATALOGUE_COLUMNS } from '../import/catalogue';
import { toNormalisedCsv, type CsvValue } from '../import/normalisedCsv';
import { ensureSchema, TABLES, TABLE_ORDER } from '../schema';
import { deleteDatasetRowsSql } from '../sql/csvInsert';
import { quoteIdent } from '../sql/quote';
import type { SavedDataset } from './format';

const OBSERVATION_COLUMNS = ['area_key', 'indicator', 'period', 'value', 'status', 'numerator', 'denominator'];
const NO_LICENCE = 'nicht angegeben / not stated';

function sourceText(d: SavedDataset): string {
  const p = d.provenance;
  return [p.tableCode, p.title, p.fileName].filter((x): x is string => !!x).join(' – ');
}

/** The indicator catalogue of a saved dataset, as the catalogue CSV the importer reads. */
export function catalogueText(d: SavedDataset): string {
  const source = sourceText(d);
  const rows: CsvValue[][] = d.indicators.map((i) => [
    i.id, i.label, i.label, i.unit || '–', 'neutral', i.label, i.denominator ?? '', 1,
    '', '', d.provenance.referenceDates.join(', '), source, d.provenance.licence || NO_LICENCE, source, false,
  ]);
  return toNormalisedCsv(CATALOGUE_COLUMNS, rows);
}

/**
 * The observations as the long CSV the importer reads. A count tied to a denominator indicator keeps
 * its value as numerator and the denominator's value (same area and period) as denominator.
 */
export function observationsText(d: SavedDataset): string {
  const lookup = new Map<string, number | null>();
  for (const [area, indicator, period, value] of d.rows) lookup.set(JSON.stringify([area, indicator, period]), value);
  const denominatorOf = new Map(d.indicators.map((i) => [i.id, i.denominator]));
  const rows: CsvValue[][] = d.rows.map(([area, indicator, period, value, status]) => {
    const carries = statusCarriesNumber(status);
    const number = carries ? (value ?? 0) : null;
    const link = denominatorOf.get(indicator) ?? null;
    const denominator = link && carries ? (lookup.get(JSON.stringify([area, link, period])) ?? null) : null;
    return [area, indicator, period, number === null ? '' : String(number), status, denominator !== null ? number : null, denominator];
  });
  // Values are written as text cells; the long-table reader parses them like a user's file.
  return toNormalisedCsv(OBSERVATION_COLUMNS, rows);
}

/** Writes one saved dataset into DuckDB through the regular importer: all rows or none. */
export function writeDataset(connector: Connector, d: SavedDataset): Promise<ImportOutcome> {
  return importDataset(
    connector,
    {
      id: d.id, name: d.name, source: sourceText(d), licence: d.provenance.licence || NO_LICENCE,
      attribution: sourceText(d), synthetic: false, tableCode: d.provenance.tableCode, title: d.provenance.title,
      referenceDate: d.provenance.referenceDates.join(', ') || null,
    },
    {
      ...(d.indicators.length > 0 ? { indicators: { name: `${d.provenance.fileName} (Indikatoren)`, text: catalogueText(d) } } : {}),
      observations: { name: d.provenance.fileName, text: observationsText(d) },
    },
  );
}

/** Removes every row of the dataset from every table, in one transaction. */
export async function deleteDataset(connector: Connector, id: string): Promise<void> {
  await ensureSchema(connector);
  await connector.transaction(async () => {
    for (const name of [...TABLE_ORDER].reverse()) {
      if (name !== 'methods') await connector.query(deleteDatasetRowsSql(TABLES[name]), [id]);
    }
  });
}

export async function renameDataset(connector: Connector, id: string, name: string): Promise<void> {
  await connector.query(`UPDATE ${quoteIdent('datasets')} SET ${quoteIdent('name')} = ? WHERE ${quoteIdent('id')} = ?`, [name, id]);
}
