import { useState, useSyncExternalStore } from 'react';
import type { Language } from '../../core/types';
import type { WorkspaceChange, WorkspaceController } from '../../data/workspace/workspace';
import { ax } from './areaText';
import { listCount, lx } from './listText';
import { tx } from './importText';
import { refusalText } from './changeText';

export interface DatasetListProps {
  workspace: WorkspaceController;
  lang: Language;
  onChanged: () => Promise<void> | void;
}

/** "Datensätze": the user's own datasets, renamed or removed; the whole workspace exported or imported. */
export function DatasetList({ workspace, lang, onChanged }: DatasetListProps) {
  const datasets = useSyncExternalStore(workspace.subscribe, workspace.list);
  const [names, setNames] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async (work: () => Promise<WorkspaceChange>, success?: string) => {
    setBusy(true);
    try {
      const outcome = await work();
      if (outcome.ok) {
        await onChanged();
        setMessage(outcome.warning ? outcome.warning[lang] : (success ?? null));
      } else {
        setMessage(refusalText(outcome, lang));
      }
    } finally {
      setBusy(false);
    }
  };

  const importWorkspace = async (file: File | undefined) => {
    if (!file) return;
    const text = await file.text();
    await run(() => workspace.importFile(text), tx(lang, 'workspaceImported'));
  };

  return (
    <section data-testid="dataset-list" className="dataset-list" aria-busy={busy}>
      <h3>{tx(lang, 'datasets')}</h3>
      {datasets.length === 0 && <p className="muted">{tx(lang, 'noDatasets')}</p>}
      <ul>
        {datasets.map((d) => (
          <li key={d.id} data-testid="dataset-item" data-id={d.id}>
            <input data-testid="dataset-name" aria-label={tx(lang, 'name')} value={names[d.id] ?? d.name}
              onChange={(e) => setNames({ ...names, [d.id]: e.target.value })} />
            <button type="button" data-testid="dataset-rename" disabled={busy}
              onClick={() => run(() => workspace.rename(d.id, names[d.id] ?? d.name), tx(lang, 'renamed', { name: (names[d.id] ?? d.name).trim() }))}>
              {tx(lang, 'rename')}
            </button>
            <button type="button" data-testid="dataset-remove" disabled={busy}
              onClick={() => run(() => workspace.remove(d.id), tx(lang, 'removed'))}>{tx(lang, 'remove')}</button>
            <span className="muted"> {d.fileName}{d.rows > 0 || d.areas + d.projects + d.programmeAreas === 0 ? ` · ${tx(lang, 'rows', { n: d.rows })}` : ''}
              {d.areas > 0 ? ` · ${ax(lang, 'areasCount', { n: d.areas })}` : ''}
              {d.projects > 0 ? ` · ${lx(lang, 'count', listCount(lang, 'projects', d.projects))}` : ''}{d.programmeAreas > 0 ? ` · ${lx(lang, 'count', listCount(lang, 'programme-areas', d.programmeAreas))}` : ''}</span>
          </li>
        ))}
      </ul>
      <p>
        <button type="button" data-testid="workspace-export" onClick={() => workspace.exportFile()}>{tx(lang, 'exportWorkspace')}</button>{' '}
        <label>
          <span>{tx(lang, 'importWorkspace')} </span>
          <input type="file" accept=".json,application/json" data-testid="workspace-import"
            onChange={(e) => { void importWorkspace(e.target.files?.[0]); e.target.value = ''; }} />
        </label>
      </p>
      {message && <p data-testid="dataset-message" role="status">{message}</p>}
    </section>
  );
}
