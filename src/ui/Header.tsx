import type { AreaRecord, Indicator, Language, Level } from '../core/types';
import type { View, ViewState } from '../core/viewState';
import { AreaSearch } from './AreaSearch';
import { levelName, levelPlural, t, type MessageKey } from './i18n';

const VIEW_TABS: { view: View; key: MessageKey }[] = [
  { view: 'map', key: 'viewMap' },
  { view: 'profile', key: 'viewProfile' },
  { view: 'report', key: 'viewReport' },
  { view: 'cluster', key: 'viewCluster' },
  { view: 'index', key: 'viewIndex' },
  { view: 'table', key: 'viewTable' },
  { view: 'compare', key: 'viewCompare' },
  { view: 'coverage', key: 'viewCoverage' },
  { view: 'board', key: 'viewBoard' },
  { view: 'import', key: 'viewImport' },
];

export interface HeaderProps {
  state: ViewState;
  levels: Level[];
  indicators: Indicator[];
  years: string[];
  areas: readonly AreaRecord[];
  selected: AreaRecord | null;
  synthetic: boolean;
  onChange: (change: Partial<ViewState>) => void;
}

export function Header({ state, levels, indicators, years, areas, selected, synthetic, onChange }: HeaderProps) {
  const lang = state.lang;
  return (
    <header className="app-header">
      <div className="brand">
        <h1>{t(lang, 'appName')}</h1>
        <span className="tagline">{t(lang, 'appTagline')}</span>
        {synthetic && (
          <span className="demo-badge" data-testid="demo-badge" title={t(lang, 'demoBadgeTitle')}>{t(lang, 'demoBadge')}</span>
        )}
      </div>
      <div className="controls">
        <label>
          <span>{t(lang, 'level')}</span>
          <select data-testid="level-select" value={state.level} onChange={(e) => onChange({ level: e.target.value as Level })}>
            {levels.map((level) => <option key={level} value={level}>{levelPlural(lang, level)}</option>)}
          </select>
        </label>
        <label className="indicator-control">
          <span>{t(lang, 'indicator')}</span>
          <select data-testid="indicator-select" value={state.indicator} onChange={(e) => onChange({ indicator: e.target.value })}>
            {indicators.map((i) => (
              <option key={i.id} value={i.id}>{lang === 'de' ? i.labelDe : i.labelEn}{i.unit ? ` (${i.unit})` : ''}</option>
            ))}
          </select>
        </label>
        <label>
          <span>{t(lang, 'year')}</span>
          <select data-testid="year-select" value={state.year} onChange={(e) => onChange({ year: e.target.value })}>
            {years.map((y) => <option key={y} value={y}>{y}</option>)}
          </select>
        </label>
        <AreaSearch areas={areas} level={state.level} lang={lang} onChoose={(key) => onChange({ area: key })} />
        <label>
          <span>{t(lang, 'language')}</span>
          <select data-testid="lang-select" value={lang} onChange={(e) => onChange({ lang: e.target.value as Language })}>
            <option value="de" lang="de">Deutsch</option>
            <option value="en" lang="en">English</option>
          </select>
        </label>
      </div>
      <div className="header-row">
        <nav className="view-tabs" aria-label={t(lang, 'viewsLabel')}>
          {VIEW_TABS.map(({ view, key }) => (
            <button
              key={view}
              type="button"
              data-testid={`view-${view}`}
              aria-current={state.view === view ? 'page' : undefined}
              className={state.view === view ? 'active' : undefined}
              onClick={() => onChange({ view })}
            >
              {t(lang, key)}
            </button>
          ))}
        </nav>
        <p className="selected" aria-live="polite">
          <span className="muted">{t(lang, 'selectedArea')}: </span>
          {selected ? (
            <>
              <strong data-testid="selected-area">{selected.name}</strong>
              <span className="muted"> ({levelName(lang, selected.level)})</span>
            </>
          ) : (
            <span className="muted">{t(lang, 'noSelection')}</span>
          )}
          {selected && (
            <button type="button" className="link-button clear" onClick={() => onChange({ area: null })}>
              {t(lang, 'clearSelection')}
            </button>
          )}
        </p>
      </div>
    </header>
  );
}
