import { periodInTitle } from './period';
import { variableWithUnit } from './unit';

/** The text around the table: title block above, footer (footnotes, licence, "Stand:") below. */
export interface TitleBlock {
  tableCode: string | null;
  title: string | null;
  /** Period named in the title ("Jahr: 2016", "Stichtag 31.12.2015"), if any. */
  period: string | null;
  referenceDate: string | null;
  /** Measured variable and unit from a line like `Bevölkerungsstand (Anzahl)`. */
  variable: string | null;
  unit: string | null;
}

export interface Footer {
  licence: string | null;
  stand: string | null;
  footnotes: string[];
}

const TABLE_CODE = /^(?:GENESIS-)?Tabelle(?:\s*Nr\.?)?\s*:?\s*([A-Za-z0-9][\w.-]*\d[\w.-]*)\s*:?\s*(.*)$/i;
const BARE_CODE = /^(\d{5}-\d{2}-\d{2}-\d|\d{5}-\d{4}[A-Z]?|\d{5}-[A-Z0-9]{4,})\b\s*:?\s*(.*)$/;

export function readTitleBlock(lines: readonly string[]): TitleBlock {
  let tableCode: string | null = null;
  const titleLines: string[] = [];
  let period: string | null = null;
  let referenceDate: string | null = null;
  let variable: string | null = null;
  let unit: string | null = null;
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') continue;
    const code: RegExpExecArray | null = tableCode === null ? TABLE_CODE.exec(line) ?? BARE_CODE.exec(line) : null;
    if (code) {
      tableCode = code[1];
      if (code[2]) titleLines.push(code[2]);
      continue;
    }
    titleLines.push(line);
    const found = periodInTitle(line);
    if (found && period === null) {
      period = found.period;
      referenceDate = found.raw;
    }
  }
  const last = titleLines[titleLines.length - 1];
  const vu = last ? variableWithUnit(last) : null;
  if (vu) ({ variable, unit } = vu);
  return { tableCode, title: titleLines.length > 0 ? titleLines.join(' ') : null, period, referenceDate, variable, unit };
}

/** Footer cells (first cells of the rows after `__________`). */
export function readFooter(cells: readonly string[]): Footer {
  let licence: string | null = null;
  let stand: string | null = null;
  const footnotes: string[] = [];
  for (const raw of cells) {
    const text = raw.trim();
    if (text === '') continue;
    if (/^(?:©|\(c\)|Copyright)/i.test(text)) licence = text.replace(/\s*\r?\n\s*/g, ' ');
    else if (/^Stand\s*:/i.test(text)) stand = text.replace(/^Stand\s*:\s*/i, '');
    else footnotes.push(text);
  }
  return { licence, stand, footnotes };
}
