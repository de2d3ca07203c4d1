/** Public API of the report layer (pure; no React, no I/O). */
export { buildReportModel, DEFAULT_MAP_INDICATOR, REPORT_MODEL_VERSION, type ReportInput, type ReportOptions } from './buildReportModel';
export { collectReportInput } from './collectInput';
export { renderPdf, type PdfOptions } from './renderPdf';
export { reportFileName } from './fileName';
export type * from './types';
