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
  projectsFound: '{n} Mitgliedsprojekte werden geladen.',
  programmeFound: '{n} Fördergebiete werden geladen.',
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
  projectsSaved: 'Liste „{name}“ geladen: {n} Mitgliedsprojekte. Sie erscheinen auf der Karte, im Gebietsprofil und in der Abdeckungsanalyse.',
  programmeSaved: 'Liste „{name}“ geladen: {n} Fördergebiete. Sie erscheinen auf der Karte, im Gebietsprofil und in der Abdeckungsanalyse.',
  projectsCount: '{n} Mitgliedsprojekte',
  programmeAreasCount: '{n} Fördergebiete',
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
  projectsFound: '{n} member projects will be loaded.',
  programmeFound: '{n} programme areas will be loaded.',
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
  projectsSaved: 'List "{name}" loaded: {n} member projects. They appear on the map, in the area profile and in the coverage analysis.',
  programmeSaved: 'List "{name}" loaded: {n} programme areas. They appear on the map, in the area profile and in the coverage analysis.',
  projectsCount: '{n} member projects',
  programmeAreasCount: '{n} programme areas',
};

const TEXT: Record<Language, Record<ListKey, string>> = { de, en };

export const lx = translator(TEXT);
