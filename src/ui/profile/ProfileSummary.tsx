import type { AtlasData } from '../../data/atlas';
import type { Language } from '../../core/types';
import { levelName, t } from '../i18n';
import { countsText, figureText, rankText } from './figureText';
import { NearbyList } from './NearbyList';
import { useProfile } from './useProfile';

/** The map view's compact profile: the chosen indicator with its references, and what is nearby. */
export function ProfileSummary(props: {
  atlas: AtlasData;
  areaKey: string;
  indicatorId: string;
  year: string;
  lang: Language;
  onOpenProfile: () => void;
}) {
  const { atlas, areaKey, indicatorId, year, lang, onOpenProfile } = props;
  const state = useProfile(atlas, areaKey, year);
  if (state.kind !== 'ready') {
    return <section className="summary" aria-busy={state.kind === 'loading'}>{state.kind === 'error' ? t(lang, 'profileError') : t(lang, 'profileLoading')}</section>;
  }
  const { profile } = state;
  const line = profile.lines.find((l) => l.indicator.id === indicatorId) ?? profile.lines[0];
  return (
    <section className="summary" aria-labelledby="summary-title">
      <h2 id="summary-title">{t(lang, 'profileSummary')}: {profile.area.name}</h2>
      {line && (
        <dl className="summary-figures">
          <dt>{lang === 'de' ? line.indicator.labelDe : line.indicator.labelEn} {profile.period}</dt>
          <dd className="summary-value">{figureText(line.figure, line.indicator.unit, lang)}</dd>
          {countsText(line.figure, lang) && (
            <>
              <dt>{t(lang, 'counts')}</dt>
              <dd>{countsText(line.figure, lang)}</dd>
            </>
          )}
          <dt>{t(lang, 'rank')}</dt>
          <dd>{rankText(line, lang)}</dd>
          {line.references.map((r) => (
            <div key={r.areaKey} className="summary-ref">
              <dt>{r.areaName} <span className="ref-level">({levelName(lang, r.level)})</span></dt>
              <dd>{figureText(r, line.indicator.unit, lang)}</dd>
            </div>
          ))}
        </dl>
      )}
      <NearbyList items={profile.nearby} lang={lang} limit={4} />
      <button type="button" className="link-button" onClick={onOpenProfile}>{t(lang, 'profileOpen')}</button>
    </section>
  );
}
