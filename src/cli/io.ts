import type { DisclosureRules } from '../analysis/disclosure/rules';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { openDemoWorkspace, type Workspace } from './demoWorkspace';

import type { CommandIo } from './commands/commandIo';

export type { CommandIo };

/** The CLI's effects, injected so that tests can run commands in-process. */
export interface CliIo extends CommandIo {
  /** The file's bytes (importers detect the encoding themselves). */
  readBytes(path: string): Promise<Uint8Array>;
  /** Size in bytes, so that limits are checked before reading. */
  fileSize(path: string): Promise<number>;
  writeFile(path: string, data: string | Uint8Array): Promise<void>;
  /** Opens the data the commands work on (the built-in demo in DuckDB); the caller closes it. */
  /** The demo workspace; `disclosure` changes the rules (e.g. `{ rounding: 5 }`), the defaults otherwise. */
  openWorkspace(disclosure?: Partial<DisclosureRules>): Promise<Workspace>;
  /** Today, for the report's generation date (overridable with --date). */
  now(): Date;
}

export type Command = {
  summary: { de: string; en: string };
  run(args: string[], io: CliIo): Promise<number>;
};

/** The repository's `data/` folder, next to `src/`. */
export const DEFAULT_DATA_DIR = fileURLToPath(new URL('../../data/', import.meta.url));

export function nodeIo(): CliIo {
  return {
    readFile: (path) => readFile(path, 'utf8'),
    readBytes: async (path) => new Uint8Array(await readFile(path)),
    fileSize: async (path) => (await stat(path)).size,
    writeFile: (path, data) => writeFile(path, data),
    stdout: (text) => void process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
    stderr: (text) => void process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
    openWorkspace: (disclosure) => openDemoWorkspace(process.env.ATLAS_DATA_DIR || DEFAULT_DATA_DIR, disclosure),
    now: () => new Date(),
  };
}

/** An error the CLI prints in German and English, then exits with 1. */
export class CliError extends Error {
  constructor(readonly de: string, readonly en: string) {
    super(`${de} / ${en}`);
    this.name = 'CliError';
  }
}

export function bilingual(de: string, en: string): string {
  return `Fehler: ${de}\nError: ${en}`;
}
