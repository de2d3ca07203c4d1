import type { Language } from '../../core/types';
import { translator } from '../../core/messages';

/** Words of the wizard's list step (member projects, programme areas) and the contents choice, German first. */
const de = {
  contents: 'Inhalt der Datei',
  contents_table: 'Indikatorentabelle',
  contents_areas: 'Gebiete einer Ebene (Grenzen)',
  'contents_programme-areas': 'Fördergebiete (Soziale Stadt / Sozialer Zusammenhalt)',
  contents_projects: 'Mitgliedsprojekte (Standorte)',
  projectsTitle: 'Mitgliedsprojekte laden',
  programmeTitle: 'Fördergebiete laden',
  found: 'Zu laden: {n} {what}.',
  shownFirst: 'Die ersten {n} von {total}:',
  id: 'Kennung',
  name: 'Name',
  type: 'Art',
  foundedYear: 'Gründungsjahr',
  lon: 'Länge (WGS 84)',
  lat: 'Breite (WGS 84)',
  programme: 'Programm',
  startYear: 'Startjahr',
  areaKey: 'Gebiet',
  defaultProgramme: 'Programm für Gebiete ohne Angabe',
  applyProgramme: 'Übernehmen',
  listName: 'Name der Liste',
  save: 'Liste laden',
  saving: 'Wird geladen …',
  saved: 'Liste „{name}“ geladen: {n} {what}, zu sehen auf der Karte, im Gebietsprofil und in der Abdeckungsanalyse.',
  count: '{n} {what}',
  project: 'Mitgliedsprojekt',
  projects: 'Mitgliedsprojekte',
  programmeArea: 'Fördergebiet',
  programmeAreas: 'Fördergebiete',
};

type ListKey = keyof typeof de;

const en: Record<ListKey, string> = {
  contents: 'Contents of the file',
  contents_table: 'Indicator table',
  contents_areas: 'Areas of one level (boundaries)',
  'contents_programme-areas': 'Programme areas (Soziale Stadt / Sozialer Zusammenhalt)',
  contents_projects: 'Member projects (locations)',
  projectsTitle: 'Load member projects',
  programmeTitle: 'Load programme areas',
  found: 'To load: {n} {what}.',
  shownFirst: 'The first {n} of {total}:',
  id: 'Id',
  name: 'Name',
  type: 'Type',
  foundedYear: 'Founded',
  lon: 'Longitude (WGS 84)',
  lat: 'Latitude (WGS 84)',
  programme: 'Programme',
  startYear: 'Start year',
  areaKey: 'Area',
  defaultProgramme: 'Programme of areas that name none',
  applyProgramme: 'Apply',
  listName: 'Name of the list',
  save: 'Load list',
  saving: 'Loading …',
  saved: 'List "{name}" loaded: {n} {what}, shown on the map, in the area profile and in the coverage analysis.',
  count: '{n} {what}',
  project: 'member project',
  projects: 'member projects',
  programmeArea: 'programme area',
  programmeAreas: 'programme areas',
};

const TEXT: Record<Language, Record<ListKey, string>> = { de, en };

export const lx = translator(TEXT);

/** "1 Mitgliedsprojekt", "2 Fördergebiete": a count with its noun in the right number. */
export function listCount(lang: Language, kind: 'projects' | 'programme-areas', n: number): { n: number; what: string } {
  const what = kind === 'projects' ? (n === 1 ? 'project' : 'projects') : n === 1 ? 'programmeArea' : 'programmeAreas';
  return { n, what: lx(lang, what) };
}
