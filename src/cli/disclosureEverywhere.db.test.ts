import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeRules } from '../analysis/disclosure/describeRules';
import { DEFAULT_DISCLOSURE_RULES } from '../analysis/disclosure/rules';
import { formatFigure, formatNumber, formatValue, statusLabel } from '../core/format';
import type { AreaProfile } from '../core/profile';
import type { Language } from '../core/types';
import type { LevelFigure } from '../data/atlas';
import type { Connector } from '../data/connector';
import { loadDemo } from '../data/demo';
import { buildChoropleth } from '../map/choropleth';
import { buildLegend } from '../map/legend';
import { openNodeConnector } from '../data/engine/duckdbNode';
import { createAtlasData } from '../data/queries';
import { buildReportModel } from '../report/buildReportModel';
import { collectReportInput } from '../report/collectInput';
import { readPdfText } from '../report/readPdfText';
import { renderPdf } from '../report/renderPdf';
import type { ReportModel } from '../report/types';
import { renderReportHtml } from '../ui/report/reportHtml';
import { dataReader } from './demoWorkspace';
import { DEFAULT_DATA_DIR, nodeIo, type CliIo } from './io';
import { main } from './main';

/*
 * "Suppression is applied identically in every output": the real demo in the real Node DuckDB, the
 * default rules (min. count 3, Quartiere under 300 residents withheld, secondary suppression), and every
 * output path searched for the raw figures that the rules withhold.
 */
const YEAR = '2024';
const IND = 'sgb2_quote';
const CITY = '03241001'; // Hannover
const LANGS: Language[] = ['de', 'en'];

interface Raw { key: string; value: number; numerator: number; denominator: number }
let db: Connector;
let atlas: ReturnType<typeof createAtlasData>;
let dir: string;
/** A Quartier of Hannover with fewer than 300 residents (primary suppression, small population). */
let small: Raw;
/** A Hannover Quartier with ≥ 300 residents and numerator ≥ 3, withheld only by secondary suppression. */
let secondary: Raw;
let quartiere: LevelFigure[];
let smallProfile: AreaProfile;

const rawOf = async (key: string, indicator = IND, period = YEAR): Promise<Raw> => {
  const [r] = await db.query('SELECT area_key, value, numerator, denominator FROM observations WHERE area_key = ? AND indicator = ? AND period = ?', [key, indicator, period]);
  return { key, value: Number(r.value), numerator: Number(r.numerator), denominator: Number(r.denominator) };
};
const populationOf = async (key: string) =>
  Number((await db.query("SELECT value FROM observations WHERE area_key = ? AND indicator = 'population' AND period = ?", [key, YEAR]))[0].value);

/** The strings a withheld figure would be printed as, in both languages (value with unit, counts). */
const printed = (raw: Raw, unit: string): string[] =>
  LANGS.flatMap((lang) => [formatValue(raw.value, unit, lang), `${formatNumber(raw.numerator, lang, 0)} / ${formatNumber(raw.denominator, lang, 0)}`]);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'atlas-disclosure-'));
  db = await openNodeConnector();
  await loadDemo(db, dataReader(DEFAULT_DATA_DIR));
  atlas = createAtlasData(db); // default rules, exactly as the app and the CLI create it
  const smallRows = await db.query(
    "SELECT o.area_key FROM observations o JOIN areas a ON a.key = o.area_key WHERE a.parent_key = ? AND o.indicator = 'population' " +
    'AND o.period = ? AND o.value < 300 ORDER BY o.value LIMIT 1', [CITY, YEAR]);
  small = await rawOf(String(smallRows[0].area_key));
  quartiere = await atlas.levelFigures(IND, YEAR, 'quartier');
  const siblings = quartiere.filter((f) => f.areaKey.startsWith(`${CITY}-`) && f.areaKey !== small.key && f.status === 'suppressed');
  const candidates = await Promise.all(siblings.map(async (f) => ({ raw: await rawOf(f.areaKey), pop: await populationOf(f.areaKey) })));
  secondary = candidates.find((c) => c.pop >= 300 && c.raw.numerator >= 3)!.raw;
  smallProfile = await atlas.profile(small.key, YEAR); // also warms the disclosed-table cache
}, 600_000);

afterAll(async () => {
  await db?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('the chosen cells are really withheld by the rules (else the searches below prove nothing)', () => {
  it('raw data: a small Quartier with a real SGB-II count, a sibling with ≥ 300 residents and ≥ 3 cases', async () => {
    expect(await populationOf(small.key)).toBeLessThan(300);
    expect(small.numerator).toBeGreaterThan(0);
    expect(await populationOf(secondary.key)).toBeGreaterThanOrEqual(300);
    expect(secondary.numerator).toBeGreaterThanOrEqual(3);
  });
});

describe('AtlasData (map colours, tooltip, legend counts, profile view)', () => {
  it('levelFigures: both cells are suppressed without value, numerator or denominator', () => {
    for (const key of [small.key, secondary.key]) {
      expect(quartiere.find((f) => f.areaKey === key)).toEqual({ areaKey: key, value: null, status: 'suppressed', numerator: null, denominator: null });
    }
    // Published neighbours keep their numbers: the engine does not blank everything.
    expect(quartiere.filter((f) => f.areaKey.startsWith(`${CITY}-`) && f.status === 'ok').length).toBeGreaterThan(10);
  });

  it('a Quartier with a numerator of 1–2 is suppressed (minimum count)', async () => {
    const rows = await db.query(
      "SELECT o.area_key, o.indicator FROM observations o JOIN areas a ON a.key = o.area_key WHERE a.level = 'quartier' AND o.period = ? " +
      'AND o.numerator BETWEEN 1 AND 2 ORDER BY o.area_key LIMIT 1', [YEAR]);
    expect(rows.length).toBe(1);
    const key = String(rows[0].area_key);
    const figures = await atlas.levelFigures(String(rows[0].indicator), YEAR, 'quartier');
    expect(figures.find((f) => f.areaKey === key)).toMatchObject({ status: 'suppressed', value: null, numerator: null });
  });

  it('profile of the small Quartier: figure suppressed, no rank, every series point withheld, the city reference published', () => {
    const line = smallProfile.lines.find((l) => l.indicator.id === IND)!;
    expect(line.figure).toEqual({ value: null, status: 'suppressed', numerator: null, denominator: null });
    expect(line.rank).toBeNull();
    const published = quartiere.filter((f) => f.value !== null).length;
    expect(line.rankOf).toBe(published); // withheld areas are not counted
    // All its figures of every indicator and year are withheld (population < 300 in every year of the demo).
    for (const l of smallProfile.lines) {
      expect(l.figure.value).toBeNull();
      for (const p of l.series) expect([p.status, p.value]).toEqual(['suppressed', null]);
    }
    expect(line.references[0]).toMatchObject({ areaKey: CITY, status: 'ok' });
  });

  it('profile of the secondary cell gives the same answer as levelFigures (one engine, two query paths)', async () => {
    const profile = await atlas.profile(secondary.key, YEAR);
    const line = profile.lines.find((l) => l.indicator.id === IND)!;
    expect(line.figure.status).toBe('suppressed');
    expect(line.series.find((p) => p.period === YEAR)).toEqual({ period: YEAR, value: null, status: 'suppressed' });
    const raws = JSON.stringify(profile.lines.map((l) => [l.figure, l.series.filter((p) => p.period === YEAR)]));
    expect(raws).not.toContain(String(secondary.value));
  });

  it("profile of the city: its own figures are published and its rank counts only published Gemeinden", async () => {
    const city = await atlas.profile(CITY, YEAR);
    const line = city.lines.find((l) => l.indicator.id === IND)!;
    expect(line.figure.status).toBe('ok');
    const gemeinden = await atlas.levelFigures(IND, YEAR, 'gemeinde');
    expect(line.rankOf).toBe(gemeinden.filter((f) => f.value !== null).length);
  });

  it('no differencing: in every city, 0 or ≥ 2 Quartiere are withheld (or the city total is withheld too)', async () => {
    const gemeinden = await atlas.levelFigures(IND, YEAR, 'gemeinde');
    const groups = new Map<string, LevelFigure[]>();
    for (const f of quartiere) {
      const parent = f.areaKey.split('-')[0];
      groups.set(parent, [...(groups.get(parent) ?? []), f]);
    }
    expect(groups.size).toBeGreaterThan(3);
    for (const [parent, children] of groups) {
      const withheld = children.filter((f) => f.status === 'suppressed').length;
      const parentHidden = gemeinden.find((g) => g.areaKey === parent)?.status === 'suppressed';
      if (!parentHidden) expect(withheld === 0 || withheld >= 2, `${parent}: ${withheld} withheld`).toBe(true);
    }
    // Hannover: city numerator − visible Quartiere = the sum of at least two withheld ones, never one of them alone.
    const city = gemeinden.find((g) => g.areaKey === CITY)!;
    const visible = quartiere.filter((f) => f.areaKey.startsWith(`${CITY}-`) && f.numerator !== null).reduce((s, f) => s + f.numerator!, 0);
    const rest = city.numerator! - visible;
    expect(rest).not.toBe(small.numerator);
    expect(rest).not.toBe(secondary.numerator);
  });

  it('map: withheld areas are grey ("geheim"), counted in the legend, and the tooltip says "unterdrückt (Geheimhaltung)"', () => {
    const keys = quartiere.map((f) => f.areaKey);
    const choropleth = buildChoropleth(keys, quartiere, { method: 'quantile', classes: 5 });
    for (const key of [small.key, secondary.key]) expect(choropleth.categories[key]).toEqual({ kind: 'secret' });
    const legend = buildLegend(smallProfile.lines.find((l) => l.indicator.id === IND)!.indicator, YEAR, choropleth, 'de');
    expect(legend.secret.count).toBe(quartiere.filter((f) => f.status === 'suppressed').length);
    const { value, status } = quartiere.find((f) => f.areaKey === small.key)!;
    expect(formatFigure(value, status, '%', 'de')).toBe('unterdrückt (Geheimhaltung)');
    expect(formatFigure(value, status, '%', 'en')).toBe('suppressed (confidentiality)');
  });

  it('the facade names its rule: disclosureRules() are the defaults, disclosureNote(lang) their description', () => {
    expect(atlas.disclosureRules()).toEqual({ ...DEFAULT_DISCLOSURE_RULES, minPopulationLevels: ['quartier'] });
    expect(atlas.disclosureNote('de')).toBe(describeRules(atlas.disclosureRules(), 'de'));
    expect(atlas.disclosureNote('de')).toMatch(/weniger als 300 Einwohnern/);
    expect(atlas.disclosureNote('en')).toMatch(/fewer than 300 residents/);
  });
});

describe('report model, HTML and PDF of the small Quartier and of its sibling', () => {
  const models = new Map<string, ReportModel>();
  const model = async (key: string, lang: Language) => {
    const id = `${key}:${lang}`;
    if (!models.has(id)) models.set(id, buildReportModel(await collectReportInput(atlas, key, YEAR, '2025-06-30'), { lang }));
    return models.get(id)!;
  };
  const unit = () => smallProfile.lines.find((l) => l.indicator.id === IND)!.indicator.unit;

  it.each(LANGS)('model (%s): the table row says suppressed, shows no counts and no rank; map excerpt fills it as "geheim"', async (lang) => {
    for (const raw of [small, secondary]) {
      const m = await model(raw.key, lang);
      const row = m.table.rows.find((r) => r.indicatorId === IND)!;
      expect(row.value).toBe(statusLabel('suppressed', lang));
      expect(row.counts).toBe('');
      expect(row.rank).toBe('–');
      const secretFill = m.map.legend.entries.find((e) => e.kind === 'secret')!.fill;
      expect(m.map.areas.find((a) => a.id === raw.key)?.fill).toBe(secretFill);
      expect(m.disclosure).toBe(atlas.disclosureNote(lang));
      expect(JSON.stringify(m.summary)).not.toContain(formatValue(raw.value, unit(), lang));
    }
  });

  it.each(LANGS)('HTML (%s): the indicator row holds neither the value nor the counts; the rule is in the footer', async (lang) => {
    for (const raw of [small, secondary]) {
      const m = await model(raw.key, lang);
      const html = renderReportHtml(m);
      const label = m.table.rows.find((r) => r.indicatorId === IND)!.label;
      const rowHtml = [...html.matchAll(/<tr[\s\S]*?<\/tr>/g)].map((x) => x[0]).find((tr) => tr.includes(`>${label}<`))!;
      expect(rowHtml).toBeDefined();
      expect(rowHtml).toContain(statusLabel('suppressed', lang));
      for (const text of printed(raw, unit())) expect(rowHtml).not.toContain(text);
      const footer = /<footer[\s\S]*?<\/footer>/.exec(html)![0];
      expect(footer).toContain(atlas.disclosureNote(lang).slice(0, 60));
    }
  });

  it.each(LANGS)('PDF (%s): the table cells after the indicator label are not the figure; the rule is printed', async (lang) => {
    for (const raw of [small, secondary]) {
      const m = await model(raw.key, lang);
      const lines = readPdfText(renderPdf(m)).split('\n');
      const label = m.table.rows.find((r) => r.indicatorId === IND)!.label;
      const at = lines.indexOf(label, lines.indexOf(m.headings.table)); // the table row, not the map title
      expect(at).toBeGreaterThanOrEqual(0);
      const cells = lines.slice(at + 1, at + 4);
      for (const text of printed(raw, unit())) expect(cells).not.toContain(text);
      expect(cells.join(' ')).toContain(lang === 'de' ? 'unterdrückt' : 'suppressed');
      expect(lines.join(' ')).toContain(lang === 'de' ? 'Geheimhaltung: Fallzahlen von 1 bis 2' : 'Disclosure control: Counts from 1 to 2');
    }
  });
});

describe('CLI: atlas report opens its own workspace with the same rules', () => {
  it('HTML report of the small Quartier: no suppressed value, the rule in the footer', async () => {
    const out: string[] = [];
    const io: CliIo = { ...nodeIo(), stdout: (t) => void out.push(t), stderr: (t) => void out.push(t), now: () => new Date('2025-06-30T08:00:00Z') };
    const file = join(dir, 'small.html');
    expect(await main(['report', '--area', small.key, '--year', YEAR, '--out', file], io)).toBe(0);
    const html = await readFile(file, 'utf8');
    const label = smallProfile.lines.find((l) => l.indicator.id === IND)!.indicator.labelDe;
    const rowHtml = [...html.matchAll(/<tr[\s\S]*?<\/tr>/g)].map((x) => x[0]).find((tr) => tr.includes(`>${label}<`))!;
    expect(rowHtml).toContain('unterdrückt (Geheimhaltung)');
    for (const text of printed(small, smallProfile.lines.find((l) => l.indicator.id === IND)!.indicator.unit)) expect(rowHtml).not.toContain(text);
    expect(html).toContain('Geheimhaltung: Fallzahlen von 1 bis 2 sind unterdrückt');
  }, 300_000);
});

describe('the disclosed table follows the data (no stale cache after an import or a correction)', () => {
  it('a published Quartier whose count is corrected to 2 is withheld at the next profile call', async () => {
    const published = quartiere.find((f) => f.areaKey.startsWith(`${CITY}-`) && f.status === 'ok' && (f.numerator ?? 0) >= 3)!;
    const before = await atlas.profile(published.areaKey, YEAR);
    expect(before.lines.find((l) => l.indicator.id === IND)!.figure.status).toBe('ok');
    const params = [published.areaKey, IND, YEAR];
    await db.query('UPDATE observations SET numerator = 2 WHERE area_key = ? AND indicator = ? AND period = ?', params);
    try {
      const after = await atlas.profile(published.areaKey, YEAR);
      expect(after.lines.find((l) => l.indicator.id === IND)!.figure).toMatchObject({ status: 'suppressed', value: null });
    } finally {
      await db.query('UPDATE observations SET numerator = ? WHERE area_key = ? AND indicator = ? AND period = ?', [published.numerator, ...params]);
    }
  }, 300_000);
});
