import {
  newStoryId, parseStoryFile, readStoryValue, safeJsonParse, STORY_ID_PATTERN,
  type Bilingual, type Story,
} from '../../core/story';
import { StorageQuotaError, type WorkspaceStorage } from './storage';

/**
 * The board's stories, saved beside the workspace (IndexedDB key `stories`) as one versioned
 * document `{ format: "quartiersatlas-stories", version: 1, stories: [...] }`. A corrupted entry never
 * blocks the app: the readable stories load, the rest becomes a bilingual message.
 */
export const STORIES_FORMAT = 'quartiersatlas-stories';
export const STORIES_VERSION = 1;
export const MAX_STORIES = 100;

export type StoryImport = { ok: true; story: Story; renamedId: boolean; warning: Bilingual | null } | { ok: false; error: Bilingual };

export interface StoryLibrary {
  list(): readonly Story[];
  get(id: string): Story | undefined;
  loaded(): boolean;
  /** Set when the saved stories could not (all) be read. */
  problem(): Bilingual | null;
  subscribe(listener: () => void): () => void;
  load(): Promise<void>;
  /** Adds or replaces a story (by id) and saves; returns a warning when saving failed. */
  put(story: Story): Promise<Bilingual | null>;
  remove(id: string): Promise<Bilingual | null>;
  /** An exported story file; all or nothing. A clashing id gets a new one. */
  importFile(text: string, byteLength?: number): Promise<StoryImport>;
}

export function serialiseStories(stories: readonly Story[]): string {
  return JSON.stringify({ format: STORIES_FORMAT, version: STORIES_VERSION, stories });
}

/** The saved document → the stories it holds and a message for whatever was unreadable. */
export function readStories(text: string): { stories: Story[]; problem: Bilingual | null } {
  let value: unknown;
  try {
    value = safeJsonParse(text);
  } catch {
    return { stories: [], problem: { de: 'Die gespeicherten Storys sind beschädigt und wurden nicht geladen.', en: 'The saved stories are corrupted and were not loaded.' } };
  }
  const record = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : null;
  if (!record || record.format !== STORIES_FORMAT || record.version !== STORIES_VERSION || !Array.isArray(record.stories)) {
    return { stories: [], problem: { de: 'Die gespeicherten Storys haben ein unbekanntes Format und wurden nicht geladen.', en: 'The saved stories have an unknown format and were not loaded.' } };
  }
  const stories: Story[] = [];
  let skipped = 0;
  for (const entry of record.stories.slice(0, MAX_STORIES)) {
    const read = readStoryValue(entry);
    if (read.ok && !stories.some((s) => s.id === read.story.id)) stories.push(read.story);
    else skipped++;
  }
  const problem = skipped > 0
    ? { de: `${skipped} gespeicherte Story(s) waren beschädigt und wurden nicht geladen.`, en: `${skipped} saved stor${skipped === 1 ? 'y was' : 'ies were'} corrupted and not loaded.` }
    : null;
  return { stories, problem };
}

export function createStoryLibrary(storage: WorkspaceStorage): StoryLibrary {
  let stories: Story[] = [];
  let isLoaded = false;
  let problem: Bilingual | null = null;
  let loading: Promise<void> | null = null;
  const listeners = new Set<() => void>();
  const changed = () => listeners.forEach((l) => l());

  async function save(): Promise<Bilingual | null> {
    try {
      await storage.save(serialiseStories(stories));
      return null;
    } catch (error) {
      if (error instanceof StorageQuotaError) {
        return { de: 'Der Speicherplatz des Browsers reicht nicht: Die Story fehlt nach einem Neuladen. Exportieren Sie sie als Datei.', en: 'The browser storage is full: the story will be missing after a reload. Export it as a file.' };
      }
      const why = error instanceof Error ? error.message : String(error);
      return { de: `Die Story konnte nicht gespeichert werden: ${why}`, en: `The story could not be saved: ${why}` };
    }
  }

  const library: StoryLibrary = {
    list: () => stories,
    get: (id) => stories.find((s) => s.id === id),
    loaded: () => isLoaded,
    problem: () => problem,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    load() {
      loading ??= (async () => {
        try {
          const text = await storage.load();
          if (text !== null) ({ stories, problem } = readStories(text));
        } catch (error) {
          problem = { de: `Die gespeicherten Storys sind nicht lesbar: ${String(error)}`, en: `The saved stories cannot be read: ${String(error)}` };
        }
        isLoaded = true;
        changed();
      })();
      return loading;
    },
    async put(story) {
      const index = stories.findIndex((s) => s.id === story.id);
      if (index < 0 && stories.length >= MAX_STORIES) {
        return { de: `Es können höchstens ${MAX_STORIES} Storys gespeichert werden.`, en: `At most ${MAX_STORIES} stories can be saved.` };
      }
      stories = index < 0 ? [...stories, story] : stories.map((s, i) => (i === index ? story : s));
      changed();
      return save();
    },
    async remove(id) {
      stories = stories.filter((s) => s.id !== id);
      changed();
      return save();
    },
    async importFile(text, byteLength) {
      const read = parseStoryFile(text, byteLength);
      if (!read.ok) return read;
      let story = read.story;
      const renamedId = stories.some((s) => s.id === story.id);
      if (renamedId) {
        let id = newStoryId();
        while (stories.some((s) => s.id === id) || !STORY_ID_PATTERN.test(id)) id = newStoryId();
        story = { ...story, id };
      }
      if (stories.length >= MAX_STORIES) {
        return { ok: false, error: { de: `Es können höchstens ${MAX_STORIES} Storys gespeichert werden.`, en: `At most ${MAX_STORIES} stories can be saved.` } };
      }
      const warning = await library.put(story);
      return { ok: true, story, renamedId, warning };
    },
  };
  return library;
}
