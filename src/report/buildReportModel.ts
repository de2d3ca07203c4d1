import type { AreaProfile } from '../core/profile';
import type { Indicator, Language, MemberProject } from '../core/types';
import type { AreaFeatureCollection, LevelFigure, ProgrammeAreaCollection } from '../data/atlas';
import { buildLineChart } from './chart';
import { buildMapExcerpt } from './mapExcerpt';
import { buildSummary, SUMMARY_INDICATORS } from './summary';
import { buildNearby, buildProfileTable, buildSources } from './table';
import { distinctNames } from './references';
import { TEXTS } from './texts';
import type { ReportModel } from './types';

export const REPORT_MODEL_VERSION = 1;
export const DEFAULT_MAP_INDICATOR = 'sgb2_quote';

export interface ReportInput {
  profile: AreaProfile;
  /** Boundaries of the area's level: the selected area and whatever lies in the map excerpt. */
  boundaries: AreaFeatureCollection;
  /** Figures of the map indicator for every area of the level (for the choropleth classes). */
  levelFigures: LevelFigure[];
  programmeAreas: ProgrammeAreaCollection;
  projects: MemberProject[];
  /** When the report is generated: injected, never read from the clock here. */
  generatedAt: Date | string;
  /** The active disclosure rule (`AtlasData.disclosureNote`), printed in the report's footer. */
  disclosure: Record<Language, string>;
}

export interface ReportOptions {
  lang?: Language;
  /** Indicator coloured on the map (the one `levelFigures` belong to). Default sgb2_quote. */
  mapIndicator?: string;
  /** Class bounds to reuse from the map view (k+1 values); default: quantiles. */
  breaks?: number[];
  classes?: number;
  /** Indicators with a time-series chart and a summary paragraph. */
  chartIndicators?: string[];
}

/** `2025-01-31` from a Date (UTC) or an ISO string, without looking at the clock. */
export function isoDate(value: Date | string): string {
  const iso = typeof value === 'string' ? value : value.toISOString();
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) throw new Error(`Ungültiges Datum / invalid date: ${String(value).slice(0, 40)}`);
  return match[0];
}

function dateLabel(iso: string, lang: Language): string {
  const [y, m, d] = iso.split('-');
  return lang === 'de' ? `${d}.${m}.${y}` : `${Number(d)} ${['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][Number(m) - 1]} ${y}`;
}

function findIndicator(profile: AreaProfile, id: string): Indicator | null {
  return profile.lines.find((l) => l.indicator.id === id)?.indicator ?? null;
}

export function buildReportModel(input: ReportInput, options: ReportOptions = {}): ReportModel {
  const lang = options.lang ?? 'de';
  const t = TEXTS[lang];
  const { profile } = input;
  const area = profile.area;
  const generatedAt = isoDate(input.generatedAt);
  const chartIds = options.chartIndicators ?? SUMMARY_INDICATORS;
  const mapIndicatorId = options.mapIndicator ?? DEFAULT_MAP_INDICATOR;

  const parents = distinctNames([...profile.ancestors].reverse().map((a) => a.name));
  const levelLabel = t.levelLabel[area.level];
  const subtitle = [
    parents.length ? `${levelLabel} ${t.inParent} ${parents.join(', ')}` : levelLabel,
    `${t.reportYear} ${profile.period}`,
  ].join(' · ');
  const demoMark = profile.synthetic ? t.demoMark : null;
  const title = `${t.titlePrefix} ${area.name}`;
  const generatedLabel = `${t.generated} ${dateLabel(generatedAt, lang)}`;

  return {
    version: REPORT_MODEL_VERSION,
    lang,
    title,
    subtitle,
    generatedAt,
    generatedLabel,
    area: { key: area.key, name: area.name, level: area.level, levelLabel },
    period: profile.period,
    demoMark,
    disclosure: input.disclosure[lang],
    footer: [`Quartiersatlas · ${title}`, generatedLabel, demoMark].filter(Boolean).join(' · '),
    headings: { ...t.headings },
    summary: buildSummary(profile, lang, chartIds),
    map: buildMapExcerpt({
      areaKey: area.key,
      boundaries: input.boundaries,
      indicator: findIndicator(profile, mapIndicatorId),
      period: profile.period,
      levelFigures: input.levelFigures,
      programmeAreas: input.programmeAreas,
      projects: input.projects,
      lang,
      breaks: options.breaks,
      classes: options.classes,
    }),
    table: buildProfileTable(profile, lang),
    charts: chartIds
      .map((id) => profile.lines.find((l) => l.indicator.id === id))
      .filter((line) => line !== undefined)
      .map((line) => buildLineChart(line, area.name, lang)),
    nearby: buildNearby(profile.nearby, lang),
    sources: buildSources(profile, lang),
  };
}
