import type { ClassMethod } from '../../analysis/classify';
import type { Language } from '../../core/types';
import type { LegendModel } from '../../map/legend';
import { PROGRAMME_OUTLINE, PROJECT_FILL, rgbaToCss } from '../../map/palette';
import { t, type MessageKey } from '../i18n';

const METHOD_KEY: Record<ClassMethod, MessageKey> = {
  quantile: 'methodQuantile', equal: 'methodEqual', jenks: 'methodJenks', sd: 'methodSd', box: 'methodBox', manual: 'methodManual',
};

export interface LegendProps {
  legend: LegendModel | null;
  lang: Language;
  showProgrammes: boolean;
  showProjects: boolean;
  onShowProgrammes: (show: boolean) => void;
  onShowProjects: (show: boolean) => void;
  /** Names the smoothing when the colours are EB estimates (e.g. „Empirical-Bayes-geglättet (räumlich, Queen-Nachbarn)“). */
  smoothing?: string | null;
}

function Swatch({ colour, className }: { colour: string; className?: string }) {
  return <span className={`swatch ${className ?? ''}`} style={{ backgroundColor: colour }} aria-hidden="true" />;
}

export function Legend({ legend, lang, showProgrammes, showProjects, onShowProgrammes, onShowProjects, smoothing }: LegendProps) {
  return (
    <section className="legend" data-testid="legend" aria-labelledby="legend-title">
      <h2 id="legend-title" className="legend-title">
        {legend ? `${legend.title} ${legend.period}` : t(lang, 'legend')}
      </h2>
      {legend && (
        <>
          <p className="legend-meta">
            {t(lang, 'legendUnit')}: {legend.unit || '–'} · {t(lang, 'legendDate')}: {legend.referenceDate}
          </p>
          <ul className="legend-list">
            {legend.classes.map((c, i) => (
              <li key={i} data-testid="legend-class">
                <Swatch colour={c.colour} />
                <span>{c.label}{legend.unit === '%' ? ' %' : ''}</span>
                <span className="legend-count">({t(lang, 'legendCount', { n: c.count })})</span>
              </li>
            ))}
            {legend.classes.length === 0 && <li className="legend-empty">{t(lang, 'legendNoNumbers')}</li>}
            <li data-testid="legend-no-data">
              <Swatch colour={legend.noData.colour} />
              <span>{t(lang, 'legendNoData')}</span>
              <span className="legend-count">({t(lang, 'legendCount', { n: legend.noData.count })})</span>
            </li>
            <li data-testid="legend-secret">
              <Swatch colour={legend.secret.colour} className="swatch-secret" />
              <span>{t(lang, 'legendSecret')}</span>
              <span className="legend-count">({t(lang, 'legendCount', { n: legend.secret.count })})</span>
            </li>
          </ul>
          <p className="legend-meta">
            {t(lang, 'legendMethod')}:{' '}
            {legend.method ? `${t(lang, METHOD_KEY[legend.method])}, ${t(lang, 'legendClasses', { n: legend.classCount })}` : '–'}
          </p>
          <p className="legend-meta" data-testid="legend-palette">{t(lang, 'legendPalette')}</p>
          {smoothing && <p className="legend-meta" data-testid="legend-smoothing">{smoothing}</p>}
          <p className="legend-meta">
            {t(lang, 'legendSource')}: {legend.source}
            {legend.synthetic && !legend.source.includes(t(lang, 'demoBadge')) ? ` (${t(lang, 'demoBadge')})` : ''}
          </p>
        </>
      )}
      <fieldset className="layer-toggles">
        <legend>{t(lang, 'layers')}</legend>
        <label>
          <input
            type="checkbox"
            data-testid="layer-toggle-programmes"
            checked={showProgrammes}
            onChange={(e) => onShowProgrammes(e.target.checked)}
          />
          <span className="swatch swatch-outline" style={{ borderColor: rgbaToCss(PROGRAMME_OUTLINE) }} aria-hidden="true" />
          {t(lang, 'showProgrammeAreas')}
        </label>
        <label>
          <input
            type="checkbox"
            data-testid="layer-toggle-projects"
            checked={showProjects}
            onChange={(e) => onShowProjects(e.target.checked)}
          />
          <span className="swatch swatch-point" style={{ backgroundColor: rgbaToCss(PROJECT_FILL) }} aria-hidden="true" />
          {t(lang, 'showProjects')}
        </label>
      </fieldset>
    </section>
  );
}
