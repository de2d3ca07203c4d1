import type { CoverageRow } from '../../analysis/coverage/computeCoverage';
import type { ExportTable } from '../../data/export/tableCsv';
import type { Language } from '../../core/types';
import { vt } from './coverageText';

export interface GapExportInput {
  gaps: readonly CoverageRow[];
  /** Header of the need column, e.g. "Bedarf (SGB-II-Quote (%))". */
  needHeader: string;
  /** The rule in words (threshold, cut, distance) — first footer line. */
  rule: string;
  /** Source, licence, boundaries, demo mark, date, disclosure rule (exportFooter). */
  footer: string[];
  lang: Language;
}

/** The gap list as an export table: keys as text, need and distance as numbers, rule and footer below. */
export function gapExportTable({ gaps, needHeader, rule, footer, lang }: GapExportInput): ExportTable {
  return {
    columns: [
      { header: vt(lang, 'key'), kind: 'text' },
      { header: vt(lang, 'name'), kind: 'text' },
      { header: needHeader, kind: 'number' },
      { header: vt(lang, 'exportDistanceM'), kind: 'number' },
      { header: vt(lang, 'programme'), kind: 'text' },
      { header: vt(lang, 'exportCategory'), kind: 'text' },
    ],
    rows: gaps.map((g) => [
      g.key,
      g.name,
      g.need,
      g.nearestProjectM === null ? null : Math.round(g.nearestProjectM),
      vt(lang, g.inProgramme ? 'yes' : 'no'),
      vt(lang, 'exportGap'),
    ]),
    footer: [rule, ...footer],
  };
}
