import type { Figure } from '../core/profile';
import { isStatus } from '../core/status';
import type { AreaRecord, Dataset, Indicator, Level, MemberProject, Polarity, ProgrammeArea } from '../core/types';
import type { Row } from './connector';

/** Row → domain object mappers for the AtlasData queries. */
const str = (value: Row[string]): string => (value === null ? '' : String(value));
const strOrNull = (value: Row[string]): string | null => (value === null ? null : String(value));
const numOrNull = (value: Row[string]): number | null => (value === null ? null : Number(value));

export function toIndicator(row: Row): Indicator {
  return {
    id: str(row.id), labelDe: str(row.label_de), labelEn: str(row.label_en), unit: str(row.unit),
    polarity: str(row.polarity) as Polarity, numerator: str(row.numerator), denominator: str(row.denominator),
    scale: numOrNull(row.scale) ?? 1, definitionDe: str(row.definition_de), definitionEn: str(row.definition_en),
    referenceDate: str(row.reference_date), source: str(row.source), licence: str(row.licence),
    attribution: str(row.attribution), synthetic: row.synthetic === true,
  };
}

export function toArea(row: Row): AreaRecord {
  return {
    key: str(row.key), level: str(row.level) as Level, name: str(row.name), parentKey: strOrNull(row.parent_key),
    vintage: str(row.vintage), areaKm2: numOrNull(row.area_km2), synthetic: row.synthetic === true,
  };
}

export function toFigure(row: Row): Figure {
  const status = str(row.status);
  return {
    value: numOrNull(row.value),
    status: isStatus(status) ? status : 'missing',
    numerator: numOrNull(row.numerator),
    denominator: numOrNull(row.denominator),
  };
}

export const MISSING_FIGURE: Readonly<Figure> = Object.freeze({ value: null, status: 'missing', numerator: null, denominator: null });

export function toProgrammeArea(row: Row): ProgrammeArea {
  return {
    id: str(row.id), name: str(row.name), programme: str(row.programme), startYear: numOrNull(row.start_year),
    areaKey: strOrNull(row.area_key), synthetic: row.synthetic === true,
  };
}

export function toProject(row: Row): MemberProject {
  return {
    id: str(row.id), name: str(row.name), type: str(row.type), foundedYear: numOrNull(row.founded_year),
    lon: Number(row.lon), lat: Number(row.lat), areaKey: strOrNull(row.area_key), synthetic: row.synthetic === true,
  };
}

export function toDataset(row: Row): Dataset {
  return {
    id: str(row.id), name: str(row.name), fileName: str(row.file_name), fileHash: str(row.file_hash),
    tableCode: strOrNull(row.table_code), title: strOrNull(row.title), referenceDate: strOrNull(row.reference_date),
    source: str(row.source), licence: str(row.licence), attribution: str(row.attribution),
    synthetic: row.synthetic === true, importedAt: str(row.imported_at),
  };
}
