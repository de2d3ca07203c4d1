import type { Connector } from '../connector';
import type { ImportProblem } from '../import/problem';
import {
  emptyWorkspace, readWorkspace, serialiseWorkspace, workspaceErrorText, WORKSPACE_FILE_NAME,
  type SavedDataset, type WorkspaceDocument,
} from './format';
import { StorageQuotaError, type WorkspaceStorage } from './storage';
import { writeSavedDataset } from './writeSavedDataset';
import { deleteDataset, renameDataset } from './writeDataset';

/** Saves a file for the user (browser: Blob + <a download>; tests: a recorder). */
export type Download = (fileName: string, text: string, mime: string) => void;

export type Bilingual = { de: string; en: string };

export type WorkspaceChange =
  | { ok: true; warning: Bilingual | null }
  | { ok: false; problems: ImportProblem[]; message: Bilingual | null };

export interface DatasetSummary {
  id: string;
  name: string;
  fileName: string;
  indicators: number;
  rows: number;
  /** Boundaries the dataset brought (0 for a plain indicator table). */
  areas: number;
  /** Member projects and programme areas the dataset brought. */
  projects: number;
  programmeAreas: number;
}

/**
 * The user's own datasets: kept in DuckDB for the views and as one versioned document in storage.
 * Every change writes the database first (all or nothing), then saves; a failed save (quota) keeps the
 * data for this session and says so.
 */
export interface WorkspaceController {
  list(): DatasetSummary[];
  /** Set by `restore` when the saved workspace could not be loaded (the app still runs, without it). */
  restoreProblem(): Bilingual | null;
  subscribe(listener: () => void): () => void;
  restore(): Promise<void>;
  add(dataset: SavedDataset): Promise<WorkspaceChange>;
  rename(id: string, name: string): Promise<WorkspaceChange>;
  remove(id: string): Promise<WorkspaceChange>;
  exportFile(): void;
  /** Adds the datasets of an exported workspace file; all or none. */
  importFile(text: string): Promise<WorkspaceChange>;
  /** "Gespeicherten Arbeitsstand verwerfen": clears storage and the restore problem. */
  discardSaved(): Promise<void>;
}

const QUOTA_TEXT: Bilingual = {
  de: 'Der Speicherplatz des Browsers reicht nicht: Der Datensatz ist geladen, wird aber nach einem Neuladen fehlen. Exportieren Sie den Arbeitsstand oder entfernen Sie andere Datensätze.',
  en: 'The browser storage is full: the dataset is loaded but will be missing after a reload. Export the workspace or remove other datasets.',
};

/**
 * The first other dataset that builds on dataset `id`: values or programme areas on the areas it brought,
 * or rows added to one of its indicators. Null when `id` can go.
 */
function dependentDataset(datasets: readonly SavedDataset[], id: string): { layer: string; user: string; keys: number } | null {
  const layer = datasets.find((d) => d.id === id);
  if (!layer) return null;
  const own = new Set(layer.indicators.map((i) => i.id));
  const extender = datasets.find((d) => d.id !== id && (d.extends ?? []).some((x) => own.has(x)));
  if (extender) return { layer: layer.name, user: extender.name, keys: new Set(extender.rows.filter((r) => own.has(r[1])).map((r) => r[0])).size };
  if (!layer.areas || layer.areas.length === 0) return null;
  const keys = new Set(layer.areas.map((a) => a.key));
  for (const other of datasets) {
    if (other.id === id) continue;
    const used = new Set([...other.rows.map((r) => r[0]), ...(other.programmeAreas ?? []).map((a) => a.areaKey ?? ''), ...(other.areas ?? []).map((a) => a.parentKey ?? '')]
      .filter((k) => keys.has(k)));
    if (used.size > 0) return { layer: layer.name, user: other.name, keys: used.size };
  }
  return null;
}

export function createWorkspace(connector: Connector, storage: WorkspaceStorage, download: Download): WorkspaceController {
  let doc: WorkspaceDocument = emptyWorkspace();
  let problem: Bilingual | null = null;
  const listeners = new Set<() => void>();
  let summaries: DatasetSummary[] = [];
  const changed = () => {
    summaries = doc.datasets.map((d) => ({ id: d.id, name: d.name, fileName: d.provenance.fileName, indicators: d.indicators.length, rows: d.rows.length,
      areas: d.areas?.length ?? 0, projects: d.projects?.length ?? 0, programmeAreas: d.programmeAreas?.length ?? 0 }));
    listeners.forEach((l) => l());
  };

  async function save(): Promise<Bilingual | null> {
    doc = { ...doc, savedAt: new Date().toISOString() };
    try {
      await storage.save(serialiseWorkspace(doc));
      return null;
    } catch (error) {
      if (error instanceof StorageQuotaError) return QUOTA_TEXT;
      const text = error instanceof Error ? error.message : String(error);
      return { de: `Der Arbeitsstand konnte nicht gespeichert werden: ${text}`, en: `The workspace could not be saved: ${text}` };
    }
  }

  async function addAll(datasets: SavedDataset[]): Promise<WorkspaceChange> {
    const clash = datasets.find((d) => doc.datasets.some((e) => e.id === d.id));
    if (clash) {
      return { ok: false, problems: [], message: { de: `Ein Datensatz mit der Kennung „${clash.id}“ ist schon geladen.`, en: `A dataset with id "${clash.id}" is already loaded.` } };
    }
    const written: string[] = [];
    for (const d of datasets) {
      const outcome = await writeSavedDataset(connector, d);
      if (!outcome.ok) {
        for (const id of written) await deleteDataset(connector, id);
        return { ok: false, problems: outcome.problems, message: null };
      }
      written.push(d.id);
    }
    doc = { ...doc, datasets: [...doc.datasets, ...datasets] };
    const warning = await save();
    changed();
    return { ok: true, warning };
  }

  return {
    list: () => summaries,
    restoreProblem: () => problem,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async restore() {
      let text: string | null;
      try {
        text = await storage.load();
      } catch (error) {
        problem = { de: `Der gespeicherte Arbeitsstand ist nicht lesbar: ${String(error)}`, en: `The saved workspace cannot be read: ${String(error)}` };
        changed();
        return;
      }
      if (text === null) return;
      const read = readWorkspace(text);
      if (!read.ok) {
        problem = workspaceErrorText(read);
      } else {
        const outcome = await addAll(read.workspace.datasets);
        if (!outcome.ok) {
          const first = outcome.problems[0];
          const why = outcome.message ?? { de: first?.messageDe ?? '', en: first?.messageEn ?? '' };
          problem = { de: `Der gespeicherte Arbeitsstand passt nicht zu den geladenen Daten: ${why.de}`, en: `The saved workspace does not fit the loaded data: ${why.en}` };
        }
      }
      changed();
    },
    add: (dataset) => addAll([dataset]),
    async rename(id, name) {
      const clean = name.trim();
      if (clean === '' || !doc.datasets.some((d) => d.id === id)) {
        return { ok: false, problems: [], message: { de: 'Bitte einen Namen eingeben.', en: 'Please enter a name.' } };
      }
      await renameDataset(connector, id, clean);
      doc = { ...doc, datasets: doc.datasets.map((d) => (d.id === id ? { ...d, name: clean } : d)) };
      const warning = await save();
      changed();
      return { ok: true, warning };
    },
    async remove(id) {
      const blocker = dependentDataset(doc.datasets, id);
      if (blocker) {
        return {
          ok: false, problems: [],
          message: {
            de: `„${blocker.layer}“ kann nicht entfernt werden: Der Datensatz „${blocker.user}“ baut darauf auf (Werte für ${blocker.keys} Gebiete). Entfernen Sie zuerst „${blocker.user}“.`,
            en: `"${blocker.layer}" cannot be removed: the dataset "${blocker.user}" builds on it (values for ${blocker.keys} areas). Remove "${blocker.user}" first.`,
          },
        };
      }
      await deleteDataset(connector, id);
      doc = { ...doc, datasets: doc.datasets.filter((d) => d.id !== id) };
      const warning = await save();
      changed();
      return { ok: true, warning };
    },
    exportFile() {
      download(WORKSPACE_FILE_NAME, serialiseWorkspace({ ...doc, savedAt: new Date().toISOString() }), 'application/json');
    },
    async importFile(text) {
      const read = readWorkspace(text);
      if (!read.ok) return { ok: false, problems: [], message: workspaceErrorText(read) };
      return addAll(read.workspace.datasets);
    },
    async discardSaved() {
      await storage.clear();
      problem = null;
      changed();
    },
  };
}
