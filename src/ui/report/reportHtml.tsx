import { renderToStaticMarkup } from 'react-dom/server';
import type { ReportModel } from '../../report/types';
import { ReportDocument } from './ReportDocument';

/** No script, no outside request: only inline styles and data: images. */
export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/** A complete, self-contained HTML document of the report (for the CLI and downloads). */
export function renderReportHtml(model: ReportModel): string {
  const body = renderToStaticMarkup(<ReportDocument model={model} />);
  return [
    '<!DOCTYPE html>',
    `<html lang="${model.lang === 'en' ? 'en' : 'de'}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(REPORT_CSP)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    `<title>${escapeHtml(model.title)}</title>`,
    '</head>',
    `<body>${body}</body>`,
    '</html>',
    '',
  ].join('\n');
}
