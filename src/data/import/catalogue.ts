import type { Indicator, Polarity } from '../../core/types';
import { CellReader } from './cells';
import { problemAt, type ImportProblem } from './problem';
import { readTable } from './table';

/** The indicator catalogue CSV: one indicator per row with its definition and provenance. */
export const CATALOGUE_COLUMNS = [
  'id', 'label_de', 'label_en', 'unit', 'polarity', 'numerator', 'denominator', 'scale',
  'definition_de', 'definition_en', 'reference_date', 'source', 'licence', 'attribution', 'synthetic',
] as const;
const REQUIRED = ['id', 'label_de', 'label_en', 'unit', 'polarity', 'source', 'licence'];
const POLARITIES: readonly Polarity[] = ['higher_is_need', 'lower_is_need', 'neutral'];

export interface CatalogueParse {
  indicators: Indicator[];
  problems: ImportProblem[];
}

export function parseCatalogue(file: string, text: string): CatalogueParse {
  const table = readTable(file, text, REQUIRED);
  if (table.problems.some((p) => p.code === 'missing_column' || p.code === 'empty_file')) {
    return { indicators: [], problems: table.problems };
  }
  const cells = new CellReader(file);
  const indicators: Indicator[] = [];
  const seen = new Set<string>();
  const duplicates: ImportProblem[] = [];
  for (const record of table.records) {
    const id = cells.key(record, 'id');
    const indicator = {
      id,
      labelDe: cells.text(record, 'label_de'),
      labelEn: cells.text(record, 'label_en'),
      unit: cells.text(record, 'unit'),
      polarity: cells.oneOf(record, 'polarity', POLARITIES),
      numerator: cells.text(record, 'numerator', false),
      denominator: cells.text(record, 'denominator', false),
      scale: cells.number(record, 'scale', false, 1),
      definitionDe: cells.text(record, 'definition_de', false),
      definitionEn: cells.text(record, 'definition_en', false),
      referenceDate: cells.text(record, 'reference_date', false),
      source: cells.text(record, 'source'),
      licence: cells.text(record, 'licence'),
      attribution: cells.text(record, 'attribution', false),
      synthetic: cells.boolean(record, 'synthetic', false),
    };
    if (typeof id === 'string') {
      if (seen.has(id)) {
        duplicates.push(problemAt(file, record.line, 'id', {
          code: 'duplicate_key',
          messageDe: `Indikator „${id}“ kommt mehrfach vor.`, messageEn: `Indicator "${id}" appears more than once.`,
          hintDe: 'Jede Kennung nur einmal verwenden.', hintEn: 'Use every id only once.',
        }));
      }
      seen.add(id);
    }
    if (Object.values(indicator).every((value) => value !== undefined && value !== null)) {
      indicators.push(indicator as Indicator);
    }
  }
  return { indicators, problems: [...table.problems, ...cells.problems, ...duplicates] };
}
