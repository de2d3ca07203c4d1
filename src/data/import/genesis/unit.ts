/** Header cells and title lines that name a unit rather than a variable. */
const UNIT = /^(?:Anzahl|Personen|Prozent|%|‰|Promille|EUR|Euro|€|Tsd\.?(?:\s.*)?|1\s?000(?:\s.*)?|Mill\.(?:\s.*)?|Mio\.(?:\s.*)?|Mrd\.(?:\s.*)?|qm|m²|m2|ha|km²|km2|Jahre|Stunden|Tage|kg|Tonnen|t|Index|Punkte|je\s.+)$/i;

export function isUnit(text: string): boolean {
  return UNIT.test(text.trim());
}

/** `Bevölkerungsstand (Anzahl)` → { variable: 'Bevölkerungsstand', unit: 'Anzahl' }. */
export function variableWithUnit(line: string): { variable: string; unit: string } | null {
  const match = /^(.+?)\s*\(([^()]+)\)\s*$/.exec(line.trim());
  if (!match || !isUnit(match[2])) return null;
  return { variable: match[1].trim(), unit: match[2].trim() };
}
