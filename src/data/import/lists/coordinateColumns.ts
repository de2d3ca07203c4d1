/** Column names for coordinates in member-project and programme-area lists (German and English). */
const LON = /^(lon|lng|long|longitude|laenge|länge|längengrad|x_wgs84|wgs84_x)$/i;
const LAT = /^(lat|latitude|breite|breitengrad|y_wgs84|wgs84_y)$/i;
const EAST = /^(x|e|easting|east|rechtswert|ostwert|utm_?e|utm_?x|(utm_?)?3[23]_?(ost|e|x|rechtswert)|ost(wert)?_?utm(3[23])?)$/i;
const NORTH = /^(y|n|northing|north|hochwert|nordwert|utm_?n|utm_?y|(utm_?)?3[23]_?(nord|n|y|hochwert)|nord(wert)?_?utm(3[23])?)$/i;

export interface CoordinateColumns {
  x: number;
  y: number;
  kind: 'lonlat' | 'projected';
  /** `EPSG:25832`/`EPSG:25833` when a column name says the zone (`UTM32_Ost`). */
  zoneHint: string | null;
}

export function findCoordinateColumns(names: readonly string[]): CoordinateColumns | null {
  const at = (re: RegExp) => names.findIndex((n) => re.test(n.trim()));
  const lon = at(LON);
  const lat = at(LAT);
  if (lon >= 0 && lat >= 0) return { x: lon, y: lat, kind: 'lonlat', zoneHint: null };
  const east = at(EAST);
  const north = at(NORTH);
  if (east < 0 || north < 0) return null;
  const zone = /3([23])/.exec(`${names[east]} ${names[north]}`);
  return { x: east, y: north, kind: 'projected', zoneHint: zone ? `EPSG:2583${zone[1]}` : null };
}

/** `9,73` or `9.73` or `550.123,4` (German thousands) → number; null when not a finite number. */
export function readCoordinate(cell: string): number | null {
  const t = cell.trim().replace(/\s/g, '');
  if (t === '') return null;
  const normalised = t.includes(',') ? t.replace(/\.(?=\d{3}(\D|$))/g, '').replace(',', '.') : t;
  if (!/^[-+]?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(normalised)) return null;
  const n = Number(normalised);
  return Number.isFinite(n) ? n : null;
}
