import { describe, expect, it } from 'vitest';
import { buildReportModel } from './buildReportModel';
import { classColours, SECRET_FILL } from './classes';
import { makeInput, makeProfile } from './fixtures';
import { toPdfText } from './pdfText';
import { readPdfText } from './readPdfText';
import { renderPdf } from './renderPdf';

const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');
const shownText = readPdfText;

describe('renderPdf', () => {
  const model = buildReportModel(makeInput());

  it('writes an A4 PDF with the title, labels, demo mark and attribution as text', () => {
    const bytes = renderPdf(model, { compress: false });
    expect(latin1(bytes.slice(0, 5))).toBe('%PDF-');
    expect(latin1(bytes)).toMatch(/\/MediaBox \[0 0 595\.2799+\d* 841\.889+\d*\]/);
    const text = shownText(bytes);
    expect(text).toContain('Sozialraumanalyse Hannover');
    expect(text).toContain('SGB-II-Quote');
    expect(text).toContain('Kinderarmut');
    expect(text).toContain('Synthetische Demodaten');
    expect(text).toContain('© GeoBasis-DE / BKG 2017, dl-de/by-2-0');
    expect(text).toContain('geheim');
    expect(text).toContain('18,4 %');
    expect(text).toContain('Nachbarschaftstreff Nord');
  });

  it('puts the demo mark on every page', () => {
    const text = shownText(renderPdf(model, { compress: false }));
    const pages = Number(/Seite 1 von (\d+)/.exec(text)?.[1]);
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(text.split('Synthetische Demodaten').length - 1).toBeGreaterThanOrEqual(pages);
  });

  it('leaves the demo mark out for real data', () => {
    const real = buildReportModel(makeInput(makeProfile(undefined, false)));
    expect(shownText(renderPdf(real, { compress: false }))).not.toContain('Synthetische Demodaten');
  });

  it('is deterministic, takes its dates from the model and compresses by default', () => {
    const a = renderPdf(model);
    const b = renderPdf(model);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    expect(latin1(a)).toContain('/CreationDate (D:20250314');
    expect(a.length).toBeLessThan(renderPdf(model, { compress: false }).length);
    expect(shownText(a)).toContain('Sozialraumanalyse Hannover');
  });

  it('draws the map paths with the class colours', () => {
    const raw = latin1(renderPdf(model, { compress: false }));
    // the darkest class (Hannover) as an RGB fill, secret as a grey fill, then a filled path
    const channels = (hex: string) => [1, 3, 5].map((i) => Number((parseInt(hex.slice(i, i + 2), 16) / 255).toFixed(2)));
    expect(raw).toContain(`${channels(classColours(5)[4]).join(' ')} rg`);
    expect(raw).toContain(`${channels(SECRET_FILL)[0]} g`);
    expect(raw).toMatch(/\nh\nB\*/);
  });

  it('writes English text for lang=en', () => {
    const text = shownText(renderPdf(buildReportModel(makeInput(), { lang: 'en' }), { compress: false }));
    expect(text).toContain('Synthetic demo data');
    expect(text).toContain('Page 1 of');
  });

  it('maps characters outside Latin-1 to safe look-alikes', () => {
    expect(toPdfText('„Nord“ – 5 € ≥ 3 …')).toBe('"Nord" - 5 EUR >= 3 ...');
    expect(toPdfText('Straße ä © ²')).toBe('Straße ä © ²');
    expect(toPdfText('名前\u0000')).toBe('?? ');
  });
});
