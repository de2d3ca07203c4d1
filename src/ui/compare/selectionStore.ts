import { createContext, useCallback, useContext, useLayoutEffect, useRef, useState, useSyncExternalStore } from 'react';

/**
 * The linked selection as a small store that each chart mark subscribes to by its own key, so that a
 * toggle re-renders the one or two marks whose state changed, not the ~1,000 bars and points (nor the
 * chart around them, whose data and shapes stay the same objects).
 */
export interface SelectionStore {
  has(key: string): boolean;
  subscribe(listener: () => void): () => void;
}

const EMPTY: ReadonlySet<string> = new Set();

/** A store that follows `selected` (set after render, before paint). */
export function useSelectionStore(selected: ReadonlySet<string>): SelectionStore {
  const [store] = useState(() => {
    let current = selected;
    const listeners = new Set<() => void>();
    return {
      has: (key: string) => current.has(key),
      subscribe: (listener: () => void) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
      set: (next: ReadonlySet<string>) => {
        if (next === current) return;
        current = next;
        for (const l of listeners) l();
      },
    };
  });
  useLayoutEffect(() => store.set(selected), [store, selected]);
  return store;
}

const NO_STORE: SelectionStore = { has: (key) => EMPTY.has(key), subscribe: () => () => undefined };
export const SelectionContext = createContext<SelectionStore>(NO_STORE);

/** Whether `key` is selected; re-renders the caller only when that answer changes. */
export function useIsSelected(key: string): boolean {
  const store = useContext(SelectionContext);
  return useSyncExternalStore(store.subscribe, () => store.has(key));
}

/** A callback whose identity never changes but that always calls the latest `f` (props of memoised marks). */
export function useStableCallback<A extends unknown[], R>(f: (...args: A) => R): (...args: A) => R {
  const ref = useRef(f);
  useLayoutEffect(() => {
    ref.current = f;
  });
  return useCallback((...args: A) => ref.current(...args), []);
}
