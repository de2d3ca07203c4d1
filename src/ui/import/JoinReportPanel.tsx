import type { Language } from '../../core/types';
import type { JoinPart, JoinSummary, KeyEntry } from '../../data/workspace/joinReport';
import { tx } from './importText';

export interface JoinReportPanelProps {
  report: JoinSummary;
  levelName: string;
  baseName: string;
  lang: Language;
  download: (fileName: string, text: string, mime: string) => void;
  /** The full list as CSV (computed where the rows are kept: the import worker). */
  csvOf: (part: JoinPart) => Promise<string>;
}

function KeyList({ entries, total }: { entries: readonly KeyEntry[]; total: number }) {
  const shown = entries.slice(0, 200);
  return (
    <ul className="join-list">
      {shown.map((e) => <li key={e.key}>{e.key} {e.name}{e.line > 0 ? ` (${e.line})` : ''}</li>)}
      {total > shown.length && <li>… +{total - shown.length}</li>}
    </ul>
  );
}

/** Matched, data without area, areas without data, duplicate keys: each listed and downloadable. */
export function JoinReportPanel({ report, levelName, baseName, lang, download, csvOf }: JoinReportPanelProps) {
  const button = (testId: string, name: string, part: JoinPart) => (
    <button type="button" className="link-button" data-testid={testId}
      onClick={() => void csvOf(part).then((text) => download(`${baseName}-${name}.csv`, text, 'text/csv'), () => undefined)}>{tx(lang, 'downloadCsv')}</button>
  );
  return (
    <section data-testid="join-report" className="join-report">
      <h3>{tx(lang, 'join', { level: levelName })}</h3>
      <details data-testid="join-matched" data-count={report.matched}>
        <summary>{tx(lang, 'matched', { n: report.matched, k: report.matchedKeys })}</summary>
        {button('download-matched', 'zugeordnet', 'matched')}
      </details>
      <details data-testid="join-without-area" data-count={report.withoutAreaCount} open={report.withoutAreaCount > 0 && report.withoutAreaCount <= 20}>
        <summary>{tx(lang, 'withoutArea', { n: report.withoutAreaCount })}</summary>
        <KeyList entries={report.withoutArea} total={report.withoutAreaCount} />
        {button('download-without-area', 'ohne-gebiet', 'withoutArea')}
      </details>
      <details data-testid="join-areas-without-data" data-count={report.areasWithoutDataCount}>
        <summary>{tx(lang, 'areasWithoutData', { n: report.areasWithoutDataCount })}</summary>
        <KeyList entries={report.areasWithoutData} total={report.areasWithoutDataCount} />
        {button('download-areas-without-data', 'gebiete-ohne-daten', 'areasWithoutData')}
      </details>
      <details data-testid="join-duplicates" data-count={report.duplicatesCount} open={report.duplicatesCount > 0}>
        <summary>{tx(lang, 'duplicates', { n: report.duplicatesCount })}</summary>
        <ul className="join-list">
          {report.duplicates.slice(0, 200).map((d) => (
            <li key={`${d.key}|${d.indicator}|${d.period}`}>{d.key} · {d.indicator} · {d.period}: {tx(lang, 'line', { n: d.lines.join(', ') })}</li>
          ))}
        </ul>
        {report.duplicatesCount > 0 && <p>{tx(lang, 'duplicatesBlock')}</p>}
        {button('download-duplicates', 'doppelt', 'duplicates')}
      </details>
      <p className="muted">{tx(lang, 'aggregates', { n: report.aggregates })}</p>
      {report.matched === 0 && <p role="alert" style={{ color: '#a40000' }}>{tx(lang, 'nothingMatched')}</p>}
    </section>
  );
}
