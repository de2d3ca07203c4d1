import { readAreaKey } from '../../../core/areaKey';

const KEY_NAMES = /^(ags|ars|rs|ags_0|key|schluessel|schlüssel|gemeindeschluessel|gemeindeschlüssel|gkz|krs|kreis_id|gebietsschluessel|id)$/i;

export interface KeyChoice {
  property: string | null;
  /** Features whose key is a JSON number (its leading zero may be lost). */
  numeric: number;
}

/**
 * The property that holds area keys: the one given, else the property whose values are AGS-like in
 * at least 80 % of the features (conventional names first).
 */
export function chooseKeyProperty(propertiesList: ReadonlyArray<Record<string, unknown>>, wanted?: string): KeyChoice {
  const count = (name: string) => {
    let keys = 0;
    let numeric = 0;
    for (const p of propertiesList) {
      const v = Object.prototype.hasOwnProperty.call(p, name) ? p[name] : undefined;
      if (typeof v === 'number' && Number.isInteger(v) && v >= 0) {
        const reading = readAreaKey(String(v));
        if (reading.kind !== 'not_a_key') { keys++; numeric++; }
      } else if (typeof v === 'string' && readAreaKey(v.trim()).kind === 'key') keys++;
    }
    return { keys, numeric };
  };
  if (wanted !== undefined) return { property: wanted, numeric: count(wanted).numeric };
  const names = new Set<string>();
  for (const p of propertiesList.slice(0, 1000)) for (const name of Object.keys(p)) names.add(name);
  const ranked = [...names]
    .map((name) => ({ name, ...count(name) }))
    .filter((c) => propertiesList.length > 0 && c.keys / propertiesList.length >= 0.8)
    .sort((a, b) => Number(KEY_NAMES.test(b.name)) - Number(KEY_NAMES.test(a.name)) || (a.numeric - b.numeric) || b.keys - a.keys);
  return ranked.length === 0 ? { property: null, numeric: 0 } : { property: ranked[0].name, numeric: ranked[0].numeric };
}
