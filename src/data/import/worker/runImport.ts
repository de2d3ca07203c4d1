import { checkSize } from '../decode';
import type { AnalysedFile, ImportTableOptions } from '../detect/importTable';
import { MAX_IMPORT_BYTES, type ImportPhase, type WorkerMessage } from './protocol';

export interface ImportProgress {
  phase: ImportPhase;
  loaded: number;
  total: number;
}

export type ImportRun =
  | { kind: 'done'; file: AnalysedFile }
  | { kind: 'cancelled' };

export interface RunningImport {
  result: Promise<ImportRun>;
  /** Stops the worker at once; `result` resolves with `cancelled`. */
  cancel(): void;
}

/**
 * Analyses a file in a Web Worker. The size limit is checked before the file is read at all; a file
 * over it is answered at once with the size problem (no worker is started).
 */
export function runImport(file: File, options: Omit<ImportTableOptions, 'fileName'>, onProgress: (p: ImportProgress) => void): RunningImport {
  const maxBytes = options.maxBytes ?? MAX_IMPORT_BYTES;
  const tooLarge = checkSize(file.size, file.name, maxBytes);
  if (tooLarge) {
    const rejected: AnalysedFile = { format: 'unknown', encoding: null, delimiter: null, decimal: null, table: null, problems: [tooLarge] };
    return { result: Promise.resolve({ kind: 'done', file: rejected }), cancel: () => undefined };
  }
  const worker = new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module' });
  let settle: (run: ImportRun) => void = () => undefined;
  const result = new Promise<ImportRun>((resolve, reject) => {
    settle = (run) => {
      worker.terminate();
      resolve(run);
    };
    worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
      const message = event.data;
      if (message.type === 'progress') onProgress({ phase: message.phase, loaded: message.loaded, total: message.total });
      else if (message.type === 'done') settle({ kind: 'done', file: message.result });
      else {
        worker.terminate();
        reject(new Error(message.message));
      }
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'Import-Worker fehlgeschlagen / import worker failed'));
    };
  });
  worker.postMessage({ file, options: { ...options, maxBytes, fileName: file.name } });
  return { result, cancel: () => settle({ kind: 'cancelled' }) };
}
