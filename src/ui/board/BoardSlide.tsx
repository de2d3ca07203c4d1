import { useRef, useState } from 'react';
import { storyFileName, type StepProblem, type Story, type StoryStep } from '../../core/story';
import type { Language } from '../../core/types';
import type { AtlasData } from '../../data/atlas';
import type { LegendModel } from '../../map/legend';
import { chartToPng, chartToSvg, downloadBlob, findMapCanvas, mapToPng, type ImageCaption } from '../export/imageExport';
import { levelPlural } from '../i18n';
import type { AtlasMeta } from '../meta';
import { BoardChart } from './BoardChart';
import { bt, type BoardKey } from './boardText';

const PROBLEM_KEY: Record<StepProblem['kind'], BoardKey> = { indicator: 'problemIndicator', level: 'problemLevel', year: 'problemYear' };
const BKG = '© GeoBasis-DE / BKG 2017 (dl-de/by-2-0)';

export interface BoardSlideProps {
  atlas: AtlasData;
  meta: AtlasMeta;
  lang: Language;
  story: Story | null;
  step: StoryStep | null;
  index: number;
  problems: StepProblem[];
  legend: LegendModel | null;
  presenting: boolean;
  editing: boolean;
  loaded: boolean;
  onPrev: () => void;
  onNext: () => void;
  onPresent: (on: boolean) => void;
  onToggleEdit: () => void;
  onToggleArea: (key: string) => void;
}

/** One slide: counter, title, comment, the chart (map steps leave the map visible), notes and sources. */
export function BoardSlide(props: BoardSlideProps) {
  const { atlas, meta, lang, story, step, index, problems, legend, presenting, editing } = props;
  const stageRef = useRef<HTMLDivElement>(null);
  const [exportMessage, setExportMessage] = useState<{ text: string; error: boolean } | null>(null);
  const total = story?.steps.length ?? 0;
  const indicator = step ? (meta.indicatorById.get(step.indicator) ?? null) : null;
  // The legend of the map belongs to this slide only once the map shows the step's indicator and year.
  const stepLegend = step && legend && legend.indicatorId === step.indicator && legend.period === step.year ? legend : null;
  const shownIndicator = indicator ?? (legend ? (meta.indicatorById.get(legend.indicatorId) ?? null) : null);
  const synthetic = meta.synthetic || (shownIndicator?.synthetic ?? false);
  const label = (i: typeof indicator) => (i ? (lang === 'de' ? i.labelDe : i.labelEn) : '');
  const referenceDate = step && indicator ? `${indicator.referenceDate}${step.year}` : (legend?.referenceDate ?? '');
  const exportReady = !!step && (step.visual !== 'map' || stepLegend !== null);
  const source = shownIndicator?.source ?? legend?.source ?? '';
  const licence = shownIndicator?.licence ?? legend?.licence ?? '';

  const exportImage = async (format: 'png' | 'svg') => {
    if (!step || !story) return;
    const caption: ImageCaption = {
      title: step.title || label(shownIndicator),
      subtitle: `${label(shownIndicator)} · ${step.year} · ${levelPlural(lang, step.level)}`,
      legend: step.visual === 'map' ? stepLegend : null,
      source,
      licence: `${licence} · ${BKG}`,
      referenceDate,
      synthetic,
      lang,
    };
    const fileName = `${storyFileName(story).replace(/\.story\.json$/, '')}-${lang === 'de' ? 'schritt' : 'step'}-${index + 1}.${format}`;
    try {
      let blob: Blob;
      if (step.visual === 'map') {
        const canvas = findMapCanvas();
        if (!canvas) throw new Error('map canvas missing');
        blob = await mapToPng(canvas, caption);
      } else {
        // The chart's own surface: the largest one (legend icons are small recharts surfaces too).
        const surfaces = [...(stageRef.current?.querySelectorAll<SVGSVGElement>('svg.recharts-surface') ?? [])];
        const area = (e: SVGSVGElement) => e.getBoundingClientRect().width * e.getBoundingClientRect().height;
        const svg = surfaces.reduce<SVGSVGElement | null>((best, e) => (!best || area(e) > area(best) ? e : best), null);
        if (!svg) throw new Error('chart missing');
        blob = format === 'svg' ? new Blob([chartToSvg(svg, caption)], { type: 'image/svg+xml' }) : await chartToPng(svg, caption);
      }
      downloadBlob(fileName, blob);
      setExportMessage({ text: bt(lang, 'exportDone', { file: fileName }), error: false });
    } catch (error) {
      setExportMessage({ text: bt(lang, 'exportFailed', { why: error instanceof Error ? error.message : String(error) }), error: true });
    }
  };

  return (
    <>
      <div className="board-top">
        <div className="board-toolbar">
          <button type="button" data-testid="board-prev" onClick={props.onPrev} disabled={!step || index === 0}>← {bt(lang, 'prev')}</button>
          <span className="board-counter" data-testid="board-step-counter" aria-live="polite">
            {step ? bt(lang, 'counter', { n: index + 1, total }) : ''}
          </span>
          <button type="button" data-testid="board-next" onClick={props.onNext} disabled={!step || index >= total - 1}>{bt(lang, 'next')} →</button>
          <span className="board-spacer" />
          {step && (
            <button type="button" data-testid="board-export-png" disabled={!exportReady} onClick={() => void exportImage('png')}>{bt(lang, 'exportPng')}</button>
          )}
          {step && step.visual !== 'map' && (
            <button type="button" data-testid="board-export-svg" disabled={!exportReady} onClick={() => void exportImage('svg')}>{bt(lang, 'exportSvg')}</button>
          )}
          <button type="button" data-testid="board-present" aria-pressed={presenting} onClick={() => props.onPresent(!presenting)}>
            {presenting ? bt(lang, 'presentEnd') : bt(lang, 'present')}
          </button>
          {!presenting && (
            <button type="button" data-testid="board-edit-toggle" aria-expanded={editing} onClick={props.onToggleEdit}>
              {editing ? bt(lang, 'editClose') : bt(lang, 'edit')}
            </button>
          )}
        </div>
        {exportMessage && (
          <p className={exportMessage.error ? 'board-message error' : 'board-message'} role={exportMessage.error ? 'alert' : 'status'} data-testid="board-export-message">
            {exportMessage.text}
          </p>
        )}
        <h2 className="board-title" data-testid="board-title">
          {step ? step.title || bt(lang, 'untitled', { n: index + 1 }) : (story?.name ?? bt(lang, 'boardLabel'))}
        </h2>
        <p className="board-comment" data-testid="board-comment">
          {step ? step.comment : !props.loaded ? bt(lang, 'loading') : story ? bt(lang, 'noSteps') : bt(lang, 'noStory')}
        </p>
        {problems.map((p) => (
          <p key={p.kind} className="board-problem" role="note" data-testid="board-step-problem">{bt(lang, PROBLEM_KEY[p.kind], { value: p.value })}</p>
        ))}
        {presenting && <p className="board-hint">{bt(lang, 'keyboardHint')}</p>}
      </div>
      <div className="board-stage" ref={stageRef}>
        {step && indicator && step.visual !== 'map' && (
          <div className="board-chart" data-testid="board-chart">
            <BoardChart atlas={atlas} meta={meta} step={step} indicator={indicator} legend={stepLegend} lang={lang} onToggle={props.onToggleArea} />
          </div>
        )}
        {step && step.visual === 'map' && stepLegend && <SlideLegend legend={stepLegend} aggregated={step.aggregated} lang={lang} />}
      </div>
      <footer className="board-foot">
        <p className="board-index-note" data-testid="board-index-note" role="note">{bt(lang, 'indexNote')}</p>
        {step?.aggregated && <p className="board-note">{bt(lang, 'aggregatedNote')}</p>}
        <p className="board-source" data-testid="board-source">
          {source && <span>{bt(lang, 'source', { source })}</span>}
          {referenceDate && <span>{bt(lang, 'referenceDate', { date: referenceDate })}</span>}
          {licence && <span>{bt(lang, 'licence', { licence })}</span>}
          <span>{bt(lang, 'boundaries')}</span>
          {synthetic && <strong className="board-synthetic" data-testid="board-synthetic">{bt(lang, 'synthetic')}</strong>}
        </p>
      </footer>
    </>
  );
}

/** The map step's legend on the slide: class colours with bounds, or only class numbers (aggregated). */
function SlideLegend({ legend, aggregated, lang }: { legend: LegendModel; aggregated: boolean; lang: Language }) {
  const k = legend.classes.length;
  return (
    <div className="board-legend" data-testid="board-legend">
      <p className="board-legend-title">{`${legend.title} ${legend.period}${legend.unit && !aggregated ? ` (${legend.unit})` : ''}`}</p>
      <ul>
        {legend.classes.map((c, i) => (
          <li key={i}>
            <span className="swatch" style={{ backgroundColor: c.colour }} aria-hidden="true" />
            <span>{aggregated ? bt(lang, 'classOf', { n: i + 1, k }) : c.label}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
