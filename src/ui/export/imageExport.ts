import { captionSvg, captionText, layoutCaption, type CaptionLayout, type Measure } from '../../charts/caption';
import type { Language } from '../../core/types';
import type { LegendModel } from '../../map/legend';
import { browserDownload } from '../compare/download';

/** The legend model of src/map/legend.ts, as the caption takes it. */
export type Legend = LegendModel;

/** What every exported image says around the picture (layout: src/charts/caption.ts). */
export interface ImageCaption {
  title: string;
  subtitle?: string;
  legend?: Legend | null;
  source: string;
  licence: string;
  referenceDate: string;
  synthetic: boolean;
  lang: Language;
}

const FONT_FAMILY = '"DejaVu Sans", Arial, Helvetica, sans-serif';

function canvasMeasure(ctx: CanvasRenderingContext2D): Measure {
  return (text, size, bold) => {
    ctx.font = `${bold ? 'bold ' : ''}${size}px ${FONT_FAMILY}`;
    return ctx.measureText(text).width;
  };
}

function measuringContext(): CanvasRenderingContext2D | null {
  return document.createElement('canvas').getContext('2d');
}

function layoutFor(caption: ImageCaption, width: number, height: number): CaptionLayout {
  const ctx = measuringContext();
  return layoutCaption(captionText(caption, new Date()), width, height, ctx ? canvasMeasure(ctx) : undefined);
}

function hatchPattern(ctx: CanvasRenderingContext2D): CanvasPattern | null {
  const tile = document.createElement('canvas');
  tile.width = 5;
  tile.height = 5;
  const t = tile.getContext('2d');
  if (!t) return null;
  t.strokeStyle = '#282828';
  t.lineWidth = 1.5;
  t.beginPath();
  t.moveTo(0, 5);
  t.lineTo(5, 0);
  t.stroke();
  return ctx.createPattern(tile, 'repeat');
}

/** Draws the caption (background, texts, legend boxes) onto a context in layout units. */
function drawCaption(ctx: CanvasRenderingContext2D, layout: CaptionLayout): void {
  ctx.fillStyle = layout.background;
  ctx.fillRect(0, 0, layout.width, layout.height);
  ctx.textBaseline = 'alphabetic';
  for (const item of layout.items) {
    if (item.kind === 'box') {
      ctx.fillStyle = item.fill;
      ctx.fillRect(item.x, item.y, item.width, item.height);
      if (item.hatch) {
        const pattern = hatchPattern(ctx);
        if (pattern) {
          ctx.fillStyle = pattern;
          ctx.fillRect(item.x, item.y, item.width, item.height);
        }
      }
      ctx.strokeStyle = item.stroke;
      ctx.lineWidth = 1;
      ctx.strokeRect(item.x + 0.5, item.y + 0.5, item.width - 1, item.height - 1);
    } else {
      ctx.font = `${item.bold ? 'bold ' : ''}${item.size}px ${FONT_FAMILY}`;
      ctx.fillStyle = item.colour;
      ctx.fillText(item.text, item.x, item.y);
    }
  }
}

function canvasToPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG export failed'))), 'image/png');
  });
}

/**
 * The map canvas (MapLibre with preserveDrawingBuffer, deck.gl interleaved into it) on a larger
 * canvas with the title and legend above and source, licence, dates and demo mark below.
 */
export async function mapToPng(map: HTMLCanvasElement, caption: ImageCaption): Promise<Blob> {
  const cssWidth = map.clientWidth || map.width;
  const cssHeight = map.clientHeight || map.height;
  const scale = cssWidth > 0 ? Math.max(1, map.width / cssWidth) : 1;
  const layout = layoutFor(caption, cssWidth, cssHeight);
  const out = document.createElement('canvas');
  out.width = Math.ceil(layout.width * scale);
  out.height = Math.ceil(layout.height * scale);
  const ctx = out.getContext('2d');
  if (!ctx) throw new Error('Canvas 2D is not available');
  ctx.scale(scale, scale);
  drawCaption(ctx, layout);
  const c = layout.content;
  ctx.drawImage(map, c.x, c.y, c.width, c.height);
  ctx.strokeStyle = '#999999';
  ctx.lineWidth = 1;
  ctx.strokeRect(c.x - 0.5, c.y - 0.5, c.width + 1, c.height + 1);
  return canvasToPng(out);
}

const STYLE_PROPERTIES = [
  'fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-opacity', 'opacity',
  'font-family', 'font-size', 'font-weight', 'text-anchor', 'dominant-baseline', 'visibility',
] as const;

/** A copy of the chart's <svg> with computed styles as attributes (the file must not need our CSS). */
function inlineChart(svg: SVGSVGElement): { markup: string; width: number; height: number } {
  const box = svg.getBoundingClientRect();
  const width = Number(svg.getAttribute('width')) || box.width || 400;
  const height = Number(svg.getAttribute('height')) || box.height || 300;
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...Array.from(svg.querySelectorAll('*'))];
  const copies = [clone, ...Array.from(clone.querySelectorAll('*'))];
  originals.forEach((original, i) => {
    const copy = copies[i];
    if (!copy) return;
    const style = getComputedStyle(original);
    for (const name of STYLE_PROPERTIES) {
      const value = style.getPropertyValue(name);
      if (value && value !== 'auto' && value !== 'normal') copy.setAttribute(name, value);
    }
    copy.removeAttribute('style');
    copy.removeAttribute('class');
    for (const attr of Array.from(copy.attributes)) if (attr.name.startsWith('on')) copy.removeAttribute(attr.name);
  });
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  if (!clone.getAttribute('viewBox')) clone.setAttribute('viewBox', `0 0 ${width} ${height}`);
  return { markup: new XMLSerializer().serializeToString(clone), width, height };
}

/** A standalone SVG file of a chart with its caption (XML-escaped text elements). */
export function chartToSvg(svg: SVGSVGElement, caption: ImageCaption): string {
  const chart = inlineChart(svg);
  const layout = layoutFor(caption, chart.width, chart.height);
  return captionSvg(layout, caption.title, chart.markup);
}

/** The standalone SVG rendered to a PNG (an Image from a blob: URL, drawn on a canvas). */
export async function chartToPng(svg: SVGSVGElement, caption: ImageCaption): Promise<Blob> {
  const text = chartToSvg(svg, caption);
  const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('SVG could not be rendered'));
      image.src = url;
    });
    const scale = Math.max(1, Math.min(3, window.devicePixelRatio || 1)) * 2;
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(image.width * scale);
    canvas.height = Math.ceil(image.height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('Canvas 2D is not available');
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await canvasToPng(canvas);
  } finally {
    URL.revokeObjectURL(url);
  }
}

export function downloadBlob(fileName: string, blob: Blob): void {
  browserDownload(blob, fileName);
}

/** The map's WebGL canvas (one canvas: deck.gl is interleaved into MapLibre). */
export function findMapCanvas(): HTMLCanvasElement | null {
  return document.querySelector<HTMLCanvasElement>('.maplibregl-canvas');
}
