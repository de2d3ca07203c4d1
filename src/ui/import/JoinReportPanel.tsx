import type { Language } from '../../core/types';
import { duplicatesCsv, keyListCsv, matchedCsv, type JoinReport, type KeyEntry } from '../../data/workspace/joinReport';
import { tx } from './importText';

export interface JoinReportPanelProps {
  report: JoinReport;
  levelName: string;
  baseName: string;
  lang: Language;
  download: (fileName: string, text: string, mime: string) => void;
}

function KeyList({ entries }: { entries: readonly KeyEntry[] }) {
  const shown = entries.slice(0, 200);
  return (
    <ul className="join-list">
      {shown.map((e) => <li key={e.key}>{e.key} {e.name}{e.line > 0 ? ` (${e.line})` : ''}</li>)}
      {entries.length > shown.length && <li>… +{entries.length - shown.length}</li>}
    </ul>
  );
}

/** Matched, data without area, areas without data, duplicate keys: each listed and downloadable. */
export function JoinReportPanel({ report, levelName, baseName, lang, download }: JoinReportPanelProps) {
  const csv = (part: string, text: string) => download(`${baseName}-${part}.csv`, text, 'text/csv');
  const button = (testId: string, part: string, text: string) => (
    <button type="button" className="link-button" data-testid={testId} onClick={() => csv(part, text)}>{tx(lang, 'downloadCsv')}</button>
  );
  return (
    <section data-testid="join-report" className="join-report">
      <h3>{tx(lang, 'join', { level: levelName })}</h3>
      <details data-testid="join-matched" data-count={report.matched.length}>
        <summary>{tx(lang, 'matched', { n: report.matched.length, k: report.matchedKeys })}</summary>
        {button('download-matched', 'zugeordnet', matchedCsv(report))}
      </details>
      <details data-testid="join-without-area" data-count={report.withoutArea.length} open={report.withoutArea.length > 0 && report.withoutArea.length <= 20}>
        <summary>{tx(lang, 'withoutArea', { n: report.withoutArea.length })}</summary>
        <KeyList entries={report.withoutArea} />
        {button('download-without-area', 'ohne-gebiet', keyListCsv(report.withoutArea))}
      </details>
      <details data-testid="join-areas-without-data" data-count={report.areasWithoutData.length}>
        <summary>{tx(lang, 'areasWithoutData', { n: report.areasWithoutData.length })}</summary>
        <KeyList entries={report.areasWithoutData} />
        {button('download-areas-without-data', 'gebiete-ohne-daten', keyListCsv(report.areasWithoutData))}
      </details>
      <details data-testid="join-duplicates" data-count={report.duplicates.length} open={report.duplicates.length > 0}>
        <summary>{tx(lang, 'duplicates', { n: report.duplicates.length })}</summary>
        <ul className="join-list">
          {report.duplicates.slice(0, 200).map((d) => (
            <li key={`${d.key}|${d.indicator}|${d.period}`}>{d.key} · {d.indicator} · {d.period}: {tx(lang, 'line', { n: d.lines.join(', ') })}</li>
          ))}
        </ul>
        {report.duplicates.length > 0 && <p>{tx(lang, 'duplicatesBlock')}</p>}
        {button('download-duplicates', 'doppelt', duplicatesCsv(report.duplicates))}
      </details>
      <p className="muted">{tx(lang, 'aggregates', { n: report.aggregates })}</p>
      {report.matched.length === 0 && <p role="alert" style={{ color: '#a40000' }}>{tx(lang, 'nothingMatched')}</p>}
    </section>
  );
}
