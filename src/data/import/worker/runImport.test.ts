import { describe, expect, it } from 'vitest';
import { importTable } from '../detect/importTable';
import { MAX_IMPORT_BYTES } from './protocol';
import { runImport } from './runImport';

describe('runImport size limit', () => {
  it('rejects a file over the limit from its size alone, before reading a byte or starting a worker', async () => {
    let read = false;
    const huge = {
      name: 'riesig.csv', size: MAX_IMPORT_BYTES + 1,
      stream: () => { read = true; throw new Error('must not be read'); },
      arrayBuffer: () => { read = true; throw new Error('must not be read'); },
    } as unknown as File;
    const progress: unknown[] = [];
    const run = await runImport(huge, {}, (p) => progress.push(p)).result;
    expect(run.kind).toBe('done');
    if (run.kind !== 'done') return;
    expect(run.file.table).toBeNull();
    const [problem] = run.file.problems;
    expect(problem.severity).toBe('error');
    expect(problem.file).toBe('riesig.csv');
    expect(problem.de).toContain('100 MB');
    expect(problem.en).toContain('limit');
    expect(read).toBe(false);
    expect(progress).toEqual([]);
  });
});

describe('detection overrides the wizard passes to importTable', () => {
  const bytes = new TextEncoder().encode('schluessel|wert\n03101|1.234\n03102|2.500\n');
  it('the delimiter and decimal mark chosen by the user win over detection', () => {
    const dot = importTable(bytes, { fileName: 'a.csv', delimiter: '|', decimal: '.', period: '2023' });
    const comma = importTable(bytes, { fileName: 'a.csv', delimiter: '|', decimal: ',', period: '2023' });
    expect(dot.delimiter).toBe('|');
    expect(dot.decimal).toBe('.');
    expect(comma.decimal).toBe(',');
    expect(dot.table?.rows.map((r) => r.value)).toEqual([1.234, 2.5]);
    expect(comma.table?.rows.map((r) => r.value)).toEqual([1234, 2500]);
  });
});
