import type { GeometryFlag } from '../../../analysis/geometry/validateGeometry';
import { problem, type ImportProblem } from '../normalised';

const TEXT: Record<GeometryFlag['code'], { de: string; en: string; todoDe: string; todoEn: string }> = {
  unknown_type: {
    de: 'hat keinen bekannten Geometrietyp', en: 'has no known geometry type',
    todoDe: 'Verwenden Sie Point, LineString, Polygon oder deren Multi-Formen.', todoEn: 'Use Point, LineString, Polygon or their multi forms.',
  },
  bad_coordinates: {
    de: 'hat Koordinaten, die keine endlichen Zahlen sind (Text, NaN, fehlend)', en: 'has coordinates that are not finite numbers (text, NaN, missing)',
    todoDe: 'Korrigieren Sie die Koordinaten; die Sachdaten werden übernommen, die Geometrie nicht.', todoEn: 'Correct the coordinates; the attributes are kept, the geometry is not.',
  },
  unclosed_ring: {
    de: 'hat einen nicht geschlossenen Ring (erster ≠ letzter Punkt)', en: 'has a ring that is not closed (first ≠ last position)',
    todoDe: 'Reparieren Sie die Geometrie (z. B. QGIS „Geometrien reparieren“); sie wird bis dahin nicht für Flächenberechnungen verwendet.',
    todoEn: 'Repair the geometry (e.g. QGIS "Fix geometries"); until then it is left out of area calculations.',
  },
  too_few_positions: {
    de: 'hat einen Ring mit weniger als 4 Punkten', en: 'has a ring with fewer than 4 positions',
    todoDe: 'Reparieren Sie die Geometrie; sie wird bis dahin nicht für Flächenberechnungen verwendet.', todoEn: 'Repair the geometry; until then it is left out of area calculations.',
  },
  self_intersection: {
    de: 'schneidet sich selbst', en: 'intersects itself',
    todoDe: 'Reparieren Sie die Geometrie (z. B. QGIS „Geometrien reparieren“); sie wird bis dahin nicht für Flächenberechnungen verwendet.',
    todoEn: 'Repair the geometry (e.g. QGIS "Fix geometries"); until then it is left out of area calculations.',
  },
  rewound: {
    de: 'hatte die falsche Umlaufrichtung (Außenring im Uhrzeigersinn) und wurde umgedreht', en: 'had the wrong winding (clockwise exterior ring) and was rewound',
    todoDe: 'Nichts zu tun.', todoEn: 'Nothing to do.',
  },
  too_complex: {
    de: 'hat zu viele Stützpunkte für die Prüfung auf Selbstüberschneidung (nicht geprüft)', en: 'has too many vertices for the self-intersection check (not checked)',
    todoDe: 'Vereinfachen Sie die Geometrie (z. B. mapshaper -simplify), wenn Flächen falsch wirken.', todoEn: 'Simplify the geometry (e.g. mapshaper -simplify) if areas look wrong.',
  },
  timed_out: {
    de: 'wurde nicht mehr auf Selbstüberschneidung geprüft: Zeitlimit der Geometrieprüfung überschritten', en: 'was not checked for self-intersection: the geometry check ran out of time',
    todoDe: 'Vereinfachen Sie die Geometrien (z. B. mapshaper -simplify) oder teilen Sie die Datei.', todoEn: 'Simplify the geometries (e.g. mapshaper -simplify) or split the file.',
  },
};

/** One geometry flag as a bilingual warning naming file, feature, its key and what to do. */
export function flagProblem(fileName: string, feature: number, label: string, flag: GeometryFlag): ImportProblem {
  const t = TEXT[flag.code];
  return problem('warning', `geometry_${flag.code}`, fileName, { line: feature, column: 'geometry' },
    `Objekt ${feature}${label} ${t.de} (${flag.where}).`, `Feature ${feature}${label} ${t.en} (${flag.where}).`, t.todoDe, t.todoEn);
}
