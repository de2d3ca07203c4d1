import { useEffect, useState } from 'react';
import type { AreaProfile } from '../../core/profile';
import type { AtlasData } from '../../data/atlas';

/** Profiles of the given areas for a period (in the order given); failed ones are left out. */
export function useProfiles(atlas: AtlasData, keys: readonly string[], period: string) {
  const [profiles, setProfiles] = useState<AreaProfile[]>([]);
  const id = keys.join(',');
  useEffect(() => {
    let live = true;
    const list = id ? id.split(',') : [];
    Promise.all(list.map((key) => atlas.profile(key, period).catch(() => null))).then((all) => {
      if (live) setProfiles(all.filter((p): p is AreaProfile => p !== null));
    });
    return () => {
      live = false;
    };
  }, [atlas, id, period]);
  return profiles;
}
