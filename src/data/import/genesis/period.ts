/** Reference dates and periods as official tables write them. */

const DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const YEAR = /^(1[89]\d{2}|2[01]\d{2})$/;
const LABELLED = /(?:Jahr|Berichtsjahr|Stichtag|Zeit|Stand|Jahresende|Jahresdurchschnitt)\s*:?\s*(\d{1,2}\.\d{1,2}\.\d{4}|(?:1[89]|2[01])\d{2})\b/i;

/**
 * A cell as a period: `31.12.2015` → `2015` (the year-end reference date of annual tables),
 * other dates → ISO `2015-06-30`, `2016` → `2016`, `Jahr 2016` → `2016`. Null when not a period.
 */
export function readPeriod(text: string): string | null {
  const cell = text.trim();
  const date = DATE.exec(cell);
  if (date) {
    const [, d, m, y] = date;
    const day = Number(d);
    const month = Number(m);
    if (month < 1 || month > 12 || day < 1 || day > 31) return null;
    if (day === 31 && month === 12) return y;
    return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  }
  const iso = ISO.exec(cell);
  if (iso) return iso[2] === '12' && iso[3] === '31' ? iso[1] : cell;
  if (YEAR.test(cell)) return cell;
  const labelled = LABELLED.exec(cell);
  if (labelled && labelled.index === 0) return readPeriod(labelled[1]);
  return null;
}

/** A period mentioned anywhere in a title line ("Jahr: 2016", "Stichtag 31.12.2015"). */
export function periodInTitle(line: string): { period: string; raw: string } | null {
  const labelled = LABELLED.exec(line);
  if (!labelled) return null;
  const period = readPeriod(labelled[1]);
  return period ? { period, raw: labelled[1] } : null;
}
