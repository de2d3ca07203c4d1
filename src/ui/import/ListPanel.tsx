import { useState } from 'react';
import type { Language } from '../../core/types';
import { isCrsQuestion, type AnalysedList } from '../../data/import/lists/fileContents';
import { listDataset } from '../../data/workspace/listDataset';
import type { WorkspaceController } from '../../data/workspace/workspace';
import { ax } from './areaText';
import { refusalText } from './changeText';
import { CrsQuestion } from './CrsQuestion';
import { listCount, lx } from './listText';

export interface ListPanelProps {
  list: AnalysedList;
  fileName: string;
  format: string;
  lang: Language;
  workspace: WorkspaceController;
  /** Re-reads the file with the confirmed coordinate system (`EPSG:25832`, `swap-axes`). */
  onConfirmCrs: (crs: string) => void;
  /** Re-reads a programme-area list giving this programme to areas that name none. */
  onDefaultProgramme: (programme: string) => void;
  onSaved: () => Promise<void>;
}

type Save = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; text: string } | { kind: 'failed'; text: string };

const PREVIEW = 10;

/**
 * A member-project or programme-area list → the workspace: CRS asked and confirmed, the rows shown as
 * they will be loaded (WGS 84), then saved like a dataset (survives a reload, removable). Projects and
 * programme areas then appear on the map, in profiles and in the coverage analysis.
 */
export function ListPanel({ list, fileName, format, lang, workspace, onConfirmCrs, onDefaultProgramme, onSaved }: ListPanelProps) {
  const [name, setName] = useState(fileName.replace(/\.[^.]*$/, ''));
  const [programme, setProgramme] = useState('');
  const [save, setSave] = useState<Save>({ kind: 'idle' });
  const { result } = list;
  const projects = list.kind === 'projects';
  const missingProgramme = !projects && result.problems.some((p) => p.code === 'missing_property' && p.column === 'programme');
  const hasErrors = result.problems.some((p) => !isCrsQuestion(p));
  const canSave = result.rows.length > 0 && !hasErrors && !result.crs.needsConfirmation && name.trim() !== '' && save.kind !== 'busy' && save.kind !== 'done';

  const saveList = async () => {
    setSave({ kind: 'busy' });
    const dataset = listDataset(`${projects ? 'projects' : 'programme'}-${Date.now().toString(36)}`, name.trim(), list, {
      fileName, format, tableCode: null, title: name.trim(), referenceDates: [], licence: null, stand: null, level: null,
      importedAt: new Date().toISOString(),
    });
    const outcome = await workspace.add(dataset);
    if (!outcome.ok) {
      setSave({ kind: 'failed', text: refusalText(outcome, lang) });
      return;
    }
    await onSaved();
    const done = lx(lang, 'saved', { name: dataset.name, ...listCount(lang, list.kind, result.rows.length) });
    setSave({ kind: 'done', text: outcome.warning ? `${done} ${outcome.warning[lang]}` : done });
  };

  return (
    <section data-testid="import-list" data-kind={list.kind} className="import-areas">
      <h3>{lx(lang, projects ? 'projectsTitle' : 'programmeTitle')}</h3>
      {result.crs.needsConfirmation && (
        <>
          <h4>{ax(lang, 'crs')}</h4>
          <CrsQuestion candidates={result.crs.candidates} swapped={result.crs.swapped ?? false} lang={lang} idPrefix="list" onConfirm={onConfirmCrs} />
        </>
      )}
      {missingProgramme && (
        <p>
          <label>
            <span>{lx(lang, 'defaultProgramme')} </span>
            <input data-testid="list-programme" value={programme} size={40} onChange={(e) => setProgramme(e.target.value)} />
          </label>{' '}
          <button type="button" data-testid="list-programme-apply" disabled={programme.trim() === ''} onClick={() => onDefaultProgramme(programme.trim())}>
            {lx(lang, 'applyProgramme')}
          </button>
        </p>
      )}
      {result.rows.length > 0 && (
        <>
          <p data-testid="list-count" role="status">{lx(lang, 'found', listCount(lang, list.kind, result.rows.length))}</p>
          {result.rows.length > PREVIEW && <p className="muted">{lx(lang, 'shownFirst', { n: PREVIEW, total: result.rows.length })}</p>}
          <table data-testid="list-preview" className="import-preview">
            <thead>
              <tr>
                {(projects ? ['id', 'name', 'type', 'foundedYear', 'lon', 'lat'] as const : ['id', 'name', 'programme', 'startYear', 'areaKey'] as const)
                  .map((k) => <th key={k} scope="col">{lx(lang, k)}</th>)}
              </tr>
            </thead>
            <tbody>
              {list.kind === 'projects'
                ? list.result.rows.slice(0, PREVIEW).map((p) => (
                  <tr key={p.id}>
                    <td>{p.id}</td><td>{p.name}</td><td>{p.type}</td><td>{p.foundedYear ?? ''}</td>
                    <td>{p.lon.toLocaleString(lang === 'de' ? 'de-DE' : 'en-GB', { maximumFractionDigits: 5 })}</td>
                    <td>{p.lat.toLocaleString(lang === 'de' ? 'de-DE' : 'en-GB', { maximumFractionDigits: 5 })}</td>
                  </tr>
                ))
                : list.result.rows.slice(0, PREVIEW).map((a) => (
                  <tr key={a.id}>
                    <td>{a.id}</td><td>{a.name}</td><td>{a.programme}</td><td>{a.startYear ?? ''}</td><td>{a.areaKey ?? ''}</td>
                  </tr>
                ))}
            </tbody>
          </table>
        </>
      )}
      <p>
        <label>
          <span>{lx(lang, 'listName')} </span>
          <input data-testid="list-name" value={name} size={40} onChange={(e) => setName(e.target.value)} />
        </label>{' '}
        <button type="button" data-testid="list-save" disabled={!canSave} onClick={() => void saveList()}>
          {save.kind === 'busy' ? lx(lang, 'saving') : lx(lang, 'save')}
        </button>
      </p>
      {save.kind === 'done' && <p data-testid="list-saved" role="status">{save.text}</p>}
      {save.kind === 'failed' && <p data-testid="list-failed" role="alert">{save.text}</p>}
    </section>
  );
}
