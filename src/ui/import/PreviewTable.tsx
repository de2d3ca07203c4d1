import { statusLabel } from '../../core/format';
import type { Language, Status } from '../../core/types';
import type { NormalisedRow } from '../../data/import/normalised';
import { tx } from './importText';

/** Background per status, so that symbols stand out; the status is also written as text. */
const STATUS_COLOUR: Record<Status, string> = {
  ok: 'transparent', zero: '#e8f0fe', lt_half: '#e8f0fe', limited: '#fff4ce', secret: '#fde2e1', unreliable: '#fff4ce',
  blocked: '#fde2e1', not_yet: '#eeeeee', suppressed: '#fde2e1', missing: '#eeeeee',
};

const PREVIEW_ROWS = 30;

/** The first rows of the analysed table; `total` counts all of them (most stay in the import worker). */
export function PreviewTable({ rows, total = rows.length, lang }: { rows: readonly NormalisedRow[]; total?: number; lang: Language }) {
  const shown = rows.slice(0, PREVIEW_ROWS);
  const number = new Intl.NumberFormat(lang === 'de' ? 'de-DE' : 'en-GB', { maximumFractionDigits: 3 });
  return (
    <section className="import-preview">
      <h3 id="import-preview-title">{tx(lang, 'preview', { n: shown.length, total })}</h3>
      {/* A scrolling region is reachable by keyboard (Tab, then arrow keys scroll it). */}
      <div style={{ overflowX: 'auto', maxHeight: '18rem' }} tabIndex={0} role="region" aria-labelledby="import-preview-title">
        <table data-testid="import-preview">
          <thead>
            <tr>
              <th>{tx(lang, 'areaKey')}</th><th>{tx(lang, 'areaName')}</th><th>{tx(lang, 'indicator')}</th>
              <th>{tx(lang, 'periodCol')}</th><th>{tx(lang, 'value')}</th><th>{tx(lang, 'status')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((row, i) => (
              <tr key={i} data-testid="preview-row" data-status={row.status} style={{ background: STATUS_COLOUR[row.status] }}>
                <td>{row.areaKey}</td>
                <td>{row.areaName}{row.aggregate ? ` (${tx(lang, 'aggregate')})` : ''}</td>
                <td>{row.label}</td>
                <td>{row.period}</td>
                <td style={{ textAlign: 'right' }}>{row.value === null ? '' : number.format(row.value)}</td>
                <td>{row.status === 'ok' ? '' : statusLabel(row.status, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
