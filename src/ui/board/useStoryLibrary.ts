import { useEffect, useState } from 'react';
import { indexedDbStorage, memoryStorage } from '../../data/workspace/storage';
import { createStoryLibrary, type StoryLibrary } from '../../data/workspace/stories';

let shared: StoryLibrary | null = null;

/** The browser's story library (IndexedDB key `stories`; in memory where IndexedDB is missing), loaded once. */
export function storyLibrary(): StoryLibrary {
  shared ??= createStoryLibrary(typeof indexedDB === 'undefined' ? memoryStorage() : indexedDbStorage(indexedDB, 'stories'));
  return shared;
}

/** Re-renders on every change of the library; returns a version number that changes with it. */
export function useStoryLibrary(library: StoryLibrary): number {
  const [version, setVersion] = useState(0);
  useEffect(() => {
    const off = library.subscribe(() => setVersion((v) => v + 1));
    void library.load();
    return () => {
      off();
    };
  }, [library]);
  return version;
}
