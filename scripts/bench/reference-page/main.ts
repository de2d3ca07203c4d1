import { Map as MapLibreMap, setWorkerUrl, type ExpressionSpecification } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';

/**
 * The benchmark's baseline: the same boundaries as the app, fetched as one GeoJSON and coloured by a
 * precomputed property with a plain MapLibre fill layer. No database, no React, no deck.gl.
 */
setWorkerUrl(workerUrl);

type Geo = GeoJSON.FeatureCollection;
const VALUES = 8;
const COLOURS = ['#f7fcf5', '#c7e9c0', '#74c476', '#31a354', '#006d2c'];

function fillColour(k: number): ExpressionSpecification {
  return ['step', ['get', `v${k}`], COLOURS[0], 0.2, COLOURS[1], 0.4, COLOURS[2], 0.6, COLOURS[3], 0.8, COLOURS[4]];
}

function hash(text: string, salt: number): number {
  let h = 2166136261 ^ salt;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return ((h >>> 0) % 10_000) / 10_000;
}

function bbox(geo: Geo): [number, number, number, number] {
  const b: [number, number, number, number] = [180, 90, -180, -90];
  const walk = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === 'number') {
      b[0] = Math.min(b[0], c[0] as number);
      b[1] = Math.min(b[1], c[1] as number);
      b[2] = Math.max(b[2], c[0] as number);
      b[3] = Math.max(b[3], c[1] as number);
    } else if (Array.isArray(c)) c.forEach(walk);
  };
  for (const f of geo.features) if (f.geometry && 'coordinates' in f.geometry) walk(f.geometry.coordinates);
  return b;
}

async function main(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const el = document.getElementById('map') as HTMLElement;
  el.style.width = `${Number(params.get('w') ?? 1000)}px`;
  el.style.height = `${Number(params.get('h') ?? 700)}px`;
  const geo = (await (await fetch('./areas.geojson')).json()) as Geo;
  geo.features.forEach((f, i) => {
    const key = String(f.properties?.key ?? i);
    f.properties = { key };
    for (let k = 0; k < VALUES; k++) f.properties[`v${k}`] = hash(key, k);
  });
  const map = new MapLibreMap({
    container: el,
    style: { version: 8, sources: {}, layers: [{ id: 'bg', type: 'background', paint: { 'background-color': '#eef0f2' } }] },
    bounds: bbox(geo),
    fitBoundsOptions: { padding: 10 },
    attributionControl: false,
    canvasContextAttributes: { preserveDrawingBuffer: true },
  });
  map.on('load', () => {
    map.addSource('areas', { type: 'geojson', data: geo });
    map.addLayer({ id: 'fill', type: 'fill', source: 'areas', paint: { 'fill-color': fillColour(0) } });
    map.addLayer({ id: 'line', type: 'line', source: 'areas', paint: { 'line-color': '#ffffff', 'line-width': 0.5 } });
    map.once('idle', () => {
      (window as unknown as { __readyAt: number }).__readyAt = performance.now();
      document.body.dataset.ready = 'true';
    });
  });
  (window as unknown as { recolour: (k: number) => Promise<number> }).recolour = (k) =>
    new Promise((resolve) => {
      const t0 = performance.now();
      map.setPaintProperty('fill', 'fill-color', fillColour(k % VALUES));
      map.once('idle', () => resolve(performance.now() - t0));
    });
}

main().catch((e: unknown) => {
  document.body.textContent = `reference failed: ${String(e)}`;
});
