import type { ImportProblem } from '../../data/import/normalised';
import { failCommand } from './commandIo';

/**
 * What `atlas inspect` and `atlas import` need from the outside world. `readFile` should give bytes
 * (a string is taken as already-decoded UTF-8 text); `fileSize`, when given, lets the size limit be
 * checked before a file is read.
 */
export interface ImportIo {
  readFile(path: string): Promise<Uint8Array | string>;
  writeFile(path: string, text: string): Promise<void>;
  stdout(text: string): void;
  stderr(text: string): void;
  fileSize?(path: string): Promise<number>;
}

export function toBytes(data: Uint8Array | string): Uint8Array {
  return typeof data === 'string' ? new TextEncoder().encode(data) : data;
}

/** `file:line:column: Fehler: … / Error: … → what to do`. */
export function formatProblem(p: ImportProblem): string {
  const where = [p.file, p.line, p.column].filter((x) => x !== undefined && x !== '').join(':');
  const level = p.severity === 'error' ? ['Fehler', 'Error'] : ['Warnung', 'Warning'];
  return `${where}: ${level[0]}: ${p.de} → ${p.todoDe}\n${' '.repeat(where.length)}  ${level[1]}: ${p.en} → ${p.todoEn}`;
}

export function usageError(io: ImportIo, de: string, en: string): number {
  return failCommand(io, de, en);
}
