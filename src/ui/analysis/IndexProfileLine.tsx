import type { SocialIndexResult } from '../../analysis/index/computeSocialIndex';
import type { Language } from '../../core/types';
import { reasonText } from './IndexTable';
import { at } from './text';

/** "Sozialindex: Klasse …" for the selected area, once the workbench has computed an index. */
export function IndexProfileLine({ result, areaKey, lang }: { result: SocialIndexResult | null; areaKey: string | null; lang: Language }) {
  if (!result || !areaKey) return null;
  const area = result.areas.find((a) => a.key === areaKey);
  if (!area) return null;
  const text = area.statusLabel
    ? at(lang, 'profileIndexLine', { label: `${area.statusLabel[lang]}${area.dynamicsLabel ? `, ${area.dynamicsLabel[lang]}` : ''}` })
    : at(lang, 'profileIndexExcluded', { reason: area.excluded ? reasonText(area.excluded, lang) : '–' });
  return (
    <p className="index-profile-line" data-testid="profile-index" data-status-class={area.statusClass ?? ''}>
      {text} <span className="legend-meta">({result.parameters.method.name}, {result.parameters.year})</span>
    </p>
  );
}
