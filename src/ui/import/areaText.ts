import type { Language } from '../../core/types';
import { translator } from '../../core/messages';

/** Words of the wizard's boundary-layer step (GeoJSON areas, Zensus grid cells), German first. */
const de = {
  areasTitle: 'Gebiete aus GeoJSON laden',
  crs: 'Koordinatensystem',
  crsDetected: 'Erkannt: {crs} ({source})',
  crsAsk: 'Die Koordinaten passen zu mehreren Systemen. Welches ist es?',
  crsConfirmOne: 'Bitte bestätigen, dann wird nach WGS 84 umgerechnet.',
  crsSwapped: 'Breite und Länge sind vertauscht (swap-axes).',
  crsConfirm: 'Bestätigen und umrechnen',
  crsOk: 'Koordinaten in WGS 84 ({how}).',
  reprojected: 'umgerechnet aus {crs}',
  asGiven: 'wie geliefert',
  keyProperty: 'Schlüssel-Eigenschaft',
  nameProperty: 'Namens-Eigenschaft',
  keyAsName: '(Schlüssel als Name)',
  level: 'Ebene',
  parent: 'Liegt in (übergeordnetes Gebiet)',
  noParent: '– keines –',
  report: 'Prüfbericht: {n} Gebiete werden geladen, {f} markiert, {s} ausgelassen.',
  flagged: 'Objekt {feature} ({key}): {codes}{drawn}',
  notDrawn: ' – ohne Geometrie übernommen (nicht zeichenbar)',
  skipped: 'Objekt {feature}{key}: {reason}',
  no_key: 'kein Schlüssel in der gewählten Eigenschaft',
  duplicate_key: 'Schlüssel doppelt (schon in einem früheren Objekt)',
  key_exists: 'Schlüssel ist schon als Gebiet geladen',
  not_polygon: 'keine Fläche (Punkt oder Linie)',
  layerName: 'Name der Gebietsebene',
  save: 'Gebiete laden',
  saving: 'Wird geladen …',
  saved: 'Gebietsebene „{name}“ geladen: {n} Gebiete auf der Ebene {level}. Importieren Sie jetzt eine Tabelle mit diesen Schlüsseln (Schlüsselspalte wählen, Ebene {level}).',
  nothingToSave: 'Kein Objekt hat einen Schlüssel in der gewählten Eigenschaft.',
  gridTitle: 'Zensus-Gitterzellen laden',
  gridCells: '{n} Gitterzellen zu je {size} m.',
  gridTooMany: 'Die Datei hat {n} Gitterzellen; der Browser zeigt höchstens {max}. Schneiden Sie die Tabelle auf Ihr Gebiet zu (z. B. in QGIS oder mit einem Filter auf die Gemeinde).',
  gridSave: 'Gitterzellen mit Werten laden',
  gridSaved: 'Gitter „{name}“ geladen: {n} Zellen, {k} Indikatoren.',
  showGrid: 'Gitter auf der Karte zeigen',
  areasCount: '{n} Gebiete',
};

type AreaKey = keyof typeof de;

const en: Record<AreaKey, string> = {
  areasTitle: 'Load areas from GeoJSON',
  crs: 'Coordinate system',
  crsDetected: 'Detected: {crs} ({source})',
  crsAsk: 'The coordinates fit several systems. Which one is it?',
  crsConfirmOne: 'Please confirm; the coordinates are then converted to WGS 84.',
  crsSwapped: 'Latitude and longitude are swapped (swap-axes).',
  crsConfirm: 'Confirm and convert',
  crsOk: 'Coordinates in WGS 84 ({how}).',
  reprojected: 'converted from {crs}',
  asGiven: 'as delivered',
  keyProperty: 'Key property',
  nameProperty: 'Name property',
  keyAsName: '(key as name)',
  level: 'Level',
  parent: 'Lies in (parent area)',
  noParent: '– none –',
  report: 'Check report: {n} areas will be loaded, {f} flagged, {s} left out.',
  flagged: 'Feature {feature} ({key}): {codes}{drawn}',
  notDrawn: ' – kept without geometry (cannot be drawn)',
  skipped: 'Feature {feature}{key}: {reason}',
  no_key: 'no key in the chosen property',
  duplicate_key: 'duplicate key (already in an earlier feature)',
  key_exists: 'key is already loaded as an area',
  not_polygon: 'not an area (point or line)',
  layerName: 'Name of the area layer',
  save: 'Load areas',
  saving: 'Loading …',
  saved: 'Area layer "{name}" loaded: {n} areas at level {level}. Now import a table with these keys (choose the key column, level {level}).',
  nothingToSave: 'No feature has a key in the chosen property.',
  gridTitle: 'Load Zensus grid cells',
  gridCells: '{n} grid cells of {size} m each.',
  gridTooMany: 'The file has {n} grid cells; the browser shows at most {max}. Cut the table to your area (e.g. in QGIS or with a filter on the municipality).',
  gridSave: 'Load grid cells with values',
  gridSaved: 'Grid "{name}" loaded: {n} cells, {k} indicators.',
  showGrid: 'Show the grid on the map',
  areasCount: '{n} areas',
};

const TEXT: Record<Language, Record<AreaKey, string>> = { de, en };

export const ax = translator(TEXT);

export type { AreaKey };
