import { describe, expect, it } from 'vitest';
import type { CliIo } from './io';
import { COMMANDS, main } from './main';

function testIo() {
  const out: string[] = [];
  const err: string[] = [];
  const written: string[] = [];
  let opened = 0;
  const io: CliIo = {
    readFile: async () => '',
    readBytes: async () => new Uint8Array(),
    fileSize: async () => 0,
    writeFile: async (path) => void written.push(path),
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    now: () => new Date('2025-05-01T12:00:00Z'),
    openWorkspace: async () => {
      opened++;
      throw new Error('no workspace in this test');
    },
  };
  return { io, out, err, written, opened: () => opened };
}

describe('atlas main', () => {
  it('prints help listing the commands and exits 0', async () => {
    const t = testIo();
    expect(await main(['--help'], t.io)).toBe(0);
    for (const name of ['report', 'classify', 'moran', 'index', 'inspect', 'import']) expect(t.out.join('')).toContain(`  ${name} `);
    expect(t.out.join('')).toContain('Befehle / commands');
  });

  it('exits 1 with usage when no command is given', async () => {
    const t = testIo();
    expect(await main([], t.io)).toBe(1);
    expect(t.out.join('')).toContain('atlas <Befehl|command>');
  });

  it('rejects an unknown command in German and English', async () => {
    const t = testIo();
    expect(await main(['rapport'], t.io)).toBe(1);
    expect(t.err.join('')).toContain('Fehler: Unbekannter Befehl „rapport“');
    expect(t.err.join('')).toContain('Error: unknown command "rapport"');
  });

  it('does not treat prototype names as commands', async () => {
    for (const name of ['constructor', '__proto__', 'toString']) {
      const t = testIo();
      expect(await main([name], t.io)).toBe(1);
      expect(t.err.join('')).toContain('Unbekannter Befehl');
    }
  });

  it.each([
    [['report', '--out', 'r.pdf'], '--area <Schlüssel> fehlt', '--area <key> is missing'],
    [['report', '--area', '03241001'], '--out <Datei> fehlt', '--out <file> is missing'],
    [['report', '--area', '03241001', '--out', 'r.pdf', '--lang', 'fr'], '--lang muss de oder en sein', '--lang must be de or en'],
    [['report', '--area', '03241001', '--out', 'r.pdf', '--year', '24'], '--year muss eine Jahreszahl sein', '--year must be a year'],
    [['report', '--area', '03241001', '--out', 'r.pdf', '--format', 'docx'], '--format muss pdf oder html sein', '--format must be pdf or html'],
    [['report', '--area', '03241001', '--out', 'r.pdf', '--date', 'morgen'], '--date muss JJJJ-MM-TT sein', '--date must be YYYY-MM-DD'],
    [['report', '--area', '03241001', '--out', 'r.pdf', '--colour', 'red'], 'Ungültige Argumente', 'invalid arguments'],
  ])('report %j fails before opening data, bilingual, no file', async (argv, de, en) => {
    const t = testIo();
    expect(await main(argv, t.io)).toBe(1);
    expect(t.err.join('\n')).toContain(`Fehler: ${de}`);
    expect(t.err.join('\n')).toContain(`Error: ${en}`);
    expect(t.opened()).toBe(0);
    expect(t.written).toEqual([]);
  });

  it('reports a failing workspace as an error with exit 1', async () => {
    const t = testIo();
    expect(await main(['report', '--area', '03241001', '--out', 'r.pdf'], t.io)).toBe(1);
    expect(t.err.join('')).toContain('report ist fehlgeschlagen: no workspace in this test');
    expect(t.written).toEqual([]);
  });

  it('passes arguments through to a registered analysis command', async () => {
    const t = testIo();
    t.io.readFile = async () => 'key;wert\n03241001;1\n03241002;2\n03241003;3\n03241004;4\n';
    expect(await main(['classify', 'x.csv', '--field', 'wert', '--method', 'equal', '--classes', '2', '--json'], t.io)).toBe(0);
    expect(t.out.join('')).toContain('"breaks"');
  });

  it('shows the report options with report --help', async () => {
    const t = testIo();
    expect(await main(['report', '--help'], t.io)).toBe(0);
    expect(t.out.join('')).toContain('--area');
    expect(COMMANDS.report.summary.de).toContain('Sozialraumanalyse');
  });
});
