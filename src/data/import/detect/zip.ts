import { Unzip, UnzipInflate, type UnzipFile } from 'fflate';

/** Limits against ZIP bombs: checked on bytes actually inflated, not on sizes the archive claims. */
export interface ZipLimits {
  maxEntries: number;
  maxTotalBytes: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = { maxEntries: 100, maxTotalBytes: 200 * 1024 * 1024 };

export type ZipRead =
  | { ok: true; entries: Array<{ name: string; bytes: Uint8Array }> }
  | { ok: false; reason: 'too_many_entries' | 'too_large' | 'corrupt'; detail: string };

class ZipLimitError extends Error {
  constructor(readonly reason: 'too_many_entries' | 'too_large', detail: string) {
    super(detail);
  }
}

/** Names of the entries, read from the local headers without inflating anything. */
export function listZipEntries(bytes: Uint8Array, maxEntries = DEFAULT_ZIP_LIMITS.maxEntries): string[] | null {
  const names: string[] = [];
  try {
    const unzip = new Unzip((file) => {
      if (names.length < maxEntries + 1) names.push(file.name);
    });
    unzip.push(bytes, true);
  } catch {
    return names.length > 0 ? names : null;
  }
  return names;
}

/**
 * Inflates the entries whose names pass `wanted`, counting real output bytes and stopping at the
 * caps. Directories are skipped.
 */
export function readZip(bytes: Uint8Array, wanted: (name: string) => boolean, limits: ZipLimits = DEFAULT_ZIP_LIMITS): ZipRead {
  const entries: Array<{ name: string; bytes: Uint8Array }> = [];
  let seen = 0;
  let total = 0;
  try {
    const unzip = new Unzip((file: UnzipFile) => {
      seen++;
      if (seen > limits.maxEntries) throw new ZipLimitError('too_many_entries', `more than ${limits.maxEntries} entries`);
      if (file.name.endsWith('/') || !wanted(file.name)) return;
      const chunks: Uint8Array[] = [];
      file.ondata = (error, chunk, final) => {
        if (error) throw error;
        total += chunk.length;
        if (total > limits.maxTotalBytes) throw new ZipLimitError('too_large', `more than ${limits.maxTotalBytes} bytes uncompressed`);
        chunks.push(chunk);
        if (final) {
          const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
          let at = 0;
          for (const c of chunks) { out.set(c, at); at += c.length; }
          entries.push({ name: file.name, bytes: out });
        }
      };
      file.start();
    });
    unzip.register(UnzipInflate);
    // Push in slices so that a bomb is stopped early instead of being inflated whole.
    const slice = 64 * 1024;
    for (let at = 0; at < bytes.length; at += slice) unzip.push(bytes.subarray(at, at + slice), at + slice >= bytes.length);
  } catch (error) {
    if (error instanceof ZipLimitError) return { ok: false, reason: error.reason, detail: error.message };
    return { ok: false, reason: 'corrupt', detail: error instanceof Error ? error.message : String(error) };
  }
  return { ok: true, entries };
}

/** An .xlsx/.ods is a ZIP with these members. */
export function isOfficeZip(names: readonly string[]): boolean {
  return names.some((n) => n === '[Content_Types].xml' || n.startsWith('xl/') || n === 'mimetype');
}
