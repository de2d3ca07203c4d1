/** Which character encoding a text file uses: BOMs first, then strict UTF-8, else Windows-1252. */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface EncodingGuess {
  encoding: TextEncodingName;
  /** Length of the byte order mark to skip. */
  bomLength: number;
  /** Set when the bytes are mostly UTF-8 but one sequence is not: the 1-based line and byte offset. */
  strayByte?: { line: number; offset: number; byte: number };
}

/** Scans UTF-8: first invalid byte (-1 if none), how many bytes are invalid, how many multi-byte sequences are valid. */
export function scanUtf8(bytes: Uint8Array, from = 0): { firstInvalid: number; invalid: number; multiByte: number } {
  let multiByte = 0;
  let invalid = 0;
  let firstInvalid = -1;
  let i = from;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b < 0x80) { i++; continue; }
    const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : 0;
    let ok = need > 0 && i + need < bytes.length;
    let code = b & (0x3f >> need);
    for (let k = 1; ok && k <= need; k++) {
      const c = bytes[i + k];
      if ((c & 0xc0) !== 0x80) ok = false;
      else code = (code << 6) | (c & 0x3f);
    }
    const min = need === 1 ? 0x80 : need === 2 ? 0x800 : 0x10000;
    if (ok && (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff))) ok = false;
    if (ok) {
      multiByte++;
      i += need + 1;
    } else {
      if (firstInvalid < 0) firstInvalid = i;
      invalid++;
      i++;
    }
  }
  return { firstInvalid, invalid, multiByte };
}

export function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/**
 * Guesses the encoding. A file that is valid UTF-8 is UTF-8. A file with no valid multi-byte
 * UTF-8 sequence at all is Windows-1252 (the superset of ISO-8859-1 that the portals export).
 * A file that mixes valid UTF-8 with a stray byte is reported with that byte's line.
 */
export function guessEncoding(bytes: Uint8Array): EncodingGuess {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const check = scanUtf8(bytes, 3);
    return check.firstInvalid < 0 ? { encoding: 'utf-8', bomLength: 3 } : stray(bytes, check.firstInvalid, 3);
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2 };
  const check = scanUtf8(bytes);
  if (check.firstInvalid < 0) return { encoding: 'utf-8', bomLength: 0 };
  // A Latin-1 file may contain a byte pair that happens to be valid UTF-8; real UTF-8 text has many.
  if (check.multiByte === 0 || check.invalid > 3 * check.multiByte) return { encoding: 'windows-1252', bomLength: 0 };
  return stray(bytes, check.firstInvalid, 0);
}

function stray(bytes: Uint8Array, offset: number, bomLength: number): EncodingGuess {
  return { encoding: 'utf-8', bomLength, strayByte: { line: lineAt(bytes, offset), offset, byte: bytes[offset] } };
}
