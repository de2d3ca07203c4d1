import { describe, expect, it } from 'vitest';
import type { LegendModel } from '../map/legend';
import {
  BOUNDARY_ATTRIBUTION,
  captionSvg,
  captionText,
  escapeXml,
  exportFileName,
  formatExportDate,
  layoutCaption,
  wrapText,
  type CaptionInput,
} from './caption';

const DATE = new Date(Date.UTC(2026, 10, 26, 22, 0));

const legend: LegendModel = {
  indicatorId: 'alq',
  title: 'Arbeitslosenquote',
  unit: '%',
  period: '2024',
  referenceDate: '31.12.2024',
  source: 'Demo',
  attribution: '',
  licence: 'dl-de/by-2-0',
  method: 'quantile',
  classCount: 2,
  classes: [
    { colour: 'rgb(255, 255, 204)', label: '1,0 – 5,0', lower: 1, upper: 5, count: 3 },
    { colour: 'rgb(37, 52, 148)', label: '5,0 – 9,0', lower: 5, upper: 9, count: 4 },
  ],
  noData: { colour: 'rgb(224, 224, 224)', count: 1 },
  secret: { colour: 'rgb(150, 150, 150)', count: 2 },
  synthetic: true,
};

function input(over: Partial<CaptionInput> = {}): CaptionInput {
  return {
    title: 'Arbeitslosenquote 2024',
    subtitle: 'Gemeinden',
    legend,
    source: 'Statistik Demo',
    licence: 'dl-de/by-2-0',
    referenceDate: '31.12.2024',
    synthetic: true,
    lang: 'de',
    ...over,
  };
}

describe('captionText', () => {
  it('lists source, licence with the BKG attribution, reference and export date and the demo mark in German', () => {
    const t = captionText(input(), DATE);
    expect(t.title).toBe('Arbeitslosenquote 2024');
    expect(t.subtitle).toBe('Gemeinden');
    expect(t.footer).toEqual([
      'Quelle: Statistik Demo',
      `Lizenz: ${BOUNDARY_ATTRIBUTION} · Daten: dl-de/by-2-0`,
      'Stand der Daten: 31.12.2024 · Exportiert am 26.11.2026',
      'Synthetische Demodaten – alle Werte sind erfunden.',
    ]);
    expect(t.legendHeading).toBe('Arbeitslosenquote 2024 (%)');
    expect(t.legend.map((e) => [e.kind, e.label])).toEqual([
      ['class', '1,0 – 5,0 %'],
      ['class', '5,0 – 9,0 %'],
      ['noData', 'keine Daten'],
      ['secret', 'geheim'],
    ]);
  });

  it('has the same lines in English', () => {
    const t = captionText(input({ lang: 'en' }), DATE);
    expect(t.footer).toEqual([
      'Source: Statistik Demo',
      `Licence: ${BOUNDARY_ATTRIBUTION} · data: dl-de/by-2-0`,
      'Reference date: 31.12.2024 · Exported on 2026-11-26',
      'Synthetic demo data – all values are invented.',
    ]);
    expect(t.legend.slice(-2).map((e) => e.label)).toEqual(['no data', 'secret']);
  });

  it('names no data and secret in one entry when the map draws them alike', () => {
    const alike = { ...legend, secret: { colour: legend.noData.colour, count: 0 } };
    expect(captionText(input({ legend: alike }), DATE).legend.slice(-1).map((e) => [e.kind, e.label])).toEqual([['noData', 'keine Daten / geheim']]);
    expect(captionText(input({ legend: alike, lang: 'en' }), DATE).legend.at(-1)?.label).toBe('no data / secret');
  });

  it('carries the demo mark only for synthetic values', () => {
    const real = captionText(input({ synthetic: false }), DATE);
    expect(real.demoMark).toBeNull();
    expect(real.footer.join('\n')).not.toMatch(/Synthetische|Demodaten/);
    expect(captionText(input({ synthetic: false, lang: 'en' }), DATE).footer.join('\n')).not.toMatch(/Synthetic/);
    expect(captionText(input(), DATE).demoMark).toMatch(/^Synthetische Demodaten/);
  });

  it('keeps the boundary attribution even without a data licence and does not repeat it', () => {
    expect(captionText(input({ licence: '' }), DATE).footer[1]).toBe(`Lizenz: ${BOUNDARY_ATTRIBUTION}`);
    expect(captionText(input({ licence: `${BOUNDARY_ATTRIBUTION}` }), DATE).footer[1]).toBe(`Lizenz: ${BOUNDARY_ATTRIBUTION}`);
  });

  it('turns line breaks and control characters in names into spaces', () => {
    expect(captionText(input({ title: 'A\nB\u0000C\r\n' }), DATE).title).toBe('A B C');
  });

  it('formats the export date per language in UTC', () => {
    expect(formatExportDate(new Date(Date.UTC(2026, 0, 5, 23, 59)), 'de')).toBe('05.01.2026');
    expect(formatExportDate(new Date(Date.UTC(2026, 0, 5, 23, 59)), 'en')).toBe('2026-01-05');
  });
});

describe('wrapText', () => {
  const measure = (text: string) => text.length * 10;
  it('wraps at spaces within the width', () => {
    expect(wrapText('aaa bbb ccc', 75, 10, false, measure)).toEqual(['aaa bbb', 'ccc']);
  });
  it('breaks a word longer than the line', () => {
    const lines = wrapText('x'.repeat(25), 100, 10, false, measure);
    expect(lines).toEqual(['x'.repeat(10), 'x'.repeat(10), 'x'.repeat(5)]);
  });
});

describe('layoutCaption', () => {
  it('puts the title above, the footer below and the content inside a larger image', () => {
    const layout = layoutCaption(captionText(input(), DATE), 600, 400);
    expect(layout.width).toBeGreaterThan(600);
    expect(layout.height).toBeGreaterThan(400);
    const texts = layout.items.filter((i) => i.kind === 'text');
    const title = texts.find((i) => i.role === 'title')!;
    const demo = texts.find((i) => i.role === 'demo')!;
    expect(title.y).toBeLessThan(layout.content.y);
    expect(demo.y).toBeGreaterThan(layout.content.y + layout.content.height);
    expect(demo.y).toBeLessThan(layout.height);
    const footer = texts.filter((i) => i.role === 'footer' || i.role === 'demo').map((i) => i.text);
    expect(footer[0]).toMatch(/^Quelle/);
    expect(footer[footer.length - 1]).toMatch(/^Synthetische Demodaten/);
    expect(layout.items.filter((i) => i.kind === 'box').map((i) => i.role)).toEqual(['class', 'class', 'noData', 'secret']);
  });

  it('wraps a long title to the image width', () => {
    const layout = layoutCaption(captionText(input({ title: 'Wort '.repeat(60) }), DATE), 400, 300);
    const titles = layout.items.filter((i) => i.kind === 'text' && i.role === 'title');
    expect(titles.length).toBeGreaterThan(1);
    for (const t of titles) if (t.kind === 'text') expect(t.text.length * t.size * 0.62).toBeLessThanOrEqual(layout.width - 32 + 1e-9);
  });

  it('keeps every legend box inside the image', () => {
    const many = { ...legend, classes: Array.from({ length: 9 }, (_, i) => ({ ...legend.classes[0], label: `${i},0 – ${i + 1},0` })) };
    const layout = layoutCaption(captionText(input({ legend: many }), DATE), 330, 200);
    for (const item of layout.items) {
      if (item.kind === 'box') {
        expect(item.x + item.width).toBeLessThanOrEqual(layout.width);
        expect(item.y + item.height).toBeLessThan(layout.content.y);
      }
    }
  });
});

describe('captionSvg', () => {
  it('escapes hostile titles and names so that no element is created', () => {
    const hostile = '<script>alert(1)</script>&"\' <img src=x onerror=alert(2)>';
    const layout = layoutCaption(captionText(input({ title: hostile, source: '</text><foo/>' }), DATE), 500, 300);
    const svg = captionSvg(layout, hostile, '<svg xmlns="http://www.w3.org/2000/svg" width="500" height="300"></svg>');
    expect(svg).not.toContain('<script');
    expect(svg).not.toContain('<img');
    expect(svg).not.toContain('<foo');
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&amp;&quot;&apos;');
    expect(svg).toContain('&lt;/text&gt;&lt;foo/&gt;');
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain('Synthetische Demodaten');
    expect(svg).toContain(BOUNDARY_ATTRIBUTION);
  });

  it('escapes XML specials and drops characters XML forbids', () => {
    expect(escapeXml('a<b>&"\'\u0001c')).toBe('a&lt;b&gt;&amp;&quot;&apos;c');
  });
});

describe('exportFileName', () => {
  it('builds sozialraum-<indicator>-<year> with safe characters only', () => {
    expect(exportFileName(['alq', '2024'], 'png')).toBe('sozialraum-alq-2024.png');
    expect(exportFileName(['Größe ../../etc', '2024'], 'svg')).toBe('sozialraum-grosse-etc-2024.svg');
  });
});
