import { withParseProgress, type ParseProgress } from '../csvParse';
import { importTable, type AnalysedFile, type ImportTableOptions } from '../detect/importTable';
import { importXlsx, isXlsx } from '../xlsx/importXlsx';

/**
 * The worker's router, the same as `atlas inspect`: an Excel workbook (ZIP magic `PK\x03\x04` with
 * Office entries) goes to the async xlsx importer, everything else to the text/ZIP detector, whose
 * CSV parsing reports its progress to `onProgress`.
 */
export async function analyseBytes(bytes: Uint8Array, options: ImportTableOptions, onProgress?: (progress: ParseProgress) => void): Promise<AnalysedFile> {
  if (isXlsx(bytes)) return importXlsx(bytes, options);
  return onProgress ? withParseProgress(onProgress, () => importTable(bytes, options)) : importTable(bytes, options);
}
