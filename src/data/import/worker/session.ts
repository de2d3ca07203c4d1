import type { Status } from '../../../core/types';
import type { AnalysedFile } from '../detect/importTable';
import type { NormalisedRow } from '../normalised';
import { buildJoinReport, joinPartCsv, summariseJoinReport, type JoinReport, type KnownArea } from '../../workspace/joinReport';
import { PREVIEW_ROWS, type AnalysedPreview, type SessionAnswer, type SessionRequest } from './protocol';

/** What the page receives after the analysis: everything but the rows beyond the preview. */
export function previewOf(file: AnalysedFile): AnalysedPreview {
  const { table } = file;
  if (!table) return { ...file, table: null };
  const statusCounts: Partial<Record<Status, number>> = {};
  for (const row of table.rows) statusCounts[row.status] = (statusCounts[row.status] ?? 0) + 1;
  return { ...file, table: { ...table, rows: table.rows.slice(0, PREVIEW_ROWS), rowCount: table.rows.length, statusCounts } };
}

/**
 * The analysed file kept where it was parsed (the import worker), answering the page's questions.
 * The join report of the last level asked is cached: the report, the matched rows and the CSV lists
 * of one wizard step all come from the same join.
 */
export class ImportSession {
  private cached: { fingerprint: string; report: JoinReport } | null = null;

  constructor(private readonly file: AnalysedFile) {}

  preview(): AnalysedPreview {
    return previewOf(this.file);
  }

  private join(level: string, areas: readonly KnownArea[]): JoinReport {
    const fingerprint = `${level}\u0000${areas.length}\u0000${areas.map((a) => `${a.level}:${a.key}`).join(',')}`;
    if (this.cached?.fingerprint !== fingerprint) {
      this.cached = { fingerprint, report: buildJoinReport(this.file.table?.rows ?? [], areas, level) };
    }
    return this.cached.report;
  }

  answer(request: SessionRequest): SessionAnswer {
    const report = this.join(request.level, request.areas);
    if (request.type === 'report') return { type: 'answer', id: request.id, kind: 'report', report: summariseJoinReport(report, request.level) };
    if (request.type === 'csv') return { type: 'answer', id: request.id, kind: 'csv', text: joinPartCsv(report, request.part) };
    const sources = new Set(request.sources);
    return { type: 'answer', id: request.id, kind: 'matched', rows: report.matched.filter((row: NormalisedRow) => sources.has(row.indicator)) };
  }
}
