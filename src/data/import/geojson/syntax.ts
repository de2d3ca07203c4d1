import { jsonErrorPosition } from '../jsonErrorPosition';
import { problem, type ImportProblem } from '../normalised';

export const MAX_JSON_DEPTH = 64;

/** Deepest bracket nesting, scanning at most until `limit` is passed (strings skipped). No recursion. */
export function bracketDepthExceeds(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++;
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      if (++depth > limit) return true;
    } else if (c === 93 || c === 125) depth--;
  }
  return false;
}

function lineColumn(text: string, position: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < position && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: position - lineStart + 1 };
}

/**
 * Syntax layer: empty file, nesting deeper than 64 levels (refused before JSON.parse, so a
 * 100,000-deep file cannot exhaust the stack), invalid JSON with line and column.
 */
export function parseJsonText(fileName: string, text: string): { ok: true; data: unknown } | { ok: false; problem: ImportProblem } {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') {
    return { ok: false, problem: problem('error', 'empty_file', fileName, {}, 'Die GeoJSON-Datei ist leer.', 'The GeoJSON file is empty.',
      'Wählen Sie eine GeoJSON-Datei mit Objekten (FeatureCollection).', 'Choose a GeoJSON file with features (FeatureCollection).') };
  }
  if (bracketDepthExceeds(body, MAX_JSON_DEPTH)) {
    return { ok: false, problem: problem('error', 'too_deep', fileName, {},
      `Die Datei ist tiefer als ${MAX_JSON_DEPTH} Ebenen verschachtelt und wird nicht gelesen (kein gültiges GeoJSON).`,
      `The file is nested deeper than ${MAX_JSON_DEPTH} levels and is not read (not valid GeoJSON).`,
      'Exportieren Sie die Geodaten erneut als GeoJSON (z. B. aus QGIS).', 'Export the geodata again as GeoJSON (e.g. from QGIS).') };
  }
  try {
    return { ok: true, data: JSON.parse(body) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = jsonErrorPosition(body);
    const at = position === null ? null : lineColumn(body, position);
    const where = at ? { line: at.line, column: String(at.column) } : {};
    const place = at ? `Zeile ${at.line}, Spalte ${at.column}` : 'unbekannte Stelle';
    const placeEn = at ? `line ${at.line}, column ${at.column}` : 'unknown position';
    return { ok: false, problem: problem('error', 'invalid_json', fileName, where,
      `Ungültiges JSON (${place}): ${message}.`, `Invalid JSON (${placeEn}): ${message}.`,
      'Reparieren Sie die Datei an dieser Stelle oder exportieren Sie sie neu.', 'Repair the file at that position or export it again.') };
  }
}
