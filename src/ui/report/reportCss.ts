/**
 * Print layout of the report (A4). A plain string so that the static HTML export is
 * self-contained. It contains no data (React passes style text through unescaped).
 */
export const REPORT_CSS = `
@page { size: A4 portrait; margin: 15mm 15mm 18mm 15mm; }
.qa-report { font-family: Helvetica, Arial, sans-serif; color: #1a1a1a; background: #ffffff; max-width: 180mm; margin: 0 auto; padding: 8mm 0; font-size: 10pt; line-height: 1.35; }
.qa-report h1 { font-size: 20pt; margin: 0 0 1mm 0; }
.qa-report h2 { font-size: 13pt; margin: 6mm 0 2mm 0; }
.qa-report h3 { font-size: 10pt; margin: 2mm 0 1mm 0; }
.qa-report p { margin: 0 0 2mm 0; }
.qa-report .qa-muted { color: #555555; font-size: 8.5pt; }
.qa-report .qa-demo-mark { float: right; border: 0.3mm solid #000000; background: #fff3c4; font-weight: bold; font-size: 9pt; padding: 1mm 2mm; }
.qa-report .qa-map-row { display: flex; gap: 5mm; align-items: flex-start; }
.qa-report .qa-map { border: 0.2mm solid #999999; flex: none; }
.qa-report ul.qa-legend { list-style: none; margin: 0; padding: 0; font-size: 8pt; }
.qa-report ul.qa-legend li { display: flex; align-items: center; gap: 2mm; margin: 0 0 1mm 0; }
.qa-report table { border-collapse: collapse; width: 100%; font-size: 8.5pt; }
.qa-report th { text-align: left; border-bottom: 0.3mm solid #000000; padding: 1mm; vertical-align: bottom; }
.qa-report td, .qa-report tbody th { border-bottom: 0.15mm solid #cccccc; padding: 1mm; vertical-align: top; font-weight: normal; }
.qa-report .qa-charts { display: flex; flex-wrap: wrap; gap: 10mm; }
.qa-report figure { margin: 0; break-inside: avoid; }
.qa-report figcaption { font-weight: bold; font-size: 9pt; margin: 0 0 1mm 0; }
.qa-report ul.qa-sources { padding-left: 4mm; font-size: 8.5pt; }
.qa-report .qa-footer { margin-top: 3mm; font-size: 7.5pt; color: #555555; border-top: 0.2mm solid #cccccc; padding-top: 1mm; }
@media print {
  body * { visibility: hidden; }
  .qa-report, .qa-report * { visibility: visible; }
  .qa-report { position: absolute; left: 0; top: 0; width: 180mm; padding: 0; }
  .qa-report section { break-inside: avoid; }
  .qa-report section.qa-long { break-inside: auto; }
}
`;

/** Only letters, digits, spaces and a few punctuation marks may enter a CSS string. */
function cssString(text: string): string {
  return `"${text.replace(/[^\p{L}\p{N} .,:/()-]/gu, '')}"`;
}

/**
 * The page margin boxes repeat the demo mark and the page number on every printed page
 * (Chromium's @page margin boxes). Their words are the report's fixed wording, never data.
 */
export function pageMarginCss(demoMark: string | null, lang: 'de' | 'en'): string {
  const [page, of] = lang === 'de' ? ['Seite', 'von'] : ['Page', 'of'];
  const mark = demoMark
    ? `  @top-right { content: ${cssString(demoMark)}; font: bold 9pt Helvetica, Arial, sans-serif; color: #000000; }\n`
    : '';
  return `@page {\n${mark}  @bottom-right { content: ${cssString(page + ' ')} counter(page) ${cssString(' ' + of + ' ')} counter(pages); font: 7pt Helvetica, Arial, sans-serif; color: #555555; }\n}\n`;
}
