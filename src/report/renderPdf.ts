import { jsPDF } from 'jspdf';
import { toPdfText } from './pdfText';
import type { LegendEntry, LineChart, MapExcerpt, Point, ReportModel } from './types';

export interface PdfOptions {
  /** Deflate the content streams (default true). Tests turn it off to read the text. */
  compress?: boolean;
}

const PAGE = { width: 210, height: 297, margin: 15, top: 20, bottom: 282 };
const CONTENT_WIDTH = PAGE.width - 2 * PAGE.margin;
const GREY = '#555555';
const TEXT = '#1a1a1a';

/** 32 hex digits from the text (FNV-1a, four rounds): a stable PDF file id. */
function stableId(text: string): string {
  let out = '';
  for (let round = 0; round < 4; round++) {
    let h = 0x811c9dc5 ^ round;
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
    out += h.toString(16).padStart(8, '0');
  }
  return out.toUpperCase();
}

class Layout {
  y = PAGE.top;
  constructor(readonly doc: jsPDF) {}

  ensure(height: number): void {
    if (this.y + height > PAGE.bottom) {
      this.doc.addPage('a4', 'portrait');
      this.y = PAGE.top;
    }
  }

  text(text: string, size: number, options: { bold?: boolean; colour?: string; width?: number; x?: number; gap?: number } = {}): void {
    const { doc } = this;
    doc.setFont('helvetica', options.bold ? 'bold' : 'normal');
    doc.setFontSize(size);
    doc.setTextColor(options.colour ?? TEXT);
    const lines = doc.splitTextToSize(toPdfText(text), options.width ?? CONTENT_WIDTH) as string[];
    const lineHeight = size * 0.42;
    for (const line of lines) {
      this.ensure(lineHeight);
      doc.text(line, options.x ?? PAGE.margin, this.y + lineHeight * 0.8);
      this.y += lineHeight;
    }
    this.y += options.gap ?? 1.5;
  }

  heading(text: string): void {
    this.ensure(14);
    this.y += 3;
    this.text(text, 12, { bold: true, gap: 2 });
  }
}

function pathRings(doc: jsPDF, rings: Point[][], ox: number, oy: number): void {
  for (const ring of rings) {
    ring.forEach(([x, y], i) => (i === 0 ? doc.moveTo(ox + x, oy + y) : doc.lineTo(ox + x, oy + y)));
    doc.close();
  }
}

function drawMap(doc: jsPDF, map: MapExcerpt, ox: number, oy: number): void {
  doc.setLineDashPattern([], 0);
  doc.setFillColor(map.background);
  doc.setDrawColor('#999999');
  doc.setLineWidth(0.2);
  doc.rect(ox, oy, map.width, map.height, 'FD');
  for (const shape of map.areas) {
    doc.setFillColor(shape.fill);
    doc.setDrawColor(shape.stroke);
    doc.setLineWidth(shape.strokeWidth);
    pathRings(doc, shape.rings, ox, oy);
    doc.fillStrokeEvenOdd();
  }
  for (const shape of map.programmeAreas) {
    doc.setDrawColor(shape.stroke);
    doc.setLineWidth(shape.strokeWidth);
    pathRings(doc, shape.rings, ox, oy);
    doc.stroke();
  }
  doc.setLineWidth(0.2);
  for (const p of map.projects) {
    doc.setFillColor(p.fill);
    doc.setDrawColor(p.stroke);
    doc.circle(ox + p.x, oy + p.y, p.r, 'FD');
  }
  if (map.scaleBar.length > 0) {
    const { x, y, length, label } = map.scaleBar;
    doc.setDrawColor('#000000');
    doc.setLineWidth(0.6);
    doc.line(ox + x, oy + y, ox + x + length, oy + y);
    doc.setFont('helvetica', 'normal');
    doc.setFontSize(7);
    doc.setTextColor(TEXT);
    doc.text(toPdfText(label), ox + x, oy + y - 1.2);
  }
}

function drawLegendSwatch(doc: jsPDF, entry: LegendEntry, x: number, y: number): void {
  doc.setLineDashPattern([], 0);
  doc.setDrawColor(entry.stroke);
  if (entry.kind === 'project') {
    doc.setFillColor(entry.fill);
    doc.setLineWidth(0.2);
    doc.circle(x + 2.5, y + 1.5, 1.2, 'FD');
  } else if (entry.fill === 'none') {
    doc.setLineWidth(entry.kind === 'selected' ? 0.8 : 0.6);
    doc.rect(x, y, 5, 3, 'S');
  } else {
    doc.setFillColor(entry.fill);
    doc.setLineWidth(0.2);
    doc.rect(x, y, 5, 3, 'FD');
  }
}

function drawLegend(layout: Layout, map: MapExcerpt, x: number, top: number, width: number): void {
  const { doc } = layout;
  layout.y = top;
  layout.text(map.legend.title, 9, { bold: true, x, width, gap: 0.5 });
  if (map.legend.unit) layout.text(map.legend.unit === '%' ? 'in %' : `in ${map.legend.unit}`, 7.5, { x, width, colour: GREY, gap: 0.5 });
  if (map.legend.method) layout.text(map.legend.method, 7.5, { x, width, colour: GREY, gap: 1.5 });
  for (const entry of map.legend.entries) {
    drawLegendSwatch(doc, entry, x, layout.y);
    doc.setFont('helvetica', 'normal');
    doc.setFontSize(7.5);
    doc.setTextColor(TEXT);
    doc.text(toPdfText(entry.label), x + 7, layout.y + 2.5);
    layout.y += 4.5;
  }
}

function drawChart(doc: jsPDF, chart: LineChart, ox: number, oy: number): number {
  const { plot } = chart;
  doc.setFont('helvetica', 'normal');
  doc.setFontSize(7);
  doc.setTextColor(GREY);
  doc.setLineDashPattern([], 0);
  for (const tick of chart.yTicks) {
    doc.setDrawColor('#dddddd');
    doc.setLineWidth(0.15);
    doc.line(ox + plot.x, oy + tick.y, ox + plot.x + plot.width, oy + tick.y);
    doc.text(toPdfText(tick.label), ox + plot.x - 1.5, oy + tick.y + 1, { align: 'right' });
  }
  for (const tick of chart.xTicks) doc.text(toPdfText(tick.label), ox + tick.x, oy + plot.y + plot.height + 4, { align: 'center' });
  doc.setDrawColor('#000000');
  doc.setLineWidth(0.2);
  doc.line(ox + plot.x, oy + plot.y + plot.height, ox + plot.x + plot.width, oy + plot.y + plot.height);
  doc.line(ox + plot.x, oy + plot.y, ox + plot.x, oy + plot.y + plot.height);
  for (const series of chart.series) {
    doc.setDrawColor(series.colour);
    doc.setFillColor(series.colour);
    doc.setLineWidth(series.width);
    doc.setLineDashPattern(series.dash, 0);
    for (const line of series.lines) {
      line.forEach(([x, y], i) => (i === 0 ? doc.moveTo(ox + x, oy + y) : doc.lineTo(ox + x, oy + y)));
      doc.stroke();
    }
    doc.setLineDashPattern([], 0);
    for (const [x, y] of series.points) doc.circle(ox + x, oy + y, 0.6, 'F');
  }
  // Legend under the plot.
  let y = oy + plot.y + plot.height + 8;
  doc.setFontSize(7.5);
  doc.setTextColor(TEXT);
  for (const series of chart.series) {
    doc.setDrawColor(series.colour);
    doc.setLineWidth(series.width);
    doc.setLineDashPattern(series.dash, 0);
    doc.line(ox + plot.x, y - 1, ox + plot.x + 6, y - 1);
    doc.setLineDashPattern([], 0);
    doc.text(toPdfText(series.name), ox + plot.x + 8, y);
    y += 3.8;
  }
  if (chart.note) {
    doc.setTextColor(GREY);
    doc.text(toPdfText(chart.note), ox + plot.x, y);
    y += 3.8;
  }
  return y - oy;
}

type Column = { title: string; width: number };

function drawTable(layout: Layout, columns: Column[], rows: string[][], size = 8): void {
  const { doc } = layout;
  const lineHeight = size * 0.42;
  const cellLines = (cells: string[], bold: boolean) => {
    doc.setFont('helvetica', bold ? 'bold' : 'normal');
    doc.setFontSize(size);
    return cells.map((cell, i) => doc.splitTextToSize(toPdfText(cell), columns[i].width - 2) as string[]);
  };
  const drawRow = (cells: string[], bold: boolean) => {
    const lines = cellLines(cells, bold);
    const height = Math.max(...lines.map((l) => l.length)) * lineHeight + 1.6;
    layout.ensure(height);
    let x = PAGE.margin;
    doc.setTextColor(TEXT);
    lines.forEach((cell, i) => {
      cell.forEach((line, j) => doc.text(line, x + 1, layout.y + 0.8 + lineHeight * (j + 0.8)));
      x += columns[i].width;
    });
    layout.y += height;
    doc.setDrawColor(bold ? '#000000' : '#cccccc');
    doc.setLineWidth(bold ? 0.3 : 0.15);
    doc.setLineDashPattern([], 0);
    doc.line(PAGE.margin, layout.y, PAGE.margin + CONTENT_WIDTH, layout.y);
  };
  drawRow(columns.map((c) => c.title), true);
  for (const row of rows) drawRow(row, false);
  layout.y += 2;
}

function decoratePages(doc: jsPDF, model: ReportModel): void {
  const pages = doc.getNumberOfPages();
  for (let page = 1; page <= pages; page++) {
    doc.setPage(page);
    doc.setLineDashPattern([], 0);
    if (model.demoMark) {
      doc.setFont('helvetica', 'bold');
      doc.setFontSize(9);
      const text = toPdfText(model.demoMark);
      const width = doc.getTextWidth(text) + 4;
      doc.setDrawColor('#000000');
      doc.setFillColor('#fff3c4');
      doc.setLineWidth(0.3);
      doc.rect(PAGE.width - PAGE.margin - width, 7, width, 6, 'FD');
      doc.setTextColor('#000000');
      doc.text(text, PAGE.width - PAGE.margin - width + 2, 11.2);
    }
    doc.setFont('helvetica', 'normal');
    doc.setFontSize(7);
    doc.setTextColor(GREY);
    const pageLabel = model.lang === 'de' ? `Seite ${page} von ${pages}` : `Page ${page} of ${pages}`;
    doc.text(toPdfText(model.footer), PAGE.margin, 290);
    doc.text(pageLabel, PAGE.width - PAGE.margin, 290, { align: 'right' });
  }
}

/** The report as an A4 PDF (jsPDF, Helvetica). Same model → same bytes. */
export function renderPdf(model: ReportModel, options: PdfOptions = {}): Uint8Array {
  const doc = new jsPDF({ unit: 'mm', format: 'a4', orientation: 'portrait', compress: options.compress ?? true });
  const created = new Date(`${model.generatedAt}T00:00:00Z`);
  doc.setCreationDate(created);
  doc.setFileId(stableId(`${model.title}|${model.generatedAt}|${model.lang}`));
  doc.setDocumentProperties({ title: toPdfText(model.title), subject: toPdfText(model.subtitle), creator: 'Quartiersatlas', author: 'Quartiersatlas' });
  doc.setLanguage(model.lang === 'de' ? 'de-DE' : 'en-GB');

  const layout = new Layout(doc);
  layout.text(model.title, 18, { bold: true, gap: 1 });
  layout.text(model.subtitle, 10, { colour: GREY, gap: 0.5 });
  layout.text(model.generatedLabel, 8.5, { colour: GREY, gap: 2 });

  layout.heading(model.headings.summary);
  for (const paragraph of model.summary) layout.text(paragraph, 9.5, { gap: 2 });

  const { map } = model;
  layout.heading(model.headings.map);
  layout.text(map.title, 9, { bold: true, gap: 1 });
  layout.ensure(map.height + 12);
  const mapTop = layout.y;
  drawMap(doc, map, PAGE.margin, mapTop);
  const legendX = PAGE.margin + map.width + 5;
  drawLegend(layout, map, legendX, mapTop, CONTENT_WIDTH - map.width - 5);
  layout.y = mapTop + map.height + 1.5;
  if (map.scaleNote) layout.text(map.scaleNote, 7.5, { colour: GREY, gap: 0.3 });
  layout.text(map.attribution, 7.5, { colour: GREY, gap: 2 });

  layout.heading(model.headings.table);
  const refCount = Math.max(model.table.columns.length - 4, 0);
  const fixed = [44, 20, 30, 20];
  const refWidth = refCount ? (CONTENT_WIDTH - fixed.reduce((a, b) => a + b, 0)) / refCount : 0;
  const tableColumns = model.table.columns.map((title, i) => ({ title, width: i < 4 ? fixed[i] : refWidth }));
  drawTable(layout, tableColumns, model.table.rows.map((r) => [r.label, r.value, r.counts, r.rank, ...r.references]));
  for (const note of model.table.notes) layout.text(note, 7.5, { colour: GREY, gap: 0.5 });

  if (model.charts.length) {
    layout.heading(model.headings.charts);
    for (let i = 0; i < model.charts.length; i += 2) {
      const pair = model.charts.slice(i, i + 2);
      const height = Math.max(...pair.map((c) => c.height + 6 + c.series.length * 3.8));
      layout.ensure(height);
      const top = layout.y;
      let used = 0;
      pair.forEach((chart, j) => {
        const ox = PAGE.margin + j * (chart.width + 10);
        doc.setFont('helvetica', 'bold');
        doc.setFontSize(8.5);
        doc.setTextColor(TEXT);
        doc.text(toPdfText(chart.title), ox, top + 3);
        used = Math.max(used, 5 + drawChart(doc, chart, ox, top + 5));
      });
      layout.y = top + used + 2;
    }
  }

  layout.heading(model.headings.nearby);
  if (model.nearby.rows.length) {
    const widths = [55, 30, 45, 20, 30];
    drawTable(layout, model.nearby.columns.map((title, i) => ({ title, width: widths[i] })),
      model.nearby.rows.map((r) => [r.name, r.kind, r.category, r.year, r.distance]));
  }
  if (model.nearby.note) layout.text(model.nearby.note, 8.5, { colour: GREY });

  layout.heading(model.headings.sources);
  for (const source of model.sources) layout.text(source.text, 8, { gap: 1 });
  layout.text(model.disclosure, 8, { gap: 1 });

  decoratePages(doc, model);
  return new Uint8Array(doc.output('arraybuffer'));
}
