import { useEffect, useState } from 'react';
import type { AtlasData } from '../../data/atlas';
import type { AreaProfile } from '../../core/profile';

type ProfileState =
  | { kind: 'idle' }
  | { kind: 'loading' }
  | { kind: 'ready'; profile: AreaProfile }
  | { kind: 'error'; message: string };

/** The profile of the selected area for the year; the last answer wins when the selection moves on. */
export function useProfile(atlas: AtlasData, areaKey: string | null, year: string): ProfileState {
  const [state, setState] = useState<ProfileState>({ kind: 'idle' });
  useEffect(() => {
    if (!areaKey) {
      setState({ kind: 'idle' });
      return;
    }
    let live = true;
    setState({ kind: 'loading' });
    atlas.profile(areaKey, year).then(
      (profile) => live && setState({ kind: 'ready', profile }),
      (error: unknown) => {
        console.error(error);
        if (live) setState({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
      },
    );
    return () => {
      live = false;
    };
  }, [atlas, areaKey, year]);
  return state;
}
