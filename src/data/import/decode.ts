import { guessEncoding, type TextEncodingName } from './detect/encoding';
import { MAGIC_NAMES, sniffMagic, type MagicKind } from './detect/magic';
import { problem, type ImportProblem } from './normalised';

/** Largest file read by default (bytes); callers may pass their own `maxBytes`. */
export const DEFAULT_MAX_BYTES = 100 * 1024 * 1024;

export interface DecodeOptions {
  fileName: string;
  /** Force an encoding the user confirmed (e.g. after a stray-byte error). */
  encoding?: TextEncodingName;
  maxBytes?: number;
}

export type Decoded =
  | { ok: true; text: string; encoding: TextEncodingName; bom: boolean; problems: ImportProblem[] }
  | { ok: false; magic: MagicKind; problems: ImportProblem[] };

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
  if (bytes >= 1024) return `${Math.round((bytes / 1024) * 10) / 10} KB`;
  return `${bytes} B`;
}

/** Checks a file's size before it is read. Returns the problem, or null when the size is fine. */
export function checkSize(size: number, fileName: string, maxBytes = DEFAULT_MAX_BYTES): ImportProblem | null {
  if (size <= maxBytes) return null;
  return problem('error', 'file_too_large', fileName, {},
    `Die Datei ist ${formatBytes(size)} groß; die Grenze liegt bei ${formatBytes(maxBytes)}. Sie wurde nicht gelesen.`,
    `The file is ${formatBytes(size)}; the limit is ${formatBytes(maxBytes)}. It was not read.`,
    'Teilen Sie die Tabelle auf oder wählen Sie im Portal weniger Gebiete/Merkmale.',
    'Split the table, or select fewer areas/variables in the portal.');
}

function notText(kind: MagicKind, fileName: string): ImportProblem {
  const name = MAGIC_NAMES[kind];
  const isExcel = kind === 'zip' || kind === 'ole';
  return problem('error', 'not_text', fileName, {},
    `Die Datei ist keine Textdatei, sondern ${name.de} (an den ersten Bytes erkannt).`,
    `The file is not a text file but a ${name.en} (recognised by its first bytes).`,
    isExcel ? 'Speichern Sie die Tabelle in Excel als „CSV UTF-8“ und importieren Sie diese Datei.' : 'Laden Sie die Tabelle im Portal als CSV herunter.',
    isExcel ? 'Save the sheet from Excel as "CSV UTF-8" and import that file.' : 'Download the table from the portal as CSV.');
}

// 0x80–0x9F of Windows-1252 (Node's TextDecoder decodes them as Latin-1 control characters).
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  const chunk: number[] = [];
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    chunk.push(b >= 0x80 && b <= 0x9f ? CP1252_HIGH.charCodeAt(b - 0x80) : b);
    if (chunk.length === 8192) { out += String.fromCharCode(...chunk); chunk.length = 0; }
  }
  return out + String.fromCharCode(...chunk);
}

/**
 * Bytes → text: refuses non-text files by their magic bytes, strips BOMs, decodes UTF-16,
 * tells UTF-8 from Windows-1252, and stops at a stray non-UTF-8 byte unless an encoding is confirmed.
 */
export function decodeBytes(bytes: Uint8Array, options: DecodeOptions): Decoded {
  const { fileName } = options;
  const tooLarge = checkSize(bytes.length, fileName, options.maxBytes);
  if (tooLarge) return { ok: false, magic: 'text', problems: [tooLarge] };
  const magic = sniffMagic(bytes);
  if (magic !== 'text' && magic !== 'utf16le' && magic !== 'utf16be') {
    return { ok: false, magic, problems: [notText(magic, fileName)] };
  }
  if (bytes.length === 0 || (bytes.length === 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)) {
    return { ok: false, magic, problems: [problem('error', 'empty_file', fileName, {},
      'Die Datei ist leer.', 'The file is empty.',
      'Prüfen Sie, ob der Download vollständig war.', 'Check that the download completed.')] };
  }
  const guess = guessEncoding(bytes);
  const problems: ImportProblem[] = [];
  let encoding = guess.encoding;
  if (options.encoding && options.encoding !== guess.encoding) {
    encoding = options.encoding;
    problems.push(problem('warning', 'encoding_forced', fileName, {},
      `Zeichenkodierung ${options.encoding} wie angegeben verwendet (erkannt: ${guess.encoding}).`,
      `Encoding ${options.encoding} used as requested (detected: ${guess.encoding}).`,
      'Prüfen Sie Umlaute in der Vorschau.', 'Check umlauts in the preview.'));
  } else if (guess.strayByte) {
    const { line, byte } = guess.strayByte;
    const hex = `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;
    return { ok: false, magic, problems: [problem('error', 'invalid_utf8', fileName, { line },
      `Zeile ${line}: Byte ${hex} ist kein gültiges UTF-8 (ein Latin-1-Zeichen in einer UTF-8-Datei?).`,
      `Line ${line}: byte ${hex} is not valid UTF-8 (a Latin-1 character in a UTF-8 file?).`,
      'Korrigieren Sie das Zeichen in dieser Zeile oder bestätigen Sie die Kodierung Windows-1252 (--encoding windows-1252).',
      'Fix the character on that line, or confirm the Windows-1252 encoding (--encoding windows-1252).')] };
  } else if (encoding === 'windows-1252') {
    problems.push(problem('warning', 'encoding_latin1', fileName, {},
      'Die Datei ist nicht UTF-8; sie wurde als Windows-1252/ISO-8859-1 gelesen.',
      'The file is not UTF-8; it was read as Windows-1252/ISO-8859-1.',
      'Prüfen Sie Umlaute in der Vorschau; sonst eine andere Kodierung wählen.', 'Check umlauts in the preview; otherwise choose another encoding.'));
  }
  const skip = encoding === guess.encoding ? guess.bomLength : 0;
  const body = bytes.subarray(skip);
  const text = encoding === 'windows-1252' ? decodeWindows1252(body) : new TextDecoder(encoding).decode(body);
  // A BOM that TextDecoder kept (forced encoding) is not content.
  const clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return { ok: true, text: clean, encoding, bom: guess.bomLength > 0, problems };
}
