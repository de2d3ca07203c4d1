import type { AnalysedFile, ImportTableOptions } from '../detect/importTable';

/** Largest file the browser import reads; checked against `File.size` before a byte is read. */
export const MAX_IMPORT_BYTES = 100 * 1024 * 1024;

export interface ImportRequest {
  file: Blob;
  options: ImportTableOptions;
}

export type ImportPhase = 'reading' | 'parsing';

export type WorkerMessage =
  | { type: 'progress'; phase: ImportPhase; loaded: number; total: number }
  | { type: 'done'; result: AnalysedFile }
  | { type: 'failed'; message: string };
