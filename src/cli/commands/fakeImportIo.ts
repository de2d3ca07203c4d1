import type { ImportIo } from './importIo';

/** In-memory files and captured output for running `atlas inspect` / `atlas import` in tests. */
export function fakeImportIo(files: Record<string, Uint8Array | string>) {
  const written = new Map<string, string>();
  const out: string[] = [];
  const err: string[] = [];
  const io: ImportIo = {
    readFile: async (path) => {
      if (!(path in files)) throw new Error(`ENOENT ${path}`);
      return files[path];
    },
    writeFile: async (path, text) => void written.set(path, text),
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    fileSize: async (path) => files[path].length,
  };
  return { io, written, out, err };
}
