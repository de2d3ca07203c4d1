import { useState } from 'react';
import type { Language, Level } from '../../core/types';
import type { AnalysedFile, ImportTableOptions } from '../../data/import/detect/importTable';
import type { TextEncodingName } from '../../data/import/detect/encoding';
import { levelPlural } from '../i18n';
import { tx } from './importText';

/** What the user may correct; undefined = let detection decide. */
export interface DetectionOverrides {
  encoding?: TextEncodingName;
  delimiter?: string;
  decimal?: ',' | '.';
  period?: string;
  /** xlsx only: sheet name or 1-based number; undefined = the first sheet with area keys. */
  sheet?: string;
  /** Text tables: the format to read the file as. */
  format?: ImportTableOptions['format'];
  /** Plain CSV: rows that together name the columns (0 = none). */
  headerRows?: number;
  /** Plain CSV: key column by header name or `#n`. */
  keyColumn?: string;
  /** GeoJSON and lists: the coordinate system the user confirmed (see CrsQuestion). */
  confirmCrs?: string;
  /** What the file holds (see ContentsChoice). */
  contents?: ImportTableOptions['contents'];
  /** Programme-area lists: the programme of areas that name none. */
  defaultProgramme?: string;
}

const ENCODINGS: { value: TextEncodingName; label: string }[] = [
  { value: 'utf-8', label: 'UTF-8' }, { value: 'windows-1252', label: 'ISO-8859-1 / windows-1252' },
  { value: 'utf-16le', label: 'UTF-16 LE' }, { value: 'utf-16be', label: 'UTF-16 BE' },
];
const DELIMITERS: { value: string; label: string }[] = [
  { value: ';', label: '; (Semikolon)' }, { value: ',', label: ', (Komma)' }, { value: '\t', label: 'Tab' }, { value: '|', label: '|' },
];
const TEXT_FORMATS: NonNullable<ImportTableOptions['format']>[] = ['genesis-csv', 'genesis-ffcsv', 'csv', 'zensus-grid'];

export interface DetectionPanelProps {
  file: AnalysedFile;
  overrides: DetectionOverrides;
  level: Level;
  levels: readonly Level[];
  lang: Language;
  onApply: (overrides: DetectionOverrides) => void;
  onLevel: (level: Level) => void;
}

/** Detection shown and editable: each "Neu einlesen" re-runs the import (in the worker) with the overrides. */
export function DetectionPanel({ file, overrides, level, levels, lang, onApply, onLevel }: DetectionPanelProps) {
  const [draft, setDraft] = useState<DetectionOverrides>(overrides);
  const table = file.table;
  const auto = (shown: string | null) => `${tx(lang, 'auto')}${shown ? ` (${shown === '\t' ? 'Tab' : shown})` : ''}`;
  const decimal = draft.decimal ?? file.decimal;
  const textTable = file.format !== 'xlsx' && file.format !== 'geojson';
  const plain = (draft.format ?? file.format) === 'csv';
  return (
    <section data-testid="import-detection" className="import-detection">
      <h3>{tx(lang, 'detection')}</h3>
      <dl className="import-facts">
        <dt>{tx(lang, 'format')}</dt><dd data-testid="detect-format">{file.format}</dd>
        {table?.provenance.tableCode && (<><dt>{tx(lang, 'tableCode')}</dt><dd data-testid="detect-table">{table.provenance.tableCode}</dd></>)}
        <dt>{tx(lang, 'keyColumn')}</dt><dd data-testid="detect-key-column">{table?.keyColumn ?? '–'}</dd>
        <dt>{tx(lang, 'thousands')}</dt>
        <dd data-testid="detect-thousands">{decimal === ',' ? '.' : decimal === '.' ? ',' : '–'} <span className="muted">({tx(lang, 'thousandsFromDecimal')})</span></dd>
      </dl>
      <div className="import-overrides">
        {textTable && (
          <label>
            <span>{tx(lang, 'format')}</span>
            <select data-testid="detect-format-choice" value={draft.format ?? ''}
              onChange={(e) => setDraft({ ...draft, format: (e.target.value || undefined) as DetectionOverrides['format'] })}>
              <option value="">{auto(file.format)}</option>
              {TEXT_FORMATS.map((f) => <option key={f} value={f}>{f}</option>)}
            </select>
          </label>
        )}
        <label>
          <span>{tx(lang, 'encoding')}</span>
          <select data-testid="detect-encoding" value={draft.encoding ?? ''}
            onChange={(e) => setDraft({ ...draft, encoding: (e.target.value || undefined) as TextEncodingName | undefined })}>
            <option value="">{auto(file.encoding)}</option>
            {ENCODINGS.map((enc) => <option key={enc.value} value={enc.value}>{enc.label}</option>)}
          </select>
        </label>
        <label>
          <span>{tx(lang, 'delimiter')}</span>
          <select data-testid="detect-delimiter" value={draft.delimiter ?? ''} onChange={(e) => setDraft({ ...draft, delimiter: e.target.value || undefined })}>
            <option value="">{auto(file.delimiter)}</option>
            {DELIMITERS.map((d) => <option key={d.label} value={d.value}>{d.label}</option>)}
          </select>
        </label>
        <label>
          <span>{tx(lang, 'decimal')}</span>
          <select data-testid="detect-decimal" value={draft.decimal ?? ''}
            onChange={(e) => setDraft({ ...draft, decimal: (e.target.value || undefined) as ',' | '.' | undefined })}>
            <option value="">{auto(file.decimal)}</option>
            <option value=",">, (12,5)</option>
            <option value=".">. (12.5)</option>
          </select>
        </label>
        {textTable && plain && (
          <label title={tx(lang, 'headerRowsHint')}>
            <span>{tx(lang, 'headerRows')}</span>
            <select data-testid="detect-header-rows" value={draft.headerRows === undefined ? '' : String(draft.headerRows)}
              onChange={(e) => setDraft({ ...draft, headerRows: e.target.value === '' ? undefined : Number(e.target.value) })}>
              <option value="">{auto(null)}</option>
              {[0, 1, 2, 3, 4].map((n) => <option key={n} value={n}>{n}</option>)}
            </select>
          </label>
        )}
        {textTable && plain && (
          <label title={tx(lang, 'keyColumnHint')}>
            <span>{tx(lang, 'keyColumn')}</span>
            <input data-testid="detect-key-choice" value={draft.keyColumn ?? ''} size={12} placeholder={table?.keyColumn ?? ''}
              onChange={(e) => setDraft({ ...draft, keyColumn: e.target.value || undefined })} />
          </label>
        )}
        <label>
          <span>{tx(lang, 'period')}</span>
          <input data-testid="detect-period" value={draft.period ?? ''} size={8} onChange={(e) => setDraft({ ...draft, period: e.target.value || undefined })} />
        </label>
        {file.format === 'xlsx' && (
          <label>
            <span>{tx(lang, 'sheet')}</span>
            <input data-testid="detect-sheet" value={draft.sheet ?? ''} size={12} onChange={(e) => setDraft({ ...draft, sheet: e.target.value || undefined })} />
          </label>
        )}
        <button type="button" data-testid="detect-apply" onClick={() => onApply(draft)}>{tx(lang, 'apply')}</button>
        {table && (
          <label>
            <span>{tx(lang, 'level')}</span>
            <select data-testid="detect-level" value={level} onChange={(e) => onLevel(e.target.value as Level)}>
              {levels.map((l) => <option key={l} value={l}>{levelPlural(lang, l)}</option>)}
            </select>
          </label>
        )}
      </div>
    </section>
  );
}
