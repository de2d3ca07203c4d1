import { useState } from 'react';
import { exportFileName } from '../../charts/caption';
import type { Indicator, Language, Level } from '../../core/types';
import { levelPlural } from '../i18n';
import type { LegendModel } from '../../map/legend';
import { chartToPng, chartToSvg, downloadBlob, findMapCanvas, mapToPng, type ImageCaption } from './imageExport';

const WORDS = {
  de: {
    mapPng: 'Karte als PNG',
    mapPngLabel: 'Karte als PNG-Bild herunterladen (mit Titel, Legende, Quelle und Lizenz)',
    chartPng: 'PNG',
    chartSvg: 'SVG',
    chartPngLabel: 'Diagramm „{title}“ als PNG herunterladen',
    chartSvgLabel: 'Diagramm „{title}“ als SVG herunterladen',
    failed: 'Der Export ist fehlgeschlagen.',
    busy: 'Bild wird erstellt …',
  },
  en: {
    mapPng: 'Map as PNG',
    mapPngLabel: 'Download the map as a PNG image (with title, legend, source and licence)',
    chartPng: 'PNG',
    chartSvg: 'SVG',
    chartPngLabel: 'Download the chart “{title}” as PNG',
    chartSvgLabel: 'Download the chart “{title}” as SVG',
    failed: 'The export failed.',
    busy: 'Creating the image …',
  },
} as const;

function et(lang: Language, key: keyof (typeof WORDS)['de'], title = ''): string {
  return WORDS[lang][key].replace('{title}', title);
}

/** The caption of an image of one indicator in one year. */
export function indicatorCaption(indicator: Indicator, year: string, lang: Language, title: string, subtitle?: string): ImageCaption {
  const date = indicator.referenceDate.trim();
  return {
    title,
    subtitle,
    source: indicator.source,
    licence: indicator.licence,
    referenceDate: date === '' ? year : /\.$/.test(date) ? `${date}${year}` : `${date} ${year}`,
    synthetic: indicator.synthetic,
    lang,
  };
}

function useExport(lang: Language) {
  const [state, setState] = useState<'idle' | 'busy' | 'failed'>('idle');
  const run = (work: () => Promise<void>) => {
    setState('busy');
    work().then(() => setState('idle'), () => setState('failed'));
  };
  const status =
    state === 'idle' ? null : (
      <span className={state === 'failed' ? 'export-error' : 'muted'} role={state === 'failed' ? 'alert' : 'status'}>
        {' '}{et(lang, state === 'failed' ? 'failed' : 'busy')}
      </span>
    );
  return { busy: state === 'busy', run, status };
}

/** PNG of the map canvas with title, legend, source, licence, dates and demo mark. */
export function MapExportButton({ legend, lang, level }: { legend: LegendModel | null; lang: Language; level?: Level }) {
  const { busy, run, status } = useExport(lang);
  if (!legend) return null;
  const onClick = () =>
    run(async () => {
      const canvas = findMapCanvas();
      if (!canvas) throw new Error('no map canvas');
      const blob = await mapToPng(canvas, {
        title: `${legend.title} ${legend.period}`,
        subtitle: level ? levelPlural(lang, level) : undefined,
        legend,
        source: legend.source,
        licence: legend.licence,
        referenceDate: legend.referenceDate,
        synthetic: legend.synthetic,
        lang,
      });
      downloadBlob(exportFileName([legend.indicatorId, legend.period], 'png'), blob);
    });
  return (
    <p className="export-buttons">
      <button type="button" data-testid="export-map-png" onClick={onClick} disabled={busy} aria-label={et(lang, 'mapPngLabel')}>
        {et(lang, 'mapPng')}
      </button>
      {status}
    </p>
  );
}

/** PNG and SVG buttons of one chart; `findSvg` returns the chart's <svg> when clicked. */
export function ChartExportButtons(props: {
  chart: string;
  findSvg: () => SVGSVGElement | null;
  caption: ImageCaption;
  fileParts: readonly string[];
  /** False while the chart's data is still loading (an export then would show an empty chart). */
  ready?: boolean;
}) {
  const { chart, findSvg, caption, fileParts, ready = true } = props;
  const { busy: working, run, status } = useExport(caption.lang);
  const busy = working || !ready;
  const exportAs = (format: 'png' | 'svg') =>
    run(async () => {
      const svg = findSvg();
      if (!svg) throw new Error('no chart');
      const name = exportFileName([...fileParts], format);
      const blob = format === 'svg' ? new Blob([chartToSvg(svg, caption)], { type: 'image/svg+xml' }) : await chartToPng(svg, caption);
      downloadBlob(name, blob);
    });
  return (
    <p className="export-buttons">
      <button type="button" data-testid="export-chart-png" data-chart={chart} disabled={busy} onClick={() => exportAs('png')}
        aria-label={et(caption.lang, 'chartPngLabel', caption.title)}>
        {et(caption.lang, 'chartPng')}
      </button>{' '}
      <button type="button" data-testid="export-chart-svg" data-chart={chart} disabled={busy} onClick={() => exportAs('svg')}
        aria-label={et(caption.lang, 'chartSvgLabel', caption.title)}>
        {et(caption.lang, 'chartSvg')}
      </button>
      {status}
    </p>
  );
}
