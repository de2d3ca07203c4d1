import { run as runClassify } from './commands/classify';
import { run as runImport } from './commands/import';
import { INDEX_SUMMARY, run as runIndex } from './commands/index';
import type { ImportIo } from './commands/importIo';
import { run as runInspect } from './commands/inspect';
import { run as runMoran } from './commands/moran';
import { reportCommand } from './commands/report';
import { bilingual, CliError, nodeIo, type CliIo, type Command } from './io';

/**
 * The `atlas` command line: a registry of commands, each `run(args, io) → exit code`.
 * Started by scripts/atlas.mjs; tests call `main(argv, io)` in-process.
 */
/** The importers read bytes: they detect encodings and check size limits themselves. */
const importIo = (io: CliIo): ImportIo => ({
  readFile: (path) => io.readBytes(path),
  writeFile: (path, text) => io.writeFile(path, text),
  stdout: (text) => io.stdout(text),
  stderr: (text) => io.stderr(text),
  fileSize: (path) => io.fileSize(path),
});

export const COMMANDS: Record<string, Command> = {
  report: reportCommand,
  inspect: {
    summary: { de: 'Datei prüfen: Format, Kodierung, Schlüssel, Probleme', en: 'inspect a file: format, encoding, keys, problems' },
    run: (args, io) => runInspect(args, importIo(io)),
  },
  import: {
    summary: { de: 'Tabellen in eine lange CSV-Tabelle überführen', en: 'import tables into one long CSV table' },
    run: (args, io) => runImport(args, importIo(io)),
  },
  classify: {
    summary: { de: 'Werte in Klassen einteilen (Quantile, Jenks, …)', en: 'classify values (quantiles, Jenks, …)' },
    run: runClassify,
  },
  moran: {
    summary: { de: 'Globales und lokales Moran’s I (LISA)', en: 'global and local Moran’s I (LISA)' },
    run: runMoran,
  },
  index: { summary: INDEX_SUMMARY, run: runIndex },
};

export function helpText(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((n) => n.length));
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary.de} / ${c.summary.en}`);
  return [
    'Quartiersatlas – Sozialraumanalyse in Niedersachsen / social space analysis in Lower Saxony',
    '',
    'Aufruf / usage: atlas <Befehl|command> [Optionen|options]',
    '',
    'Befehle / commands:',
    ...lines,
    '',
    'atlas <Befehl> --help zeigt die Optionen eines Befehls / shows the options of a command.',
  ].join('\n');
}

export async function main(argv: string[], io: CliIo = nodeIo()): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(helpText());
    return name === undefined ? 1 : 0;
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) {
    io.stderr(bilingual(`Unbekannter Befehl „${name}“. „atlas --help“ listet die Befehle.`, `unknown command "${name}". "atlas --help" lists the commands.`));
    return 1;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof CliError) io.stderr(bilingual(error.de, error.en));
    else io.stderr(bilingual(`${name} ist fehlgeschlagen: ${(error as Error).message}`, `${name} failed: ${(error as Error).message}`));
    return 1;
  }
}
