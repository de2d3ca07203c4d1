import type { Language, Level } from '../core/types';

/**
 * The versioned report model: everything a renderer needs, already formatted and projected.
 * Renderers (React/HTML in src/ui/report, jsPDF in src/report/renderPdf.ts) only lay it out:
 * they never compute a figure, a class or a sentence themselves. Lengths are millimetres.
 */
export interface ReportModel {
  version: 1;
  lang: Language;
  title: string;
  subtitle: string;
  /** ISO date (`2025-01-31`) of generation, injected by the caller. */
  generatedAt: string;
  /** e.g. "Erstellt am 31.01.2025" */
  generatedLabel: string;
  area: { key: string; name: string; level: Level; levelLabel: string };
  period: string;
  /** "Synthetische Demodaten" / "Synthetic demo data" when any figure is synthetic, else null. */
  demoMark: string | null;
  /** The active disclosure-control rule (full text), printed at the foot of the report. */
  disclosure: string;
  /** Short line repeated at the foot of every page. */
  footer: string;
  headings: ReportHeadings;
  summary: string[];
  map: MapExcerpt;
  table: ProfileTable;
  charts: LineChart[];
  nearby: NearbySection;
  sources: SourceEntry[];
}

export interface ReportHeadings {
  summary: string;
  map: string;
  table: string;
  charts: string;
  nearby: string;
  sources: string;
}

export type Point = [number, number];

export interface MapShape {
  id: string;
  name: string;
  /** SVG path data in box coordinates (y down), closed rings. */
  d: string;
  /** The same rings as point lists, for renderers without SVG paths (jsPDF). */
  rings: Point[][];
  fill: string;
  stroke: string;
  strokeWidth: number;
}

export interface LegendEntry {
  kind: 'class' | 'missing' | 'secret' | 'selected' | 'programme' | 'project';
  label: string;
  fill: string;
  stroke: string;
}

export interface MapExcerpt {
  width: number;
  height: number;
  /** e.g. "SGB-II-Quote 2024" */
  title: string;
  background: string;
  /** Neighbours first, the selected area last (drawn on top). */
  areas: MapShape[];
  selectedKey: string;
  programmeAreas: MapShape[];
  projects: { id: string; name: string; x: number; y: number; r: number; fill: string; stroke: string }[];
  legend: { title: string; unit: string; method: string; entries: LegendEntry[] };
  scaleBar: { x: number; y: number; length: number; label: string };
  scaleNote: string;
  attribution: string;
}

export interface ProfileTable {
  /** Column headers: indicator, value, counts, rank, then one per reference area. */
  columns: string[];
  rows: ProfileRow[];
  /** Notes under the table (rank definition, symbols). */
  notes: string[];
}

export interface ProfileRow {
  indicatorId: string;
  label: string;
  unit: string;
  value: string;
  /** "94.512 / 512.300" or "" when no counts may be shown. */
  counts: string;
  /** "3 von 51" or "–" */
  rank: string;
  references: string[];
}

export interface ChartSeries {
  name: string;
  colour: string;
  /** Dash pattern in mm, empty = solid. */
  dash: number[];
  width: number;
  /** Polylines (a gap in the data starts a new one). */
  lines: Point[][];
  /** Every point with a value (markers). */
  points: Point[];
}

export interface LineChart {
  id: string;
  title: string;
  unit: string;
  width: number;
  height: number;
  plot: { x: number; y: number; width: number; height: number };
  xTicks: { x: number; label: string }[];
  yTicks: { y: number; label: string }[];
  series: ChartSeries[];
  note: string;
}

export interface NearbyRow {
  name: string;
  kind: string;
  category: string;
  year: string;
  distance: string;
}

export interface NearbySection {
  columns: string[];
  rows: NearbyRow[];
  /** Shown when the list is empty or was shortened. */
  note: string;
}

export interface SourceEntry {
  source: string;
  attribution: string;
  licence: string;
  referenceDate: string;
  /** One line as shown in the report. */
  text: string;
}
