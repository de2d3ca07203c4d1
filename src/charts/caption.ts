import type { Language } from '../core/types';
import type { LegendModel } from '../map/legend';

/**
 * The caption around an exported map or chart image: which lines, in which order, in which
 * language, wrapped to the image width, and where each line and legend box sits. Pure: the canvas
 * (PNG) and SVG renderers in ui/export draw exactly what this returns.
 */

export const BOUNDARY_ATTRIBUTION = '© GeoBasis-DE / BKG 2017 (dl-de/by-2-0)';

export interface CaptionInput {
  title: string;
  subtitle?: string;
  legend?: LegendModel | null;
  source: string;
  licence: string;
  referenceDate: string;
  synthetic: boolean;
  lang: Language;
}

export type LegendEntryKind = 'class' | 'noData' | 'secret';

export interface LegendEntry {
  kind: LegendEntryKind;
  colour: string;
  label: string;
}

/** The words of a caption before layout. */
export interface CaptionText {
  title: string;
  subtitle: string | null;
  legendHeading: string | null;
  legend: LegendEntry[];
  footer: string[];
  demoMark: string | null;
}

const WORDS = {
  de: {
    source: 'Quelle',
    licence: 'Lizenz',
    data: 'Daten',
    referenceDate: 'Stand der Daten',
    exported: 'Exportiert am',
    noData: 'keine Daten',
    secret: 'geheim',
    demo: 'Synthetische Demodaten – alle Werte sind erfunden.',
  },
  en: {
    source: 'Source',
    licence: 'Licence',
    data: 'data',
    referenceDate: 'Reference date',
    exported: 'Exported on',
    noData: 'no data',
    secret: 'secret',
    demo: 'Synthetic demo data – all values are invented.',
  },
} as const;

/** `26.11.2026` (de) / `2026-11-26` (en), in UTC so that a test does not depend on the time zone. */
export function formatExportDate(date: Date, lang: Language): string {
  const d = String(date.getUTCDate()).padStart(2, '0');
  const m = String(date.getUTCMonth() + 1).padStart(2, '0');
  const y = String(date.getUTCFullYear());
  return lang === 'de' ? `${d}.${m}.${y}` : `${y}-${m}-${d}`;
}

function clean(text: string | undefined): string {
  // Control characters (line breaks, NUL, …) would break a line or an XML document: spaces instead.
  return (text ?? '').replace(/[\u0000-\u001f\u007f]+/g, ' ').replace(/\s+/g, ' ').trim();
}

/** The caption's lines in their fixed order: title, subtitle, legend, then source, licence, dates, demo mark. */
export function captionText(input: CaptionInput, exportDate: Date): CaptionText {
  const w = WORDS[input.lang];
  const legend: LegendEntry[] = [];
  let legendHeading: string | null = null;
  if (input.legend) {
    const l = input.legend;
    const unit = clean(l.unit);
    legendHeading = clean(`${l.title} ${l.period}${unit ? ` (${unit})` : ''}`);
    for (const c of l.classes) legend.push({ kind: 'class', colour: c.colour, label: clean(`${c.label}${unit === '%' ? ' %' : ''}`) });
    if (l.secret.colour === l.noData.colour) {
      // A map that draws secret values like missing ones: one entry that says both.
      legend.push({ kind: 'noData', colour: l.noData.colour, label: `${w.noData} / ${w.secret}` });
    } else {
      legend.push({ kind: 'noData', colour: l.noData.colour, label: w.noData });
      legend.push({ kind: 'secret', colour: l.secret.colour, label: w.secret });
    }
  }
  const source = clean(input.source);
  const licence = clean(input.licence);
  const footer: string[] = [];
  if (source) footer.push(`${w.source}: ${source}`);
  footer.push(
    `${w.licence}: ${BOUNDARY_ATTRIBUTION}${licence && !licence.includes(BOUNDARY_ATTRIBUTION) ? ` · ${w.data}: ${licence}` : ''}`,
  );
  const referenceDate = clean(input.referenceDate);
  footer.push(`${referenceDate ? `${w.referenceDate}: ${referenceDate} · ` : ''}${w.exported} ${formatExportDate(exportDate, input.lang)}`);
  const demoMark = input.synthetic ? w.demo : null;
  if (demoMark) footer.push(demoMark);
  const subtitle = clean(input.subtitle);
  return { title: clean(input.title), subtitle: subtitle || null, legendHeading, legend, footer, demoMark };
}

/** Width of a text at a font size; the renderers pass the real measure, tests and defaults estimate. */
export type Measure = (text: string, size: number, bold: boolean) => number;

export const estimateWidth: Measure = (text, size, bold) => text.length * size * (bold ? 0.62 : 0.56);

/** Greedy word wrap; a word longer than the line is broken by characters. */
export function wrapText(text: string, maxWidth: number, size: number, bold: boolean, measure: Measure = estimateWidth): string[] {
  const lines: string[] = [];
  let line = '';
  const push = (word: string) => {
    const candidate = line ? `${line} ${word}` : word;
    if (measure(candidate, size, bold) <= maxWidth || !line) {
      line = candidate;
    } else {
      lines.push(line);
      line = word;
    }
    while (measure(line, size, bold) > maxWidth && line.length > 1) {
      let cut = line.length - 1;
      while (cut > 1 && measure(line.slice(0, cut), size, bold) > maxWidth) cut--;
      lines.push(line.slice(0, cut));
      line = line.slice(cut);
    }
  };
  for (const word of text.split(' ')) if (word) push(word);
  if (line) lines.push(line);
  return lines;
}

export type CaptionItem =
  | { kind: 'text'; role: 'title' | 'subtitle' | 'legendHeading' | 'legendLabel' | 'footer' | 'demo'; x: number; y: number; text: string; size: number; bold: boolean; colour: string }
  | { kind: 'box'; role: LegendEntryKind; x: number; y: number; width: number; height: number; fill: string; stroke: string; hatch: boolean };

export interface CaptionLayout {
  width: number;
  height: number;
  /** Where the map or chart goes, in the same units. */
  content: { x: number; y: number; width: number; height: number };
  items: CaptionItem[];
  background: string;
}

export const CAPTION = { margin: 16, title: 20, subtitle: 14, legend: 12, footer: 11, box: 14, gap: 8, line: 1.35 } as const;
const INK = '#1a1a1a';
const MUTED = '#444444';

/** Places the caption around a content box of contentWidth × contentHeight (text baselines as y). */
export function layoutCaption(
  text: CaptionText,
  contentWidth: number,
  contentHeight: number,
  measure: Measure = estimateWidth,
): CaptionLayout {
  const m = CAPTION.margin;
  const width = Math.max(Math.round(contentWidth), 320) + 2 * m;
  const inner = width - 2 * m;
  const items: CaptionItem[] = [];
  let y = m;
  const lines = (value: string, size: number, bold: boolean, role: 'title' | 'subtitle' | 'legendHeading' | 'footer' | 'demo', colour: string) => {
    for (const line of wrapText(value, inner, size, bold, measure)) {
      y += size * CAPTION.line;
      items.push({ kind: 'text', role, x: m, y: y - size * 0.3, text: line, size, bold, colour });
    }
  };
  if (text.title) lines(text.title, CAPTION.title, true, 'title', INK);
  if (text.subtitle) lines(text.subtitle, CAPTION.subtitle, false, 'subtitle', MUTED);
  if (text.legendHeading) {
    y += CAPTION.gap / 2;
    lines(text.legendHeading, CAPTION.legend, true, 'legendHeading', INK);
  }
  if (text.legend.length > 0) {
    const size = CAPTION.legend;
    const rowHeight = Math.max(CAPTION.box, size) + 6;
    let x = m;
    let rowTop = y + 4;
    for (const entry of text.legend) {
      const label = wrapText(entry.label, inner - CAPTION.box - 6, size, false, measure)[0] ?? '';
      const itemWidth = CAPTION.box + 6 + measure(label, size, false) + 16;
      if (x > m && x + itemWidth - 16 > m + inner) {
        x = m;
        rowTop += rowHeight;
      }
      items.push({
        kind: 'box', role: entry.kind, x, y: rowTop, width: CAPTION.box, height: CAPTION.box, fill: entry.colour,
        stroke: entry.kind === 'secret' ? '#282828' : '#777777', hatch: entry.kind === 'secret',
      });
      items.push({ kind: 'text', role: 'legendLabel', x: x + CAPTION.box + 6, y: rowTop + CAPTION.box - 2, text: label, size, bold: false, colour: INK });
      x += itemWidth;
    }
    y = rowTop + rowHeight;
  }
  y += CAPTION.gap;
  const content = { x: m, y: Math.round(y), width: Math.round(contentWidth), height: Math.round(contentHeight) };
  y = content.y + content.height + CAPTION.gap;
  for (const line of text.footer) {
    const demo = line === text.demoMark;
    lines(line, CAPTION.footer, demo, demo ? 'demo' : 'footer', demo ? INK : MUTED);
  }
  return { width, height: Math.ceil(y + m), content, items, background: '#ffffff' };
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text or attribute value for XML; characters XML 1.0 forbids are dropped. */
export function escapeXml(value: string): string {
  return value
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/[&<>"']/g, (c) => XML_ESCAPES[c]);
}

const FONT = 'DejaVu Sans, Arial, Helvetica, sans-serif';

/**
 * A standalone SVG document: the caption as <text>/<rect> elements around the chart's own markup
 * (an already serialised <svg> element, placed as a nested viewport). Every caption text is escaped.
 */
export function captionSvg(layout: CaptionLayout, title: string, chartMarkup: string): string {
  const parts: string[] = [];
  const n = (v: number) => String(Math.round(v * 100) / 100);
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${n(layout.width)}" height="${n(layout.height)}" viewBox="0 0 ${n(layout.width)} ${n(layout.height)}" font-family="${escapeXml(FONT)}">`,
    `<title>${escapeXml(title)}</title>`,
    '<defs><pattern id="caption-hatch" width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="1.5" height="5" fill="#282828"/></pattern></defs>',
    `<rect x="0" y="0" width="${n(layout.width)}" height="${n(layout.height)}" fill="${escapeXml(layout.background)}"/>`,
  );
  for (const item of layout.items) {
    if (item.kind === 'box') {
      parts.push(`<rect x="${n(item.x)}" y="${n(item.y)}" width="${n(item.width)}" height="${n(item.height)}" fill="${escapeXml(item.fill)}" stroke="${escapeXml(item.stroke)}" stroke-width="1"/>`);
      if (item.hatch) parts.push(`<rect x="${n(item.x)}" y="${n(item.y)}" width="${n(item.width)}" height="${n(item.height)}" fill="url(#caption-hatch)"/>`);
    } else {
      parts.push(
        `<text x="${n(item.x)}" y="${n(item.y)}" font-size="${n(item.size)}" font-weight="${item.bold ? 'bold' : 'normal'}" fill="${escapeXml(item.colour)}" data-role="${item.role}">${escapeXml(item.text)}</text>`,
      );
    }
  }
  const c = layout.content;
  parts.push(`<g transform="translate(${n(c.x)} ${n(c.y)})">${chartMarkup}</g>`, '</svg>');
  return parts.join('');
}

/** `sozialraum-<parts>-<year>.<ext>`: lower-case ASCII, digits and hyphens only. */
export function exportFileName(parts: readonly string[], extension: 'png' | 'svg'): string {
  const slug = ['sozialraum', ...parts]
    .map((p) =>
      p
        .normalize('NFKD')
        .replace(/ß/g, 'ss')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        .replace(/[^a-z0-9_]+/g, '-')
        .replace(/^-+|-+$/g, ''),
    )
    .filter(Boolean)
    .join('-')
    .slice(0, 120);
  return `${slug}.${extension}`;
}
