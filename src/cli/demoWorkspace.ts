import { readFile } from 'node:fs/promises';
import { join, normalize, sep } from 'node:path';
import type { DisclosureRules } from '../analysis/disclosure/rules';
import { createAtlasData } from '../data/queries';
import type { AtlasData } from '../data/atlas';
import { loadDemo } from '../data/demo';
import { openNodeConnector } from '../data/engine/duckdbNode';

export interface Workspace {
  atlas: AtlasData;
  close(): Promise<void>;
}

/** Reads a file below `dataDir` only (manifest paths cannot climb out with `..`). */
export function dataReader(dataDir: string): (path: string) => Promise<string> {
  const root = normalize(dataDir.endsWith(sep) ? dataDir : dataDir + sep);
  return async (path) => {
    const full = normalize(join(root, path));
    if (!full.startsWith(root)) throw new Error(`Pfad außerhalb von data/ / path outside data/: ${path}`);
    return readFile(full, 'utf8');
  };
}

/** Opens the Node DuckDB engine and loads the built-in demo into it (default disclosure rules unless given). */
export async function openDemoWorkspace(dataDir: string, disclosure?: Partial<DisclosureRules>): Promise<Workspace> {
  const connector = await openNodeConnector();
  try {
    await loadDemo(connector, dataReader(dataDir));
  } catch (error) {
    await connector.close();
    throw error;
  }
  return { atlas: createAtlasData(connector, disclosure ? { disclosure } : {}), close: () => connector.close() };
}
