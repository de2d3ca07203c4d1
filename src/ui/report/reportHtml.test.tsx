import { describe, expect, it } from 'vitest';
import { buildReportModel } from '../../report/buildReportModel';
import { makeInput, makeProfile } from '../../report/fixtures';
import { pageMarginCss, REPORT_CSS } from './reportCss';
import { renderReportHtml } from './reportHtml';

const HOSTILE = '<img src=x onerror=alert(1)>';

function hostileInput() {
  const profile = makeProfile();
  profile.area = { ...profile.area, name: HOSTILE };
  profile.lines[0].indicator = { ...profile.lines[0].indicator, labelDe: '<script>alert(2)</script>' };
  profile.nearby[0] = { ...profile.nearby[0], name: '"><svg onload=alert(3)>' };
  profile.sources[0] = { ...profile.sources[0], source: "javascript:alert('4')" };
  const input = makeInput(profile);
  input.boundaries.features[1].properties.name = '</title><script>alert(5)</script>';
  return input;
}

describe('renderReportHtml', () => {
  const html = renderReportHtml(buildReportModel(makeInput()));

  it('is a complete document with a restrictive CSP and no script', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;unsafe-inline&#39;; img-src data:">');
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/\son[a-z]+=/i);
    expect(html).not.toMatch(/https?:\/\//);
  });

  it('shows title, demo mark, attribution, table rows, map and charts', () => {
    expect(html).toContain('<title>Sozialraumanalyse Hannover</title>');
    expect(html).toContain('<h1>Sozialraumanalyse Hannover</h1>');
    expect(html).toContain('Synthetische Demodaten');
    expect(html).toContain('© GeoBasis-DE / BKG 2017, dl-de/by-2-0');
    expect(html).toContain('data-indicator="sgb2_quote"');
    expect(html).toContain('<td>geheim</td>');
    expect((html.match(/<path /g) ?? []).length).toBeGreaterThanOrEqual(4);
    expect((html.match(/<polyline /g) ?? []).length).toBeGreaterThanOrEqual(5);
    expect(html).toContain('size: A4');
  });

  it('keeps the print CSS byte for byte (no escaping inside the style element)', () => {
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1];
    expect(style).toBe(REPORT_CSS + pageMarginCss('Synthetische Demodaten', 'de'));
  });

  it('repeats the demo mark and page numbers in the page margins, with safe CSS strings only', () => {
    expect(pageMarginCss('Synthetische Demodaten', 'de')).toContain('@top-right { content: "Synthetische Demodaten";');
    expect(pageMarginCss(null, 'en')).not.toContain('@top-right');
    expect(pageMarginCss(null, 'en')).toContain('content: "Page " counter(page) " of " counter(pages)');
    const hostile = pageMarginCss('x"; } body { display: none } \\ <', 'de');
    const value = /@top-right \{ content: "([^"]*)";/.exec(hostile)?.[1];
    expect(value).toBe('x  body  display: none   ');
    expect(hostile.match(/\{/g)).toHaveLength(3);
  });

  it('renders hostile names as text, never as elements', () => {
    const out = renderReportHtml(buildReportModel(hostileInput()));
    expect(out).not.toMatch(/<script/i);
    expect(out).not.toMatch(/<img/i);
    expect(out).not.toMatch(/<svg onload/i);
    expect(out).not.toMatch(/<\/title><script/i);
    expect(out).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(out).toContain('<title>Sozialraumanalyse &lt;img src=x onerror=alert(1)&gt;</title>');
    expect(out).toContain('&lt;script&gt;alert(2)&lt;/script&gt;');
    expect(out).not.toMatch(/href=/);
  });

  it('writes lang=en documents in English', () => {
    const en = renderReportHtml(buildReportModel(makeInput(), { lang: 'en' }));
    expect(en).toContain('<html lang="en">');
    expect(en).toContain('Synthetic demo data');
    expect(en).toContain('Social space analysis Hannover');
  });
});
