/**
 * Delimiter detection by consistent field counts over the first records (quote-aware), not by
 * papaparse's guess: `;` with decimal commas must win, and a single column of decimal commas
 * must not be split on `,`. Handles Excel's `sep=;` first line.
 */
export interface DelimiterGuess {
  delimiter: string;
  /** True when the text has one column only; `delimiter` is then a character absent from the text. */
  singleColumn: boolean;
  /** Number of characters to drop at the start (the `sep=…` line). */
  skip: number;
}

const CANDIDATES = [';', '\t', ',', '|'] as const;
const GERMAN_DECIMAL_LINE = /^\s*[-+]?(?:\d{1,3}(?:\.\d{3})+|\d+),\d+\s*%?\s*$/;

/** Splits the first `maxRecords` records with a quote-aware scan; returns the field count of each. */
function fieldCounts(text: string, delimiter: string, maxRecords: number): { counts: number[]; lines: string[] } {
  const counts: number[] = [];
  const lines: string[] = [];
  let fields = 1;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length && counts.length < maxRecords; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && c === delimiter) fields++;
    else if (!quoted && (c === '\n' || c === '\r')) {
      counts.push(fields);
      lines.push(text.slice(start, i));
      if (c === '\r' && text[i + 1] === '\n') i++;
      fields = 1;
      start = i + 1;
    }
  }
  if (counts.length < maxRecords && start < text.length) {
    counts.push(fields);
    lines.push(text.slice(start));
  }
  return { counts, lines };
}

function mode(values: number[]): { value: number; count: number } {
  const tally = new Map<number, number>();
  for (const v of values) tally.set(v, (tally.get(v) ?? 0) + 1);
  let best = { value: 1, count: 0 };
  for (const [value, count] of tally) {
    if (count > best.count || (count === best.count && value > best.value)) best = { value, count };
  }
  return best;
}

export function detectDelimiter(text: string, maxRecords = 200): DelimiterGuess {
  let skip = 0;
  const sep = /^sep=(.)\r?\n/i.exec(text);
  if (sep) return { delimiter: sep[1], singleColumn: false, skip: sep[0].length };
  let best: { delimiter: string; score: number } | null = null;
  for (const delimiter of CANDIDATES) {
    const { counts, lines } = fieldCounts(text, delimiter, maxRecords);
    const nonEmpty = counts.filter((_, i) => lines[i].trim() !== '');
    const { value, count } = mode(nonEmpty);
    if (value < 2) continue;
    if (delimiter === ',') {
      const split = lines.filter((line, i) => counts[i] > 1);
      const decimals = split.filter((line) => GERMAN_DECIMAL_LINE.test(line)).length;
      if (decimals > 0 && decimals >= split.length / 2) continue;
    }
    const score = count / Math.max(1, nonEmpty.length);
    // Earlier candidates win ties: `;` before `,`.
    if (!best || score > best.score + 1e-9) best = { delimiter, score };
  }
  if (best) return { delimiter: best.delimiter, singleColumn: false, skip };
  const absent = CANDIDATES.find((c) => !text.includes(c)) ?? '\u001f';
  return { delimiter: absent, singleColumn: true, skip };
}
