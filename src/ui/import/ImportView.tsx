import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Language, Level } from '../../core/types';
import { allProblems, type AnalysedFile } from '../../data/import/detect/importTable';
import type { AnalysedPreview } from '../../data/import/worker/protocol';
import { hasErrors } from '../../data/import/normalised';
import { MAX_IMPORT_BYTES } from '../../data/import/worker/protocol';
import { runImport, type ImportProgress, type ImportSessionHandle } from '../../data/import/worker/runImport';
import type { JoinSummary } from '../../data/workspace/joinReport';
import type { WorkspaceController } from '../../data/workspace/workspace';
import { levelPlural } from '../i18n';
import type { AtlasMeta } from '../meta';
import { AreaLayerPanel } from './AreaLayerPanel';
import { DatasetList } from './DatasetList';
import { GridLayerPanel } from './GridLayerPanel';
import { DetectionPanel, type DetectionOverrides } from './DetectionPanel';
import { browserDownload } from './download';
import { tx } from './importText';
import { JoinReportPanel } from './JoinReportPanel';
import { buildSavedDataset, initialMapping, mappingIssues, type MappingEntry } from './mapping';
import { MappingPanel } from './MappingPanel';
import { PreviewTable } from './PreviewTable';
import { ContentsChoice } from './ContentsChoice';
import { ListPanel } from './ListPanel';
import { ProblemList } from './ProblemList';

type Run =
  | { kind: 'idle' }
  | { kind: 'running'; progress: ImportProgress | null; cancel: () => void }
  | { kind: 'cancelled' }
  | { kind: 'failed'; message: string }
  | { kind: 'analysed'; result: AnalysedPreview; session: ImportSessionHandle };

type Confirm =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'done'; name: string; indicatorId: string; level: Level; rows: number; indicators: number; warning: string | null }
  | { kind: 'failed'; result: AnalysedFile['problems'] };

export interface ImportViewProps {
  workspace: WorkspaceController;
  meta: AtlasMeta;
  lang: Language;
  /** Re-reads the workspace's indicators and areas after a change. */
  onWorkspaceChange: () => Promise<void>;
  onShow: (indicatorId: string, level: Level) => void;
  download?: (fileName: string, text: string, mime: string) => void;
}

const mb = (bytes: number) => (bytes / 1_048_576).toFixed(1);

/** The import wizard: file → detection → preview → mapping → join report → confirm; and the datasets. */
export function ImportView({ workspace, meta, lang, onWorkspaceChange, onShow, download = browserDownload }: ImportViewProps) {
  const [file, setFile] = useState<File | null>(null);
  const [overrides, setOverrides] = useState<DetectionOverrides>({});
  const [run, setRun] = useState<Run>({ kind: 'idle' });
  const [level, setLevel] = useState<Level>(meta.levels.includes('kreis') ? 'kreis' : (meta.levels[0] ?? 'gemeinde'));
  const [mapping, setMapping] = useState<MappingEntry[]>([]);
  const [name, setName] = useState('');
  const [confirm, setConfirm] = useState<Confirm>({ kind: 'idle' });
  const [dragging, setDragging] = useState(false);
  const current = useRef<{ cancel: () => void } | null>(null);
  // The worker holding the analysed rows; closed when another file is analysed or the view goes.
  const session = useRef<ImportSessionHandle | null>(null);
  const [report, setReport] = useState<JoinSummary | null>(null);
  const loadedIds = useMemo(() => meta.indicators.map((i) => i.id), [meta]);

  useEffect(() => () => {
    current.current?.cancel();
    session.current?.close();
  }, []);

  const analyse = useCallback((chosen: File, options: DetectionOverrides) => {
    current.current?.cancel();
    session.current?.close();
    session.current = null;
    setReport(null);
    setConfirm({ kind: 'idle' });
    const running = runImport(chosen, options, (progress) =>
      setRun((r) => (r.kind === 'running' ? { ...r, progress } : r)));
    current.current = running;
    setRun({ kind: 'running', progress: null, cancel: running.cancel });
    running.result.then(
      (outcome) => {
        if (current.current !== running) return;
        current.current = null;
        if (outcome.kind === 'cancelled') {
          setRun({ kind: 'cancelled' });
          return;
        }
        session.current = outcome.session;
        const table = outcome.file.table;
        if (table) {
          setMapping(initialMapping(table.indicators, loadedIds));
          if (table.level && meta.levels.includes(table.level as Level)) setLevel(table.level as Level);
          setName(table.provenance.title?.slice(0, 80) || chosen.name);
        }
        setRun({ kind: 'analysed', result: outcome.file, session: outcome.session });
      },
      (error: unknown) => {
        if (current.current !== running) return;
        current.current = null;
        setRun({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
      },
    );
  }, [loadedIds, meta.levels]);

  const choose = (chosen: File | undefined) => {
    if (!chosen) return;
    setFile(chosen);
    setOverrides({});
    analyse(chosen, {});
  };

  const result = run.kind === 'analysed' ? run.result : null;
  const problems = result ? allProblems(result) : [];
  const rejected = result !== null && (result.table === null || hasErrors(problems));
  const table = rejected ? null : (result?.table ?? null);
  const active = run.kind === 'analysed' ? run.session : null;
  useEffect(() => {
    if (!table || !active) return;
    let live = true;
    active.report(level, meta.areas).then((r) => { if (live) setReport(r); }, () => undefined);
    return () => { live = false; };
  }, [table, active, meta.areas, level]);
  const joined = report && report.level === level ? report : null;
  const issues = table ? mappingIssues(mapping, loadedIds) : [];
  const canConfirm = !!table && !!joined && joined.matched > 0 && joined.duplicatesCount === 0 && issues.length === 0 && name.trim() !== '' && confirm.kind !== 'busy';

  const confirmImport = async () => {
    if (!table || !joined || !file || !active) return;
    setConfirm({ kind: 'busy' });
    let matched;
    try {
      matched = await active.matched(level, meta.areas, mapping.filter((e) => e.include).map((e) => e.source));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      setConfirm({ kind: 'failed', result: [{ severity: 'error', code: 'worker', file: file.name, de: message, en: message, todoDe: 'Datei erneut wählen.', todoEn: 'Choose the file again.' }] });
      return;
    }
    const id = `user-${Date.now().toString(36)}`;
    const dataset = buildSavedDataset(id, name.trim(), {
      fileName: table.provenance.fileName, format: table.format, tableCode: table.provenance.tableCode, title: table.provenance.title,
      referenceDates: table.provenance.referenceDates, licence: table.provenance.licence, stand: table.provenance.stand,
      level, importedAt: new Date().toISOString(),
    }, mapping, matched);
    const outcome = await workspace.add(dataset);
    if (!outcome.ok) {
      setConfirm({
        kind: 'failed',
        result: outcome.problems.length > 0
          ? outcome.problems.map((p) => ({ severity: 'error' as const, code: p.code, file: p.file, line: p.line ?? undefined, column: p.column ?? undefined, de: p.messageDe, en: p.messageEn, todoDe: p.hintDe, todoEn: p.hintEn }))
          : [{ severity: 'error', code: 'workspace', file: file.name, de: outcome.message?.de ?? '', en: outcome.message?.en ?? '', todoDe: '', todoEn: '' }],
      });
      return;
    }
    await onWorkspaceChange();
    setConfirm({
      kind: 'done', name: dataset.name, indicatorId: dataset.indicators[0]?.id ?? dataset.extends?.[0] ?? '', level, rows: dataset.rows.length,
      indicators: dataset.indicators.length + (dataset.extends?.length ?? 0), warning: outcome.warning?.[lang] ?? null,
    });
    session.current?.close();
    session.current = null;
    setRun({ kind: 'idle' });
  };

  return (
    <section data-testid="import" className="import-view">
      <h2>{tx(lang, 'title')}</h2>
      <p>{tx(lang, 'intro')} {tx(lang, 'sizeLimit', { mb: Math.round(MAX_IMPORT_BYTES / 1_048_576) })}</p>
      <div data-testid="import-drop" className="import-drop"
        style={{ border: `2px dashed ${dragging ? '#1a5fb4' : '#999'}`, padding: '1rem', borderRadius: '6px' }}
        onDragOver={(e) => { e.preventDefault(); setDragging(true); }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => { e.preventDefault(); setDragging(false); choose(e.dataTransfer.files[0]); }}>
        <label>
          <span>{tx(lang, 'pick')}: </span>
          <input type="file" data-testid="import-file" accept=".csv,.txt,.zip,.xlsx,.json,.geojson,text/csv"
            onChange={(e) => { choose(e.target.files?.[0]); e.target.value = ''; }} />
        </label>
        <span className="muted"> {tx(lang, 'drop')}</span>
      </div>

      {run.kind === 'running' && (
        <div data-testid="import-running" role="status" aria-live="polite">
          <button type="button" data-testid="import-cancel" onClick={run.cancel}>{tx(lang, 'cancel')}</button>{' '}
          <progress data-testid="import-progress" max={run.progress?.total || 1} data-rows={run.progress?.rows ?? 0}
            value={run.progress ? (run.progress.phase === 'parsing' && !run.progress.rows ? undefined : run.progress.loaded) : 0} />
          <span> {run.progress?.phase === 'parsing'
            ? (run.progress.rows ? tx(lang, 'parsingRows', { rows: run.progress.rows.toLocaleString(lang === 'de' ? 'de-DE' : 'en-GB') }) : tx(lang, 'parsing'))
            : tx(lang, 'reading', { loaded: mb(run.progress?.loaded ?? 0), total: mb(file?.size ?? 0) })}</span>
        </div>
      )}
      {run.kind === 'cancelled' && <p data-testid="import-cancelled" role="status">{tx(lang, 'cancelled')}</p>}
      {run.kind === 'failed' && <p data-testid="import-failed" role="alert">{tx(lang, 'failed', { message: run.message })}</p>}
      {confirm.kind === 'done' && (
        <p data-testid="import-result" role="status">
          {tx(lang, 'loaded', { name: confirm.name, n: confirm.rows, k: confirm.indicators })}{' '}
          {confirm.warning && <strong>{confirm.warning} </strong>}
          <button type="button" data-testid="import-show-map" onClick={() => onShow(confirm.indicatorId, confirm.level)}>{tx(lang, 'showOnMap')}</button>
        </p>
      )}

      {result && rejected && hasErrors(problems) && (
        <p data-testid="import-rejected" role="alert" style={{ color: '#a40000' }}>{tx(lang, 'rejected', { file: file?.name ?? '' })}</p>
      )}
      {result && file && (
        <ContentsChoice format={result.format} contents={result.contents ?? 'table'} lang={lang}
          onChange={(contents) => { const next = { ...overrides, contents, confirmCrs: undefined }; setOverrides(next); analyse(file, next); }} />
      )}
      {result && result.table === null && !result.geo && !result.list && !hasErrors(problems) && (
        <p data-testid="import-unsupported" role="status">{tx(lang, 'unsupported', { file: file?.name ?? '', format: result.format })}</p>
      )}
      {result && <ProblemList problems={problems} lang={lang} />}
      {result?.list && file && (
        <ListPanel key={`${file.name}|${JSON.stringify(overrides)}`} list={result.list} fileName={file.name} format={result.format} lang={lang} workspace={workspace}
          onConfirmCrs={(crs) => { const next = { ...overrides, confirmCrs: crs }; setOverrides(next); analyse(file, next); }}
          onDefaultProgramme={(programme) => { const next = { ...overrides, defaultProgramme: programme }; setOverrides(next); analyse(file, next); }}
          onSaved={onWorkspaceChange} />
      )}
      {result?.geo && file && (result.contents ?? 'areas') === 'areas' && result.geo.features.length > 0 && (
        <AreaLayerPanel key={`${file.name}|${overrides.confirmCrs ?? ''}`} geo={result.geo} fileName={file.name} meta={meta} lang={lang} workspace={workspace}
          onConfirmCrs={(crs) => { const next = { ...overrides, confirmCrs: crs }; setOverrides(next); analyse(file, next); }}
          onSaved={onWorkspaceChange} />
      )}
      {result?.grid && result.table && file && active && (
        <GridLayerPanel key={`${file.name}|${JSON.stringify(overrides)}`} grid={result.grid} table={result.table} fileName={file.name} meta={meta} lang={lang}
          workspace={workspace} matchRows={(areas, sources) => active.matched('grid', areas, sources)} onSaved={onWorkspaceChange} onShow={onShow} />
      )}
      {result && !table && !result.geo && !result.list && file && (
        <DetectionPanel key={`${file.name}|${JSON.stringify(overrides)}|rejected`} file={result} overrides={overrides} level={level}
          levels={meta.levels} lang={lang} onLevel={setLevel}
          onApply={(next) => { setOverrides(next); analyse(file, next); }} />
      )}

      {result && table && file && (
        <>
          <DetectionPanel key={`${file.name}|${JSON.stringify(overrides)}`} file={result} overrides={overrides} level={level}
            levels={meta.levels} lang={lang} onLevel={setLevel}
            onApply={(next) => { setOverrides(next); analyse(file, next); }} />
          <PreviewTable rows={table.rows} total={table.rowCount} lang={lang} />
          <MappingPanel entries={mapping} issues={issues} lang={lang} onChange={setMapping} loaded={meta.indicators}
            needsPopulation={meta.indicatorById.has('population') && (level === 'quartier' || level === 'grid')} />
          {joined && active && (
            <JoinReportPanel report={joined} levelName={levelPlural(lang, level)} baseName={file.name.replace(/\.[^.]*$/, '')} lang={lang} download={download}
              csvOf={(part) => active.csv(level, meta.areas, part)} />
          )}
          <p className="import-confirm">
            <label>
              <span>{tx(lang, 'name')} </span>
              <input data-testid="import-name" value={name} size={50} onChange={(e) => setName(e.target.value)} />
            </label>{' '}
            <button type="button" data-testid="import-confirm" disabled={!canConfirm} onClick={() => void confirmImport()}>
              {confirm.kind === 'busy' ? tx(lang, 'importing') : tx(lang, 'confirm')}
            </button>
          </p>
          {confirm.kind === 'failed' && <ProblemList problems={confirm.result} lang={lang} />}
        </>
      )}

      <DatasetList workspace={workspace} lang={lang} onChanged={onWorkspaceChange} />
    </section>
  );
}
