import { inflateSync } from 'node:zlib';

/**
 * Test helper: the strings shown by a jsPDF document's `Tj` operators, one per line, from
 * compressed or uncompressed content streams. Not used by production code.
 */
export function readPdfText(bytes: Uint8Array): string {
  const raw = Buffer.from(bytes).toString('latin1');
  const parts: string[] = [];
  const re = /stream\r?\n([\s\S]*?)\r?\nendstream/g;
  for (let m = re.exec(raw); m; m = re.exec(raw)) {
    let body = m[1];
    try { body = inflateSync(Buffer.from(m[1], 'latin1')).toString('latin1'); } catch { /* not deflated */ }
    for (const t of body.matchAll(/\(((?:\\.|[^\\)])*)\)\s*Tj/g)) parts.push(t[1].replace(/\\([()\\])/g, '$1'));
  }
  return parts.join('\n');
}
