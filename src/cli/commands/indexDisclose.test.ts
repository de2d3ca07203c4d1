import { fileURLToPath } from 'node:url';
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { describeRules } from '../../analysis/disclosure/describeRules';
import { resolveRules } from '../../analysis/disclosure/rules';
import { run } from './index';

// Kleinweiler (03241001-Q06) has 250 residents; its unemployment rate is 50.
const FIXTURE = fileURLToPath(new URL('../../../test/fixtures/index/long.csv', import.meta.url));

async function index(extra: string[]) {
  const out: string[] = [];
  const io = { readFile: (p: string) => readFile(p, 'utf8'), stdout: (t: string) => void out.push(t), stderr: () => {} };
  expect(await run([FIXTURE, '--preset', 'mss', '--year', '2024', ...extra], io)).toBe(0);
  return out.join('\n');
}
type Area = { key: string; population: number | null; z: Record<string, number | null>; statusIndex: number | null; excluded: string | null };

describe('atlas index --disclose', () => {
  it('without it the raw population of the small Quartier is in the output (own raw data, not for publication)', async () => {
    const areas = JSON.parse(await index(['--json'])).areas as Area[];
    expect(areas.find((a) => a.key === '03241001-Q06')!.population).toBe(250);
  });

  it('with it the small Quartier has no population, no z-value and no index, and the rule is printed', async () => {
    const result = JSON.parse(await index(['--json', '--disclose']));
    const q06 = (result.areas as Area[]).find((a) => a.key === '03241001-Q06')!;
    expect(q06.population).toBeNull();
    expect(q06.statusIndex).toBeNull();
    expect(Object.values(q06.z).every((z) => z === null)).toBe(true);
    expect(q06.excluded).not.toBeNull();
    expect(result.disclosure.textDe).toBe(describeRules(resolveRules(), 'de'));
    expect(result.disclosure.primary).toBeGreaterThan(0);
    expect(result.disclosure.secondary).toBeGreaterThan(0); // a sibling is withheld too (Hannover's total is in the file)
  });

  it('the text output ends with the rule in German and English', async () => {
    const text = await index(['--disclose']);
    expect(text).toContain(describeRules(resolveRules(), 'de'));
    expect(text).toContain(describeRules(resolveRules(), 'en'));
    expect(text).not.toMatch(/03241001-Q06 \| Kleinweiler \| -?\d/);
  });
});
