/** The effects the analysis commands (classify, moran, index) need; tests pass fakes. */
export interface CommandIo {
  readFile(path: string): Promise<string>;
  stdout(text: string): void;
  stderr(text: string): void;
}

/** Writes a German + English error to stderr and returns the exit code 1. */
export function failCommand(io: { stderr(text: string): void }, de: string, en: string): number {
  io.stderr(`Fehler: ${de}\nError: ${en}`);
  return 1;
}
