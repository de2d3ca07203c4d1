import type { AtlasData } from '../../data/atlas';
import type { AreaProfile } from '../../core/profile';
import type { Language } from '../../core/types';
import { levelName, t } from '../i18n';
import { ChooseArea } from '../ChooseArea';
import { countsText, figureText, rankText } from './figureText';
import { NearbyList } from './NearbyList';
import { SeriesChart } from './SeriesChart';
import { useProfile } from './useProfile';

export interface ProfileViewProps {
  atlas: AtlasData;
  areaKey: string | null;
  year: string;
  lang: Language;
}

export function ProfileView({ atlas, areaKey, year, lang }: ProfileViewProps) {
  const state = useProfile(atlas, areaKey, year);
  if (!areaKey) return <ChooseArea lang={lang} testId="profile" />;
  if (state.kind === 'error') return <div data-testid="profile" className="panel" role="alert">{t(lang, 'profileError')}</div>;
  if (state.kind !== 'ready') return <div data-testid="profile" className="panel" aria-busy="true">{t(lang, 'profileLoading')}</div>;
  return <ProfileTable profile={state.profile} lang={lang} />;
}

export function ProfileTable({ profile, lang }: { profile: AreaProfile; lang: Language }) {
  const references = profile.lines[0]?.references ?? [];
  return (
    <article data-testid="profile" className="panel profile">
      <header className="profile-header">
        <h2 data-testid="profile-title">{profile.area.name}</h2>
        <p className="muted">
          {t(lang, 'profileIntro', { level: levelName(lang, profile.area.level), year: profile.period })}
          {' · '}
          {profile.area.key}
          {profile.ancestors.length > 0 && ` · ${profile.ancestors.map((a) => a.name).join(' › ')}`}
        </p>
        {profile.synthetic && <p className="demo-note">{t(lang, 'demoBadge')}</p>}
      </header>
      <div className="table-scroll">
        <table className="profile-table">
          <caption className="visually-hidden">{t(lang, 'profile')}: {profile.area.name}</caption>
          <thead>
            <tr>
              <th scope="col">{t(lang, 'indicator')}</th>
              <th scope="col" className="num">{t(lang, 'value')}</th>
              <th scope="col" className="num">{t(lang, 'counts')}</th>
              <th scope="col" className="num">{t(lang, 'rank')}</th>
              {references.map((r) => (
                <th scope="col" className="num" key={r.areaKey}>
                  {r.areaName} <span className="ref-level">({levelName(lang, r.level)})</span>
                </th>
              ))}
              <th scope="col">{t(lang, 'trend')}</th>
            </tr>
          </thead>
          <tbody>
            {profile.lines.map((line) => {
              const unit = line.indicator.unit;
              return (
                <tr key={line.indicator.id} data-testid="profile-row" data-indicator={line.indicator.id}>
                  <th scope="row">
                    {lang === 'de' ? line.indicator.labelDe : line.indicator.labelEn}
                    <span className="muted unit"> ({unit || '–'})</span>
                  </th>
                  <td className="num value">{figureText(line.figure, unit, lang)}</td>
                  <td className="num">{countsText(line.figure, lang) || '–'}</td>
                  <td className="num">{rankText(line, lang)}</td>
                  {references.map((r) => {
                    const ref = line.references.find((x) => x.areaKey === r.areaKey);
                    return <td className="num" key={r.areaKey}>{ref ? figureText(ref, unit, lang) : '–'}</td>;
                  })}
                  <td><SeriesChart line={line} areaName={profile.area.name} lang={lang} /></td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="muted small">{t(lang, 'rankNote')}</p>
      <NearbyList items={profile.nearby} lang={lang} />
      <section className="sources">
        <h3>{t(lang, 'sources')}</h3>
        <ul>
          {profile.sources.map((s, i) => (
            <li key={i}>
              {s.source} · {s.attribution} · {s.licence}{s.referenceDate ? ` · ${t(lang, 'legendDate')} ${s.referenceDate}` : ''}
            </li>
          ))}
        </ul>
      </section>
    </article>
  );
}
