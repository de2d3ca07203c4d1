import { useEffect, useState } from 'react';
import type { AtlasData } from '../../data/atlas';
import type { Language } from '../../core/types';
import { buildReportModel, collectReportInput, renderPdf, reportFileName, type ReportModel } from '../../report/index';
import { ChooseArea } from '../ChooseArea';
import { t } from '../i18n';
import { ReportDocument } from '../report/ReportDocument';

type ReportState = { kind: 'loading' } | { kind: 'ready'; model: ReportModel } | { kind: 'error'; message: string };

/** Offers a PDF of bytes the browser made itself: a Blob and a temporary <a download>, no server. */
export function downloadBytes(bytes: Uint8Array, fileName: string, type: string): void {
  const blob = new Blob([bytes as BlobPart], { type });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export interface ReportViewProps {
  atlas: AtlasData;
  areaKey: string | null;
  year: string;
  indicatorId: string;
  lang: Language;
  /** The map's class bounds, when the map shows the report area's level: the report reuses them. */
  breaks?: number[];
}

export function ReportView(props: ReportViewProps) {
  const { atlas, areaKey, year, indicatorId, lang, breaks } = props;
  const [state, setState] = useState<ReportState>({ kind: 'loading' });
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!areaKey) return;
    let live = true;
    setState({ kind: 'loading' });
    collectReportInput(atlas, areaKey, year, new Date(), indicatorId)
      .then((input) => buildReportModel(input, { lang, mapIndicator: indicatorId, breaks }))
      .then(
        (model) => live && setState({ kind: 'ready', model }),
        (error: unknown) => {
          console.error(error);
          if (live) setState({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
        },
      );
    return () => {
      live = false;
    };
  }, [atlas, areaKey, year, indicatorId, lang, breaks]);

  if (!areaKey) return <ChooseArea lang={lang} testId="report" />;
  if (state.kind === 'error') {
    return (
      <div data-testid="report" className="panel" role="alert">
        <p>{t(lang, 'reportError')}</p>
        <pre className="small">{state.message}</pre>
      </div>
    );
  }
  if (state.kind === 'loading') return <div data-testid="report" className="panel" aria-busy="true">{t(lang, 'reportBuilding')}</div>;

  const model = state.model;
  const download = () => {
    setBusy(true);
    // Let the busy state paint before the (synchronous) PDF rendering.
    window.setTimeout(() => {
      try {
        downloadBytes(renderPdf(model), reportFileName(model.area.key, model.period, 'pdf'), 'application/pdf');
      } catch (error) {
        console.error(error);
        setState({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
      } finally {
        setBusy(false);
      }
    }, 30);
  };
  return (
    <div className="report-view">
      <div className="report-toolbar no-print">
        <button type="button" data-testid="download-pdf" onClick={download} disabled={busy} aria-busy={busy}>
          {busy ? t(lang, 'downloadPdfBusy') : t(lang, 'downloadPdf')}
        </button>
        <button type="button" onClick={() => window.print()}>{t(lang, 'print')}</button>
      </div>
      <div data-testid="report" className="report-paper">
        <ReportDocument model={model} />
      </div>
    </div>
  );
}
