/**
 * jsPDF's standard fonts (Helvetica) encode Latin-1 (umlauts, ß, ©, ², ·). Characters outside it
 * make jsPDF switch to a broken two-byte encoding or drop them, so they are replaced here first.
 */
const REPLACEMENTS: Record<string, string> = {
  '–': '-', '—': '-', '‑': '-', '−': '-',
  '„': '"', '“': '"', '”': '"', '‚': "'", '‘': "'", '’': "'", '‹': '<', '›': '>',
  '…': '...', '≈': 'ca.', '≥': '>=', '≤': '<=', '€': 'EUR', '•': '·', '→': '->',
  '\u00a0': ' ', '\u202f': ' ', '\u2009': ' ', '\u2007': ' ',
};

export function toPdfText(text: string): string {
  let out = '';
  for (const char of text) {
    const replaced = REPLACEMENTS[char];
    if (replaced !== undefined) out += replaced;
    else {
      const code = char.codePointAt(0) as number;
      if (code < 0x20 || (code >= 0x7f && code < 0xa0)) out += ' ';
      else if (code > 0xff) out += '?';
      else out += char;
    }
  }
  return out;
}
