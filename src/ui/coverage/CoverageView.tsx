import { NEAREST_SEARCH_M, type CoverageRow } from '../../analysis/coverage/computeCoverage';
import { COVERAGE_THRESHOLDS, type CoverageThreshold } from '../../analysis/coverage/highNeed';
import type { Indicator, Language, Level } from '../../core/types';
import { formatNumber } from '../../core/format';
import { NEED_INDEX } from '../../core/viewParams';
import { coverageLegend, type CoverageMapCategory } from '../../map/coverage';
import { levelPlural } from '../i18n';
import type { CoverageModel } from './useCoverage';
import { GapTable } from './GapTable';
import { vt } from './coverageText';

export const DISTANCE_CHOICES: readonly number[] = [250, 500, 1000, 1500, 2000, 3000, 5000, 10000];

export interface CoverageViewProps {
  model: CoverageModel;
  level: Level;
  /** Indicators offered as need measures (with a need direction), plus the current one. */
  needChoices: readonly Indicator[];
  lang: Language;
  synthetic: boolean;
  gaps: readonly CoverageRow[];
  needHeader: string;
  formatNeed: (value: number | null) => string;
  onNeed: (need: string) => void;
  onThreshold: (threshold: CoverageThreshold) => void;
  onDistance: (metres: number) => void;
  onSelect: (key: string) => void;
  onExportCsv: () => void;
}

/** Distance in words: metres below 1 km, kilometres with one decimal above. */
export function formatDistance(metres: number, lang: Language): string {
  return metres < 1000 ? `${formatNumber(Math.round(metres), lang)} m` : `${formatNumber(metres / 1000, lang, 1)} km`;
}

export function formatShare(share: number, lang: Language): string {
  return `${formatNumber(share * 100, lang, 1)} %`;
}

/** Side panel of the coverage view: controls, key figures, legend in words, rules and the gap list. */
export function CoverageView(props: CoverageViewProps) {
  const { model, level, needChoices, lang, synthetic, gaps, needHeader, formatNeed } = props;
  const { result } = model;
  const dist = formatDistance(model.distanceM, lang);
  const distances = DISTANCE_CHOICES.includes(model.distanceM) ? DISTANCE_CHOICES : [...DISTANCE_CHOICES, model.distanceM].sort((a, b) => a - b);
  const label = (i: Indicator) => `${lang === 'de' ? i.labelDe : i.labelEn}${i.unit ? ` (${i.unit})` : ''}`;
  const categories: CoverageMapCategory[] = result ? result.rows.map((r) => r.category) : [];
  return (
    <section className="coverage-view" data-testid="coverage-view" aria-labelledby="coverage-title">
      <h2 id="coverage-title">{vt(lang, 'title')}</h2>
      <p className="muted">{vt(lang, 'question')}</p>
      {synthetic && <p className="demo-note">{vt(lang, 'demoMark')}</p>}
      <div className="coverage-controls">
        <label>
          <span>{vt(lang, 'need')}</span>
          <select data-testid="coverage-need-select" value={model.needId} onChange={(e) => props.onNeed(e.target.value)}>
            <option value={NEED_INDEX}>{vt(lang, 'needIndex')}</option>
            {needChoices.map((i) => <option key={i.id} value={i.id}>{label(i)}</option>)}
          </select>
        </label>
        <label>
          <span>{vt(lang, 'threshold')}</span>
          <select data-testid="coverage-threshold-select" value={model.threshold} onChange={(e) => props.onThreshold(e.target.value as CoverageThreshold)}>
            {COVERAGE_THRESHOLDS.map((th) => <option key={th} value={th}>{vt(lang, th)}</option>)}
          </select>
        </label>
        <label>
          <span>{vt(lang, 'distance')}</span>
          <select data-testid="coverage-distance" value={String(model.distanceM)} onChange={(e) => props.onDistance(Number(e.target.value))}>
            {distances.map((m) => <option key={m} value={String(m)}>{formatDistance(m, lang)}</option>)}
          </select>
        </label>
      </div>
      <p className="muted">{vt(lang, 'direction', { direction: vt(lang, model.polarity === 'lower_is_need' ? 'lower' : 'higher') })}</p>
      {model.error && <p className="notice" role="alert">{vt(lang, 'loadError', { error: model.error })}</p>}
      {model.loading && <p role="status">{vt(lang, 'loading')}</p>}
      {result && (
        <>
          <dl className="coverage-summary" data-testid="coverage-summary" data-high={result.highNeedCount} data-gaps={result.gapCount}
            data-cut={result.cut ?? ''} data-ranked={result.ranked} data-withheld={result.withheldCount}
            data-population-share={result.populationShare ?? ''}>
            <div><dt>{vt(lang, 'summaryHigh')}</dt><dd>{formatNumber(result.highNeedCount, lang)}</dd></div>
            <div><dt>{vt(lang, 'summaryGaps')}</dt><dd data-testid="coverage-gap-count">{formatNumber(result.gapCount, lang)}</dd></div>
            <div><dt>{vt(lang, 'summaryPopulation')}</dt><dd>{result.populationShare === null ? '–' : formatShare(result.populationShare, lang)}</dd></div>
            <div><dt>{vt(lang, 'summaryCut')}</dt><dd>{formatNeed(result.cut)}</dd></div>
          </dl>
          <p aria-live="polite">
            {vt(lang, 'summaryText', {
              high: formatNumber(result.highNeedCount, lang), ranked: formatNumber(result.ranked, lang), level: levelPlural(lang, level),
              threshold: vt(lang, model.threshold), cut: formatNeed(result.cut), gaps: formatNumber(result.gapCount, lang), dist,
            })}
          </p>
          {result.withheldCount > 0 && <p className="notice-inline" data-testid="coverage-withheld-note">{vt(lang, 'withheldNote', { n: formatNumber(result.withheldCount, lang) })}</p>}
          {result.noDataCount > 0 && <p className="muted">{vt(lang, 'noDataNote', { n: formatNumber(result.noDataCount, lang) })}</p>}
          {result.populationUnknown > 0 && <p className="muted">{vt(lang, 'populationUnknown', { n: formatNumber(result.populationUnknown, lang) })}</p>}
          <section aria-labelledby="coverage-legend-title">
            <h3 id="coverage-legend-title">{vt(lang, 'legend')}</h3>
            <ul className="coverage-legend" data-testid="coverage-legend">
              {coverageLegend(categories, lang).map((e) => (
                <li key={e.category} data-category={e.category}>
                  <span className="coverage-swatch" data-category={e.category} style={{ backgroundColor: e.colour }} aria-hidden="true" />
                  <span>{e.label}: {formatNumber(e.count, lang)}</span>
                </li>
              ))}
            </ul>
          </section>
          <details className="coverage-rules">
            <summary>{vt(lang, 'rules')}</summary>
            <ul>
              <li>{vt(lang, 'ruleHigh')}</li>
              <li>{vt(lang, 'ruleProgramme')}</li>
              <li>{vt(lang, 'ruleProject')}</li>
              <li>{vt(lang, 'rulePopulation')}</li>
            </ul>
          </details>
          {model.needId === NEED_INDEX && <p className="muted">{vt(lang, 'ruleIndex')}</p>}
          <h3>{vt(lang, 'gapsTitle', { n: formatNumber(gaps.length, lang) })}</h3>
          <p>
            <button type="button" data-testid="coverage-export-csv" onClick={props.onExportCsv}>{vt(lang, 'exportCsv')}</button>
          </p>
          {gaps.length === 0 ? (
            <p data-testid="coverage-no-gaps">{vt(lang, 'gapsNone')}</p>
          ) : (
            <GapTable
              gaps={gaps} needHeader={needHeader} needDirection={model.polarity === 'lower_is_need' ? -1 : 1} formatNeed={formatNeed}
              formatDistance={(m) => (m === null ? vt(lang, 'beyond', { dist: formatDistance(NEAREST_SEARCH_M, lang) }) : formatDistance(m, lang))}
              caption={vt(lang, 'gapsCaption', { dist })} lang={lang} onSelect={props.onSelect}
            />
          )}
        </>
      )}
    </section>
  );
}
