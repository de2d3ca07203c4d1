import { checkSize } from '../decode';
import type { ImportTableOptions } from '../detect/importTable';
import type { NormalisedRow } from '../normalised';
import type { JoinPart, JoinSummary, KnownArea } from '../../workspace/joinReport';
import { MAX_IMPORT_BYTES, type AnalysedPreview, type ImportPhase, type SessionAnswer, type SessionRequest, type WorkerMessage } from './protocol';
import { ImportSession } from './session';

export interface ImportProgress {
  phase: ImportPhase;
  loaded: number;
  total: number;
  /** Records parsed so far (parsing phase of large text files). */
  rows?: number;
}

/**
 * The analysed file, kept where it was parsed. The join report, the matched rows (to save) and the
 * CSV lists are computed there; only those answers cross to the page.
 */
export interface ImportSessionHandle {
  report(level: string, areas: readonly KnownArea[]): Promise<JoinSummary>;
  /** Matched rows (not aggregate, key an area of the level, no duplicate) of the given source indicators. */
  matched(level: string, areas: readonly KnownArea[], sources: readonly string[]): Promise<NormalisedRow[]>;
  csv(level: string, areas: readonly KnownArea[], part: JoinPart): Promise<string>;
  /** Frees the rows (terminates the worker). */
  close(): void;
}

export type ImportRun =
  | { kind: 'done'; file: AnalysedPreview; session: ImportSessionHandle }
  | { kind: 'cancelled' };

export interface RunningImport {
  result: Promise<ImportRun>;
  /** Stops the worker at once; `result` resolves with `cancelled`. */
  cancel(): void;
}

type Ask = { type: SessionRequest['type']; level: string; areas: readonly KnownArea[]; sources?: readonly string[]; part?: JoinPart };

function handle(ask: (request: Ask) => Promise<SessionAnswer>, close: () => void): ImportSessionHandle {
  return {
    async report(level, areas) {
      const a = await ask({ type: 'report', level, areas });
      if (a.kind !== 'report') throw new Error('unexpected answer');
      return a.report;
    },
    async matched(level, areas, sources) {
      const a = await ask({ type: 'matched', level, areas, sources });
      if (a.kind !== 'matched') throw new Error('unexpected answer');
      return a.rows;
    },
    async csv(level, areas, part) {
      const a = await ask({ type: 'csv', level, areas, part });
      if (a.kind !== 'csv') throw new Error('unexpected answer');
      return a.text;
    },
    close,
  };
}

function toRequest(ask: Ask, id: number): SessionRequest {
  const base = { id, level: ask.level, areas: ask.areas.map((a) => ({ key: a.key, name: a.name, level: a.level })) };
  if (ask.type === 'matched') return { ...base, type: 'matched', sources: [...(ask.sources ?? [])] };
  if (ask.type === 'csv') return { ...base, type: 'csv', part: ask.part ?? 'matched' };
  return { ...base, type: 'report' };
}

/**
 * Analyses a file in a Web Worker that keeps the rows. The size limit is checked before the file is
 * read at all; a file over it is answered at once with the size problem (no worker is started).
 */
export function runImport(file: File, options: Omit<ImportTableOptions, 'fileName'>, onProgress: (p: ImportProgress) => void): RunningImport {
  const maxBytes = options.maxBytes ?? MAX_IMPORT_BYTES;
  const tooLarge = checkSize(file.size, file.name, maxBytes);
  if (tooLarge) {
    const local = new ImportSession({ format: 'unknown', encoding: null, delimiter: null, decimal: null, table: null, problems: [tooLarge] });
    const session = handle(async (ask) => local.answer(toRequest(ask, 0)), () => undefined);
    return { result: Promise.resolve({ kind: 'done', file: local.preview(), session }), cancel: () => undefined };
  }
  const worker = new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module' });
  const pending = new Map<number, { resolve: (a: SessionAnswer) => void; reject: (e: Error) => void }>();
  let nextId = 1;
  let closed = false;
  const close = () => {
    closed = true;
    worker.terminate();
    for (const p of pending.values()) p.reject(new Error('Import beendet / import closed'));
    pending.clear();
  };
  const ask = (request: Ask) => new Promise<SessionAnswer>((resolve, reject) => {
    if (closed) {
      reject(new Error('Import beendet / import closed'));
      return;
    }
    const id = nextId++;
    pending.set(id, { resolve, reject });
    worker.postMessage(toRequest(request, id));
  });
  let settle: (run: ImportRun) => void = () => undefined;
  let analysed = false;
  const result = new Promise<ImportRun>((resolve, reject) => {
    settle = (run) => {
      if (run.kind === 'cancelled') close();
      resolve(run);
    };
    const fail = (message: string) => {
      close();
      reject(new Error(message));
    };
    worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
      const message = event.data;
      if (message.type === 'progress') onProgress({ phase: message.phase, loaded: message.loaded, total: message.total, rows: message.rows });
      else if (message.type === 'done') {
        analysed = true;
        settle({ kind: 'done', file: message.result, session: handle(ask, close) });
      } else if (message.type === 'answer') {
        pending.get(message.id)?.resolve(message);
        pending.delete(message.id);
      } else if (message.id !== undefined) {
        pending.get(message.id)?.reject(new Error(message.message));
        pending.delete(message.id);
      } else fail(message.message);
    };
    worker.onerror = (event) => {
      if (analysed) close();
      else fail(event.message || 'Import-Worker fehlgeschlagen / import worker failed');
    };
  });
  worker.postMessage({ file, options: { ...options, maxBytes, fileName: file.name } });
  return { result, cancel: () => settle({ kind: 'cancelled' }) };
}
