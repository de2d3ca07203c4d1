/**
 * One problem found while reading a file: where (file, line or feature, column), what, and what to do,
 * in German and English. Any problem rejects the whole import before anything is written.
 */
export interface ImportProblem {
  file: string;
  /** 1-based line of a CSV file, or 1-based feature number of a GeoJSON file; null for the whole file. */
  line: number | null;
  /** `line` counts GeoJSON features instead of lines. */
  unit?: 'line' | 'feature';
  column: string | null;
  code: string;
  messageDe: string;
  messageEn: string;
  hintDe: string;
  hintEn: string;
}

export interface ProblemText {
  code: string;
  messageDe: string;
  messageEn: string;
  hintDe: string;
  hintEn: string;
}

export function problemAt(
  file: string,
  line: number | null,
  column: string | null,
  text: ProblemText,
  unit: 'line' | 'feature' = 'line',
): ImportProblem {
  return { file, line, unit, column, ...text };
}

/** One-line bilingual rendering, e.g. for an Error message or the CLI. */
export function formatProblem(problem: ImportProblem): string {
  const whereDe = [
    problem.file,
    problem.line === null ? null : `${problem.unit === 'feature' ? 'Objekt' : 'Zeile'} ${problem.line}`,
    problem.column === null ? null : `Spalte „${problem.column}“`,
  ].filter(Boolean).join(', ');
  const whereEn = [
    problem.file,
    problem.line === null ? null : `${problem.unit === 'feature' ? 'feature' : 'line'} ${problem.line}`,
    problem.column === null ? null : `column "${problem.column}"`,
  ].filter(Boolean).join(', ');
  return `${whereDe}: ${problem.messageDe} ${problem.hintDe} / ${whereEn}: ${problem.messageEn} ${problem.hintEn}`;
}

/** Thrown by importers when a file is rejected; carries every problem found. */
export class ImportRejected extends Error {
  readonly problems: readonly ImportProblem[];
  constructor(problems: readonly ImportProblem[]) {
    const shown = problems.slice(0, 5).map(formatProblem).join('\n');
    const more = problems.length > 5 ? `\n… (+${problems.length - 5})` : '';
    super(`Import abgelehnt, nichts wurde geändert / Import rejected, nothing was changed:\n${shown}${more}`);
    this.name = 'ImportRejected';
    this.problems = problems;
  }
}
