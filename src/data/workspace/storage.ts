/**
 * Where the saved workspace lives. An effect passed in: the browser uses IndexedDB, Node tests use
 * `memoryStorage` (a real implementation of the same interface, not a mock).
 */
export interface WorkspaceStorage {
  /** The saved document text, or null when nothing is saved. */
  load(): Promise<string | null>;
  /** Throws `StorageQuotaError` when the browser refuses for lack of space. */
  save(text: string): Promise<void>;
  clear(): Promise<void>;
}

/** The browser's storage quota was exceeded; nothing was saved. */
export class StorageQuotaError extends Error {
  constructor(cause?: unknown) {
    super(`Speicherplatz im Browser erschöpft / Browser storage quota exceeded${cause ? `: ${String(cause)}` : ''}`);
    this.name = 'StorageQuotaError';
  }
}

export function isQuotaError(error: unknown): boolean {
  const name = (error as { name?: unknown } | null)?.name;
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}

export interface MemoryStorageOptions {
  /** Largest text `save` accepts before throwing `StorageQuotaError` (simulates a full browser store). */
  quotaChars?: number;
}

export function memoryStorage(initial: string | null = null, options: MemoryStorageOptions = {}): WorkspaceStorage & { text: string | null } {
  const store = {
    text: initial,
    async load() {
      return store.text;
    },
    async save(text: string) {
      if (options.quotaChars !== undefined && text.length > options.quotaChars) throw new StorageQuotaError();
      store.text = text;
    },
    async clear() {
      store.text = null;
    },
  };
  return store;
}

const DB_NAME = 'quartiersatlas';
const STORE = 'workspace';
const KEY = 'current';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function openDb(factory: IDBFactory): Promise<IDBDatabase> {
  const req = factory.open(DB_NAME, 1);
  req.onupgradeneeded = () => {
    if (!req.result.objectStoreNames.contains(STORE)) req.result.createObjectStore(STORE);
  };
  return request(req);
}

async function withStore<T>(factory: IDBFactory, mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await openDb(factory);
  try {
    const tx = db.transaction(STORE, mode);
    const result = await request(work(tx.objectStore(STORE)));
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
    });
    return result;
  } finally {
    db.close();
  }
}

/**
 * The saved workspace in IndexedDB (database `quartiersatlas`, store `workspace`, one entry per key:
 * `current` is the workspace document, `stories` the board's stories).
 */
export function indexedDbStorage(factory: IDBFactory = indexedDB, key: string = KEY): WorkspaceStorage {
  return {
    async load() {
      const value = await withStore(factory, 'readonly', (s) => s.get(key) as IDBRequest<unknown>);
      return typeof value === 'string' ? value : null;
    },
    async save(text: string) {
      try {
        await withStore(factory, 'readwrite', (s) => s.put(text, key));
      } catch (error) {
        if (isQuotaError(error)) throw new StorageQuotaError(error);
        throw error;
      }
    },
    async clear() {
      await withStore(factory, 'readwrite', (s) => s.delete(key));
    },
  };
}
