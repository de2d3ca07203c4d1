import { problemAt, type ImportProblem } from './problem';
import type { TableRecord } from './table';

/** Cell readers that report a problem instead of guessing. Each returns `undefined` on a problem. */
export class CellReader {
  readonly problems: ImportProblem[] = [];
  constructor(readonly file: string) {}

  private fail(record: TableRecord, column: string, code: string, de: string, en: string, hintDe: string, hintEn: string) {
    this.problems.push(problemAt(this.file, record.line, column, { code, messageDe: de, messageEn: en, hintDe, hintEn }));
    return undefined;
  }

  /** Trimmed text; required cells must not be empty; control characters are rejected. */
  text(record: TableRecord, column: string, required = true): string | undefined {
    const value = record.get(column).trim();
    if (required && value === '') {
      return this.fail(record, column, 'empty_cell', 'Die Zelle ist leer.', 'The cell is empty.',
        'Einen Wert eintragen.', 'Enter a value.');
    }
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(value)) {
      return this.fail(record, column, 'control_character', 'Die Zelle enthält ein Steuerzeichen.',
        'The cell contains a control character.', 'Steuerzeichen entfernen.', 'Remove the control character.');
    }
    return value;
  }

  /** A key: text, kept exactly (no number parsing), no whitespace inside. */
  key(record: TableRecord, column: string, required = true): string | null | undefined {
    const value = this.text(record, column, required);
    if (value === undefined) return undefined;
    if (value === '') return null;
    if (/\s/.test(value)) {
      return this.fail(record, column, 'bad_key', `Der Schlüssel „${value}“ enthält Leerzeichen.`,
        `The key "${value}" contains whitespace.`, 'Schlüssel ohne Leerzeichen schreiben.', 'Write keys without whitespace.');
    }
    return value;
  }

  /** A dot-decimal number; empty → null unless required. */
  number(record: TableRecord, column: string, required: boolean, fallback: number | null = null): number | null | undefined {
    const value = record.get(column).trim();
    if (value === '') {
      if (!required) return fallback;
      return this.fail(record, column, 'empty_cell', 'Die Zelle ist leer.', 'The cell is empty.',
        'Eine Zahl eintragen.', 'Enter a number.');
    }
    const parsed = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/.test(value) ? Number(value) : NaN;
    if (!Number.isFinite(parsed)) {
      return this.fail(record, column, 'not_a_number', `„${value}“ ist keine Zahl.`, `"${value}" is not a number.`,
        'Zahl mit Punkt als Dezimaltrennzeichen schreiben (z. B. 12.5).', 'Write a number with a dot as decimal separator (e.g. 12.5).');
    }
    return parsed;
  }

  /** A whole number (e.g. a year); empty → null. */
  integer(record: TableRecord, column: string): number | null | undefined {
    const value = this.number(record, column, false);
    if (value === undefined || value === null) return value;
    if (!Number.isInteger(value)) {
      return this.fail(record, column, 'not_an_integer', `${value} ist keine ganze Zahl.`, `${value} is not a whole number.`,
        'Eine ganze Zahl eintragen (z. B. 2019).', 'Enter a whole number (e.g. 2019).');
    }
    return value;
  }

  /** true/false, 1/0, ja/nein, yes/no; empty → fallback. */
  boolean(record: TableRecord, column: string, fallback: boolean): boolean | undefined {
    const value = record.get(column).trim().toLowerCase();
    if (value === '') return fallback;
    if (['true', '1', 'ja', 'yes', 'wahr'].includes(value)) return true;
    if (['false', '0', 'nein', 'no', 'falsch'].includes(value)) return false;
    return this.fail(record, column, 'not_a_boolean', `„${value}“ ist kein Wahrheitswert.`, `"${value}" is not a boolean.`,
      'true oder false eintragen.', 'Enter true or false.');
  }

  /** One of a fixed set of words. */
  oneOf<T extends string>(record: TableRecord, column: string, allowed: readonly T[]): T | undefined {
    const value = record.get(column).trim();
    if ((allowed as readonly string[]).includes(value)) return value as T;
    return this.fail(record, column, 'not_allowed', `„${value}“ ist nicht erlaubt.`, `"${value}" is not allowed.`,
      `Erlaubt: ${allowed.join(', ')}`, `Allowed: ${allowed.join(', ')}`);
  }
}
