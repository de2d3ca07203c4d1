/** What the first bytes of a file say it is, before anyone tries to read it as text. */
export type MagicKind = 'zip' | 'pdf' | 'gzip' | 'ole' | 'png' | 'jpeg' | 'utf16le' | 'utf16be' | 'binary' | 'text';

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  if (bytes.length < prefix.length) return false;
  return prefix.every((b, i) => bytes[i] === b);
}

const SIGNATURES: ReadonlyArray<[MagicKind, readonly number[]]> = [
  ['zip', [0x50, 0x4b, 0x03, 0x04]],
  ['zip', [0x50, 0x4b, 0x05, 0x06]],
  ['pdf', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['gzip', [0x1f, 0x8b]],
  ['ole', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]],
  ['png', [0x89, 0x50, 0x4e, 0x47]],
  ['jpeg', [0xff, 0xd8, 0xff]],
  ['utf16le', [0xff, 0xfe]],
  ['utf16be', [0xfe, 0xff]],
];

/**
 * Sniffs the file type. Text without a BOM that contains NUL bytes or many control characters in
 * its first 8 KiB is `binary`.
 */
export function sniffMagic(bytes: Uint8Array): MagicKind {
  for (const [kind, signature] of SIGNATURES) if (startsWith(bytes, signature)) return kind;
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return 'binary';
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  return sample.length > 0 && control / sample.length > 0.02 ? 'binary' : 'text';
}

/** Human names of the kinds for messages. */
export const MAGIC_NAMES: Readonly<Record<MagicKind, { de: string; en: string }>> = {
  zip: { de: 'ZIP-Archiv (oder Excel-Datei .xlsx)', en: 'ZIP archive (or Excel .xlsx file)' },
  pdf: { de: 'PDF-Dokument', en: 'PDF document' },
  gzip: { de: 'gzip-Archiv', en: 'gzip archive' },
  ole: { de: 'altes Excel-/Office-Format (.xls)', en: 'legacy Excel/Office file (.xls)' },
  png: { de: 'PNG-Bild', en: 'PNG image' },
  jpeg: { de: 'JPEG-Bild', en: 'JPEG image' },
  utf16le: { de: 'Text (UTF-16 LE)', en: 'text (UTF-16 LE)' },
  utf16be: { de: 'Text (UTF-16 BE)', en: 'text (UTF-16 BE)' },
  binary: { de: 'Binärdatei', en: 'binary file' },
  text: { de: 'Text', en: 'text' },
};
