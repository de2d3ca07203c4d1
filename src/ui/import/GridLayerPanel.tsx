import { useMemo, useState } from 'react';
import type { Language, Level } from '../../core/types';
import type { KnownArea } from '../../data/workspace/joinReport';
import type { NormalisedRow, TableImport } from '../../data/import/normalised';
import { gridAreas, gridKnownAreas } from '../../data/import/zensus/gridLayer';
import { MAX_GRID_CELLS, type ZensusGridImport } from '../../data/import/zensus/zensusGrid';
import type { WorkspaceController } from '../../data/workspace/workspace';
import type { AtlasMeta } from '../meta';
import { ax } from './areaText';
import { buildSavedDataset, initialMapping } from './mapping';
import { refusalText } from './changeText';

export interface GridLayerPanelProps {
  grid: Pick<ZensusGridImport, 'cells' | 'cellSize' | 'cellCount'>;
  table: TableImport;
  fileName: string;
  meta: AtlasMeta;
  lang: Language;
  workspace: WorkspaceController;
  /** All rows of the given source indicators whose key is one of `areas` (asked where the rows are kept). */
  matchRows: (areas: KnownArea[], sources: string[]) => Promise<NormalisedRow[]>;
  onSaved: () => Promise<void>;
  onShow: (indicatorId: string, level: Level) => void;
}

type Save = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; text: string; indicatorId: string } | { kind: 'failed'; text: string };

/** A Zensus grid table → its cells as the map level `grid` with their values, in one dataset (removable). */
export function GridLayerPanel({ grid, table, fileName, meta, lang, workspace, matchRows, onSaved, onShow }: GridLayerPanelProps) {
  const [name, setName] = useState(`Zensus 2022 – ${fileName.replace(/\.[^.]*$/, '')}`);
  const [save, setSave] = useState<Save>({ kind: 'idle' });
  const tooMany = grid.cellCount > MAX_GRID_CELLS;
  const loadedIds = useMemo(() => meta.indicators.map((i) => i.id), [meta.indicators]);

  const saveGrid = async () => {
    setSave({ kind: 'busy' });
    try {
      const existing = new Set(meta.areas.map((a) => a.key));
      const mapping = initialMapping(table.indicators, loadedIds).map((e) => ({ ...e, unit: e.unit || 'Anzahl' }));
      const rows = await matchRows(gridKnownAreas(grid.cells), mapping.map((e) => e.source));
      const dataset = {
        ...buildSavedDataset(`grid-${Date.now().toString(36)}`, name.trim(), {
          fileName, format: 'zensus-grid', tableCode: table.provenance.tableCode, title: table.provenance.title,
          referenceDates: table.provenance.referenceDates, licence: table.provenance.licence, stand: table.provenance.stand,
          level: 'grid', importedAt: new Date().toISOString(),
        }, mapping, rows),
        areas: gridAreas(grid.cells, existing),
      };
      const outcome = await workspace.add(dataset);
      if (!outcome.ok) {
        setSave({ kind: 'failed', text: refusalText(outcome, lang) });
        return;
      }
      await onSaved();
      const text = ax(lang, 'gridSaved', { name: dataset.name, n: dataset.areas.length, k: dataset.indicators.length });
      setSave({ kind: 'done', text: outcome.warning ? `${text} ${outcome.warning[lang]}` : text, indicatorId: dataset.indicators[0]?.id ?? '' });
    } catch (error) {
      setSave({ kind: 'failed', text: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <section data-testid="import-grid" className="import-areas">
      <h3>{ax(lang, 'gridTitle')}</h3>
      <p data-testid="grid-cells">{ax(lang, 'gridCells', { n: grid.cellCount.toLocaleString(lang === 'de' ? 'de-DE' : 'en-GB'), size: grid.cellSize ?? '?' })}</p>
      {tooMany ? (
        <p data-testid="grid-too-many" role="alert">
          {ax(lang, 'gridTooMany', { n: grid.cellCount.toLocaleString(lang === 'de' ? 'de-DE' : 'en-GB'), max: MAX_GRID_CELLS.toLocaleString(lang === 'de' ? 'de-DE' : 'en-GB') })}
        </p>
      ) : (
        <p>
          <label>
            <span>{ax(lang, 'layerName')} </span>
            <input data-testid="grid-name" value={name} size={40} onChange={(e) => setName(e.target.value)} />
          </label>{' '}
          <button type="button" data-testid="grid-save" disabled={name.trim() === '' || grid.cells.length === 0 || save.kind === 'busy' || save.kind === 'done'}
            onClick={() => void saveGrid()}>
            {save.kind === 'busy' ? ax(lang, 'saving') : ax(lang, 'gridSave')}
          </button>
        </p>
      )}
      {save.kind === 'done' && (
        <p data-testid="grid-saved" role="status">
          {save.text}{' '}
          {save.indicatorId && (
            <button type="button" data-testid="grid-show-map" onClick={() => onShow(save.indicatorId, 'grid')}>{ax(lang, 'showGrid')}</button>
          )}
        </p>
      )}
      {save.kind === 'failed' && <p data-testid="grid-failed" role="alert">{save.text}</p>}
    </section>
  );
}
