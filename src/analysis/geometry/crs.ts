import proj4 from 'proj4';

/**
 * Coordinate reference systems we recognise in boundary and grid files, with proj4 definitions.
 * Gauss-Krüger (DHDN) carries the usual 7-parameter datum shift to ETRS89/WGS 84.
 */
export const CRS_DEFS: Readonly<Record<string, string>> = {
  'EPSG:4326': '+proj=longlat +datum=WGS84 +no_defs',
  'EPSG:25832': '+proj=utm +zone=32 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs',
  'EPSG:25833': '+proj=utm +zone=33 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs',
  'EPSG:31466': '+proj=tmerc +lat_0=0 +lon_0=6 +k=1 +x_0=2500000 +y_0=0 +ellps=bessel +towgs84=598.1,73.7,418.2,0.202,0.045,-2.455,6.7 +units=m +no_defs',
  'EPSG:31467': '+proj=tmerc +lat_0=0 +lon_0=9 +k=1 +x_0=3500000 +y_0=0 +ellps=bessel +towgs84=598.1,73.7,418.2,0.202,0.045,-2.455,6.7 +units=m +no_defs',
  'EPSG:31468': '+proj=tmerc +lat_0=0 +lon_0=12 +k=1 +x_0=4500000 +y_0=0 +ellps=bessel +towgs84=598.1,73.7,418.2,0.202,0.045,-2.455,6.7 +units=m +no_defs',
  'EPSG:3857': '+proj=merc +a=6378137 +b=6378137 +lat_ts=0 +lon_0=0 +x_0=0 +y_0=0 +k=1 +units=m +nadgrids=@null +wktext +no_defs',
  'EPSG:3035': '+proj=laea +lat_0=52 +lon_0=10 +x_0=4321000 +y_0=3210000 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs',
  'EPSG:4647': '+proj=tmerc +lat_0=0 +lon_0=9 +k=0.9996 +x_0=32500000 +y_0=0 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs',
};

export const CRS_NAMES: Readonly<Record<string, string>> = {
  'EPSG:4326': 'WGS 84 (Länge/Breite)',
  'EPSG:25832': 'ETRS89 / UTM Zone 32N',
  'EPSG:25833': 'ETRS89 / UTM Zone 33N',
  'EPSG:31466': 'DHDN / Gauß-Krüger Zone 2',
  'EPSG:31467': 'DHDN / Gauß-Krüger Zone 3',
  'EPSG:31468': 'DHDN / Gauß-Krüger Zone 4',
  'EPSG:3857': 'WGS 84 / Pseudo-Mercator (Web-Karten)',
  'EPSG:3035': 'ETRS89 / LAEA Europa',
  'EPSG:4647': 'ETRS89 / UTM Zone 32N (mit Zonenkennung 32)',
};

/** `urn:ogc:def:crs:EPSG::25832`, `EPSG:31467`, `urn:ogc:def:crs:OGC:1.3:CRS84` → `EPSG:…`; null if unknown. */
export function crsFromName(name: string): string | null {
  const text = name.trim();
  if (/CRS84$/i.test(text)) return 'EPSG:4326';
  const m = /EPSG(?::[\d.]*)?::?(\d{4,5})$/i.exec(text) ?? /^(\d{4,5})$/.exec(text);
  return m ? `EPSG:${m[1]}` : null;
}

/** The `crs` member of a GeoJSON object (2008 spec): `{type:'name', properties:{name}}`. */
export function crsFromMember(crs: unknown): string | null {
  if (!crs || typeof crs !== 'object') return null;
  const props = (crs as { properties?: unknown }).properties;
  if (!props || typeof props !== 'object') return null;
  const name = (props as { name?: unknown }).name;
  if (typeof name === 'string') return crsFromName(name);
  const code = (props as { code?: unknown }).code;
  return typeof code === 'number' ? `EPSG:${code}` : null;
}

export interface BBox {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

export interface CrsGuess {
  /** Candidate systems, most likely first; more than one means: ask the user. */
  candidates: string[];
  /** Coordinates look like lat/lon written in the wrong order. */
  swapped: boolean;
}

const within = (b: BBox, x0: number, x1: number, y0: number, y1: number) => b.minX >= x0 && b.maxX <= x1 && b.minY >= y0 && b.maxY <= y1;

/**
 * CRS candidates for German data from the coordinate ranges alone. 25832 and 25833 overlap
 * over most of Germany, so both are returned (ask). Returns no candidates for ranges we cannot place.
 */
export function guessCrsFromBBox(b: BBox): CrsGuess {
  if (within(b, -180, 180, -90, 90)) {
    // Germany is lon 5–16, lat 47–56; the reverse order is a swapped file.
    const swapped = within(b, 45, 57, 3, 17) && !within(b, 3, 17, 45, 57);
    return { candidates: ['EPSG:4326'], swapped };
  }
  if (within(b, 32_000_000, 32_999_999, 5_000_000, 6_300_000)) return { candidates: ['EPSG:4647'], swapped: false };
  const gk: Array<[string, number]> = [['EPSG:31466', 2], ['EPSG:31467', 3], ['EPSG:31468', 4]];
  for (const [code, zone] of gk) {
    if (within(b, zone * 1e6 + 100_000, zone * 1e6 + 900_000, 5_000_000, 6_300_000)) return { candidates: [code], swapped: false };
  }
  if (within(b, -300_000, 1_000_000, 5_000_000, 6_250_000)) {
    const candidates: string[] = [];
    if (b.minX >= 150_000) candidates.push('EPSG:25832');
    if (b.maxX <= 850_000) candidates.push('EPSG:25833');
    return { candidates, swapped: false };
  }
  if (within(b, 300_000, 2_000_000, 5_500_000, 7_700_000)) return { candidates: ['EPSG:3857'], swapped: false };
  if (within(b, 3_900_000, 4_800_000, 2_600_000, 3_600_000)) return { candidates: ['EPSG:3035'], swapped: false };
  return { candidates: [], swapped: false };
}

/** A converter from `from` to WGS 84 lon/lat, or null when the system is not one we know. */
export function toWgs84(from: string): ((xy: [number, number]) => [number, number]) | null {
  const def = CRS_DEFS[from];
  if (!def) return null;
  if (from === 'EPSG:4326') return (xy) => [xy[0], xy[1]];
  const converter = proj4(def, CRS_DEFS['EPSG:4326']);
  return (xy) => converter.forward(xy) as [number, number];
}
