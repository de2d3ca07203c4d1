import { area, centerOfMass } from '@turf/turf';
import type { Feature } from 'geojson';
import type { Areal } from './geometry';

/** The finest level the model generates counts for: a Quartier in a demo city, or a Gemeinde elsewhere. */
export interface ModelUnit {
  key: string;
  /** The city (for a Quartier) or Kreis (for a Gemeinde) whose counts this unit adds up to. */
  parentKey: string;
  level: 'gemeinde' | 'quartier';
  /** BKG `BEZ` of a Gemeinde (`Stadt`, `Gemeinde`, `Gemeindefreies Gebiet`) or `Quartier`. */
  type: string;
  lon: number;
  lat: number;
  areaKm2: number;
}

export function makeUnit(key: string, parentKey: string, level: ModelUnit['level'], type: string, geometry: Areal): ModelUnit {
  const f: Feature<Areal> = { type: 'Feature', properties: {}, geometry };
  const [lon, lat] = centerOfMass(f).geometry.coordinates;
  return { key, parentKey, level, type, lon, lat, areaKm2: area(f) / 1e6 };
}

/** Distance in km between two lon/lat points (equirectangular; fine at the scale of a Land). */
export function distanceKm(lon1: number, lat1: number, lon2: number, lat2: number): number {
  const k = Math.cos((((lat1 + lat2) / 2) * Math.PI) / 180);
  return Math.hypot((lon1 - lon2) * k, lat1 - lat2) * 111.32;
}
