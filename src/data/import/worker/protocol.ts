import type { Status } from '../../../core/types';
import type { AnalysedFile, ImportTableOptions } from '../detect/importTable';
import type { NormalisedRow, TableImport } from '../normalised';
import type { JoinPart, JoinSummary, KnownArea } from '../../workspace/joinReport';

/** Largest file the browser import reads; checked against `File.size` before a byte is read. */
export const MAX_IMPORT_BYTES = 100 * 1024 * 1024;

/** Rows of the analysed table that the page receives for the preview; the rest stay in the worker. */
export const PREVIEW_ROWS = 200;

/** First message to the worker: read and analyse this file. */
export interface ImportRequest {
  file: Blob;
  options: ImportTableOptions;
}

/**
 * Later messages, answered with `answer` and the same `id`. The analysed rows stay in the worker:
 * the page asks for the join report against the areas of a level, for the matched rows of the
 * indicators it includes (bounded by the loaded areas), or for one list of the report as CSV.
 */
export type SessionRequest =
  | { type: 'report'; id: number; level: string; areas: KnownArea[] }
  | { type: 'matched'; id: number; level: string; areas: KnownArea[]; sources: string[] }
  | { type: 'csv'; id: number; level: string; areas: KnownArea[]; part: JoinPart };

export type SessionAnswer =
  | { type: 'answer'; id: number; kind: 'report'; report: JoinSummary }
  | { type: 'answer'; id: number; kind: 'matched'; rows: NormalisedRow[] }
  | { type: 'answer'; id: number; kind: 'csv'; text: string };

/**
 * The table as the page sees it: detection, indicators, provenance and problems complete, `rows`
 * only the first PREVIEW_ROWS rows; `rowCount` and `statusCounts` count all rows. Assignable to
 * `TableImport`, so panels that show detection keep working.
 */
export interface TablePreview extends TableImport {
  rowCount: number;
  statusCounts: Partial<Record<Status, number>>;
}

/** `AnalysedFile` with the table cut down to its preview (see TablePreview). */
export interface AnalysedPreview extends Omit<AnalysedFile, 'table'> {
  table: TablePreview | null;
}

export type ImportPhase = 'reading' | 'parsing';

export type WorkerMessage =
  /** `loaded`/`total` in bytes (parsing: characters of the decoded text); `rows` parsed so far while parsing. */
  | { type: 'progress'; phase: ImportPhase; loaded: number; total: number; rows?: number }
  | { type: 'done'; result: AnalysedPreview }
  | SessionAnswer
  | { type: 'failed'; id?: number; message: string };
