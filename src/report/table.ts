import { formatFigure, formatNumber } from '../core/format';
import type { AreaProfile, NearbyItem } from '../core/profile';
import { statusCarriesNumber } from '../core/status';
import type { Language } from '../core/types';
import { distinctReferences } from './references';
import { BKG_SOURCE, TEXTS } from './texts';
import type { NearbySection, ProfileTable, SourceEntry } from './types';

/** Most rows the nearby list shows; the rest is counted in a note. */
export const NEARBY_LIMIT = 15;

/** Profile table: one row per indicator, one column per reference area (nearest first). */
export function buildProfileTable(profile: AreaProfile, lang: Language): ProfileTable {
  const t = TEXTS[lang];
  // Columns: the references of the first line that has any (every line shares the same ancestors).
  const first = profile.lines.find((l) => l.references.length > 0);
  const refs = first ? distinctReferences(first.references, lang) : [];
  const refKeys = refs.map((r) => r.areaKey);
  const refNames = new Map(refs.map((r) => [r.areaKey, r.label]));
  const rows = profile.lines.map((line) => {
    const { figure, indicator } = line;
    const unit = indicator.unit;
    const showsNumber = figure.value !== null && statusCarriesNumber(figure.status);
    const counts = showsNumber && figure.numerator !== null && figure.denominator !== null
      ? `${formatNumber(figure.numerator, lang, 0)} / ${formatNumber(figure.denominator, lang, 0)}`
      : '';
    return {
      indicatorId: indicator.id,
      label: lang === 'de' ? indicator.labelDe : indicator.labelEn,
      unit,
      value: formatFigure(figure.value, figure.status, unit, lang),
      counts,
      rank: showsNumber && line.rank !== null ? `${line.rank} ${t.rankOf} ${line.rankOf}` : '–',
      references: refKeys.map((key) => {
        const ref = line.references.find((r) => r.areaKey === key);
        return ref ? formatFigure(ref.value, ref.status, unit, lang) : '';
      }),
    };
  });
  return {
    columns: [
      t.columns.indicator, `${t.columns.value} ${profile.period}`, t.columns.counts, t.columns.rank,
      ...refKeys.map((key) => refNames.get(key) as string),
    ],
    rows,
    notes: [t.rankNote, t.symbolNote],
  };
}

export function formatDistance(km: number, lang: Language): string {
  if (km === 0) return TEXTS[lang].inArea;
  return `${formatNumber(km, lang, 1)} km`;
}

export function buildNearby(nearby: NearbyItem[], lang: Language): NearbySection {
  const t = TEXTS[lang];
  const sorted = [...nearby].sort((a, b) => a.distanceKm - b.distanceKm || a.name.localeCompare(b.name, lang));
  const shown = sorted.slice(0, NEARBY_LIMIT);
  const rows = shown.map((item) => ({
    name: item.name,
    kind: t.nearbyKind[item.kind],
    category: item.category,
    year: item.year === null ? '–' : item.kind === 'programme_area' ? `${t.since} ${item.year}` : String(item.year),
    distance: formatDistance(item.distanceKm, lang),
  }));
  const note = nearby.length === 0 ? t.nearbyNone
    : sorted.length > shown.length ? t.nearbyMore.replace('{n}', String(sorted.length - shown.length)) : '';
  return { columns: t.nearbyColumns, rows, note };
}

/** Sources of the figures (deduplicated) and the boundaries' BKG attribution. */
export function buildSources(profile: AreaProfile, lang: Language): SourceEntry[] {
  const t = TEXTS[lang];
  const seen = new Set<string>();
  const out: SourceEntry[] = [];
  for (const s of [...profile.sources, BKG_SOURCE]) {
    const id = [s.source, s.attribution, s.licence, s.referenceDate].join('\u0000');
    if (seen.has(id)) continue;
    seen.add(id);
    const text = [
      [s.source, s.attribution].filter((p, i, all) => p && all.indexOf(p) === i).join(', '),
      s.licence ? `${t.sourceLicence}: ${s.licence}` : '',
      s.referenceDate ? `${t.sourceDate}: ${s.referenceDate}` : '',
    ].filter(Boolean).join(' · ');
    out.push({ source: s.source, attribution: s.attribution, licence: s.licence, referenceDate: s.referenceDate, text });
  }
  return out;
}
