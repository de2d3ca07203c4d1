import { parseCsvText } from '../csvParse';
import { checkSize, decodeBytes } from '../decode';
import { parseGenesisClassic } from '../genesis/classic';
import { isFfcsvHeader, parseFfcsv } from '../genesis/ffcsv';
import { problem, type ImportProblem, type TableImport } from '../normalised';
import { importGeoJson, type GeoJsonImport } from '../geojson/importGeoJson';
import { fromListProblem, geoList, proposeGeoContents, type AnalysedList, type FileContents } from '../lists/fileContents';
import { looksLikeProjectList, projectsFromCsv } from '../lists/projectList';
import { parsePlainCsv } from '../plainCsv/plainCsv';
import { looksLikeZensusGrid, parseZensusGrid, type ZensusGridImport } from '../zensus/zensusGrid';
import { detectDecimal } from './decimal';
import { detectDelimiter } from './delimiter';
import type { TextEncodingName } from './encoding';
import { sniffMagic } from './magic';
import { DEFAULT_ZIP_LIMITS, isOfficeZip, listZipEntries, readZip, type ZipLimits } from './zip';

/** Every format `atlas inspect` can name; only the first three are read so far. */
export type FileFormat = 'genesis-csv' | 'genesis-ffcsv' | 'csv' | 'xlsx' | 'geojson' | 'zensus-grid' | 'unknown';

export interface ImportTableOptions {
  fileName: string;
  encoding?: TextEncodingName;
  maxBytes?: number;
  zipLimits?: ZipLimits;
  period?: string;
  padKeys?: boolean;
  allowRagged?: boolean;
  /** Overrides the detected delimiter (the wizard lets the user correct detection). */
  delimiter?: string;
  /** Overrides the detected decimal mark. */
  decimal?: ',' | '.';
  /** GeoJSON: the confirmed coordinate system (`EPSG:25832`, `swap-axes`). */
  confirmCrs?: string;
  /** GeoJSON: the property holding area keys. */
  keyProperty?: string;
  /** xlsx: sheet name or 1-based number (read by `xlsx/importXlsx.ts`). */
  sheet?: string;
  /** Overrides the detected text format (the wizard's "Format" choice); binary formats are still told by their bytes. */
  format?: Extract<FileFormat, 'genesis-csv' | 'genesis-ffcsv' | 'csv' | 'zensus-grid'>;
  /** Plain CSV: rows that together name the columns (0 = none); detected when absent. */
  headerRows?: number;
  /** Plain CSV: the key column chosen by the user (header name or `#n`); its cells are kept as text keys. */
  keyColumn?: string;
  /** What the file holds (the wizard's "Inhalt" choice); detected when absent. */
  contents?: FileContents;
  /** Programme-area lists: the programme of features that do not name one. */
  defaultProgramme?: string;
}

export interface AnalysedFile {
  format: FileFormat;
  encoding: TextEncodingName | null;
  delimiter: string | null;
  decimal: ',' | '.' | null;
  /** Null when the file could not be read as a table. */
  table: TableImport | null;
  /** Problems of reading the file (decoding, format); the table's own problems are in `table.problems`. */
  problems: ImportProblem[];
  /** GeoJSON files: features, CRS report, key property (`table` is null). */
  geo?: GeoJsonImport;
  /** Zensus grid tables: the cells as WGS 84 polygons. */
  grid?: Pick<ZensusGridImport, 'cells' | 'cellSize' | 'cellCount'>;
  /** What the file holds (detected or chosen); absent means an indicator table. */
  contents?: FileContents;
  /** Member-project and programme-area lists (`contents` says which). */
  list?: AnalysedList;
}

function unsupported(format: FileFormat, fileName: string, what: { de: string; en: string }): AnalysedFile {
  return {
    format, encoding: null, delimiter: null, decimal: null, table: null,
    problems: [problem('error', 'not_yet_supported', fileName, {},
      `${what.de} werden noch nicht unterstützt.`, `${what.en} are not yet supported.`,
      'Exportieren Sie die Tabelle als CSV (Trennzeichen Semikolon).', 'Export the table as CSV (semicolon-separated).')],
  };
}

function looksGenesisClassic(text: string): boolean {
  const head = text.slice(0, 4096);
  return /^\s*(?:GENESIS-)?Tabelle(?:\s*Nr\.?)?\s*:?\s*[A-Za-z]*\d[\w.-]*/im.test(head) || /^_{5,}\s*;*\s*$/m.test(text);
}

function readZipFile(bytes: Uint8Array, options: ImportTableOptions): AnalysedFile {
  const { fileName } = options;
  const names = listZipEntries(bytes) ?? [];
  if (isOfficeZip(names)) return unsupported('xlsx', fileName, { de: 'Excel-Dateien (.xlsx)', en: 'Excel files (.xlsx)' });
  const read = readZip(bytes, (name) => /\.csv$/i.test(name), options.zipLimits ?? DEFAULT_ZIP_LIMITS);
  if (!read.ok) {
    const limits = options.zipLimits ?? DEFAULT_ZIP_LIMITS;
    return {
      format: 'unknown', encoding: null, delimiter: null, decimal: null, table: null,
      problems: [problem('error', `zip_${read.reason}`, fileName, {},
        read.reason === 'corrupt' ? `Das ZIP-Archiv ist beschädigt (${read.detail}).` : `Das ZIP-Archiv überschreitet die Grenzen (${limits.maxEntries} Einträge, ${Math.round(limits.maxTotalBytes / 1048576)} MB entpackt) und wurde nicht weiter gelesen.`,
        read.reason === 'corrupt' ? `The ZIP archive is damaged (${read.detail}).` : `The ZIP archive exceeds the limits (${limits.maxEntries} entries, ${Math.round(limits.maxTotalBytes / 1048576)} MB unpacked) and was not read further.`,
        'Entpacken Sie die CSV-Datei und importieren Sie sie direkt.', 'Unpack the CSV file and import it directly.')],
    };
  }
  if (read.entries.length !== 1) {
    return {
      format: 'unknown', encoding: null, delimiter: null, decimal: null, table: null,
      problems: [problem('error', 'zip_csv_count', fileName, {},
        `Das ZIP-Archiv enthält ${read.entries.length} CSV-Dateien; erwartet wird genau eine.`,
        `The ZIP archive holds ${read.entries.length} CSV files; exactly one is expected.`,
        'Entpacken Sie die gewünschte CSV-Datei und importieren Sie sie direkt.', 'Unpack the CSV file you want and import it directly.')],
    };
  }
  const [entry] = read.entries;
  return importTable(entry.bytes, { ...options, fileName: `${fileName}/${entry.name}` });
}

/**
 * Bytes of one file → format, encoding, delimiter, decimal mark and the normalised table.
 * Pure: no I/O. Size limit checked first; ZIPs are unpacked under caps.
 */
export function importTable(bytes: Uint8Array, options: ImportTableOptions): AnalysedFile {
  const { fileName } = options;
  const tooLarge = checkSize(bytes.length, fileName, options.maxBytes);
  if (tooLarge) return { format: 'unknown', encoding: null, delimiter: null, decimal: null, table: null, problems: [tooLarge] };
  if (sniffMagic(bytes) === 'zip') return readZipFile(bytes, options);
  const decoded = decodeBytes(bytes, { fileName, encoding: options.encoding, maxBytes: options.maxBytes });
  if (!decoded.ok) {
    const format: FileFormat = decoded.magic === 'ole' ? 'xlsx' : 'unknown';
    return { format, encoding: null, delimiter: null, decimal: null, table: null, problems: decoded.problems };
  }
  const { text, encoding } = decoded;
  const start = text.trimStart().slice(0, 200);
  if (/^[{[]/.test(start) && /"type"\s*:/.test(text.slice(0, 4096))) {
    const geo = importGeoJson(text, { fileName, confirmCrs: options.confirmCrs, keyProperty: options.keyProperty, padKeys: options.padKeys });
    const contents = options.contents === undefined || options.contents === 'table' ? proposeGeoContents(geo) : options.contents;
    const list = geoList(fileName, geo, contents, options);
    // A list reports its own problems (the boundary checks of the GeoJSON reader are for area layers).
    const problems = [...decoded.problems, ...(list ? list.result.problems.map(fromListProblem) : geo.problems)];
    return { format: 'geojson', encoding, delimiter: null, decimal: null, table: null, problems, geo, contents, ...(list ? { list } : {}) };
  }
  const forced = options.format;
  if (forced === 'zensus-grid' || (forced === undefined && looksLikeZensusGrid(text.slice(0, 2048)))) {
    const grid = parseZensusGrid(text, { fileName, period: options.period });
    return { format: 'zensus-grid', encoding, delimiter: null, decimal: ',', table: grid.table, problems: decoded.problems, grid: { cells: grid.cells, cellSize: grid.cellSize, cellCount: grid.cellCount } };
  }
  const detected = detectDelimiter(text);
  const guess = options.delimiter ? { ...detected, delimiter: options.delimiter } : detected;
  // The `sep=` line becomes an empty line so that line numbers still match the file.
  const body = guess.skip > 0 ? `\n${text.slice(guess.skip)}` : text;
  if (body.trim() === '') {
    return {
      format: 'csv', encoding, delimiter: guess.delimiter, decimal: null, table: null,
      problems: [...decoded.problems, problem('error', 'empty_file', fileName, {}, 'Die Datei enthält keine Daten.', 'The file holds no data.',
        'Prüfen Sie, ob der Download vollständig war.', 'Check that the download completed.')],
    };
  }
  const sample = parseCsvText(body.slice(0, 256 * 1024), { delimiter: guess.delimiter }).rows;
  if (options.contents === 'projects' || (options.contents === undefined && forced === undefined && sample.length > 0 && looksLikeProjectList(sample[0]))) {
    const result = projectsFromCsv(fileName, body, { confirmCrs: options.confirmCrs });
    return {
      format: 'csv', encoding, delimiter: guess.delimiter, decimal: null, table: null, contents: 'projects',
      problems: [...decoded.problems, ...result.problems.map(fromListProblem)], list: { kind: 'projects', result },
    };
  }
  const decimal = options.decimal ?? detectDecimal(sample.slice(0, 2000).flat(), guess.delimiter === ',' ? '.' : ',').decimal;
  const common = { fileName, delimiter: guess.delimiter, decimal, period: options.period, padKeys: options.padKeys };
  let table: TableImport;
  const kind = forced ?? (sample.length > 0 && isFfcsvHeader(sample[0]) ? 'genesis-ffcsv' : looksGenesisClassic(body) ? 'genesis-csv' : 'csv');
  if (kind === 'genesis-ffcsv') table = parseFfcsv(body, common);
  else if (kind === 'genesis-csv') table = parseGenesisClassic(body, common);
  else table = parsePlainCsv(body, { ...common, allowRagged: options.allowRagged, headerRows: options.headerRows, keyColumn: options.keyColumn });
  return { format: table.format, encoding, delimiter: guess.delimiter, decimal, table, problems: decoded.problems };
}

/** All problems of an analysed file, reading problems first. */
export function allProblems(file: AnalysedFile): ImportProblem[] {
  return [...file.problems, ...(file.table?.problems ?? [])];
}
