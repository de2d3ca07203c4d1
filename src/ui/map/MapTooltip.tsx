import type { PickingInfo } from '@deck.gl/core';
import type { AreaFeature } from '../../data/atlas';
import { formatFigure, statusLabel } from '../../core/format';
import type { Language, MemberProject, ProgrammeArea } from '../../core/types';
import { at } from '../analysis/text';
import { t } from '../i18n';
import type { ChoroplethData } from './useChoropleth';

export interface HoverState {
  x: number;
  y: number;
  lines: string[];
}

/** Text lines for the hovered object (names and numbers only, as text). */
export function tooltipLines(
  info: PickingInfo,
  context: { data: ChoroplethData | null; lang: Language },
): string[] | null {
  const { data, lang } = context;
  if (!info.picked || !info.object || !info.layer) return null;
  if (info.layer.id === 'choropleth' && data) {
    const feature = info.object as AreaFeature;
    const key = feature.properties.key;
    const figure = data.figures.get(key);
    const unit = data.indicator.unit;
    const label = lang === 'de' ? data.indicator.labelDe : data.indicator.labelEn;
    const valueText = figure ? formatFigure(figure.value, figure.status, unit, lang) : statusLabel('missing', lang);
    const lines = [feature.properties.name, `${label} ${data.year}: ${valueText}`];
    const estimate = data.smoothing?.estimates.get(key);
    if (estimate !== undefined) lines.push(at(lang, 'tooltipEb', { value: formatFigure(estimate, 'ok', unit, lang) }));
    else if (data.smoothing?.islands.has(key)) lines.push(at(lang, 'tooltipEbIsland'));
    const rank = data.ranks.get(key);
    if (rank !== undefined) lines.push(t(lang, 'tooltipRank', { rank, n: data.rankOf }));
    return lines;
  }
  if (info.layer.id === 'projects') {
    const project = info.object as MemberProject;
    return [project.name, `${t(lang, 'tooltipProject')}: ${project.type}`];
  }
  if (info.layer.id === 'programme-areas') {
    const area = (info.object as { properties: ProgrammeArea }).properties;
    const since = area.startYear ? ` (${t(lang, 'nearbySince', { year: area.startYear })})` : '';
    return [area.name, `${t(lang, 'tooltipProgramme')}: ${area.programme}${since}`];
  }
  return null;
}

export function MapTooltip({ hover }: { hover: HoverState }) {
  return (
    <div className="map-tooltip" data-testid="tooltip" role="tooltip" style={{ left: hover.x + 14, top: hover.y + 14 }}>
      {hover.lines.map((line, i) => (
        <div key={i} className={i === 0 ? 'map-tooltip-title' : undefined}>{line}</div>
      ))}
    </div>
  );
}
