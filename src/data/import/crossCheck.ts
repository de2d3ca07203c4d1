import type { Indicator } from '../../core/types';
import type { AreaRow } from './geojsonAreas';
import type { LongTableRow } from './longTable';
import { problemAt, type ImportProblem } from './problem';
import type { ProgrammeAreaRow } from './programmeAreas';
import type { ProjectRow } from './projects';

/** What is already in the workspace (other datasets), for checks across files. */
export interface ImportContext {
  areaKeys: ReadonlySet<string>;
  indicatorIds: ReadonlySet<string>;
  /** Ids of programme areas and member projects of other datasets (optional: empty when absent). */
  programmeAreaIds?: ReadonlySet<string>;
  projectIds?: ReadonlySet<string>;
  /** `area\0indicator\0period` of values already loaded for indicators of other datasets that this import adds rows to. */
  existingValues?: ReadonlySet<string>;
}

export interface ParsedParts {
  areas: readonly (AreaRow & { file: string })[];
  indicators: readonly Indicator[];
  observations: readonly LongTableRow[];
  programmeAreas: readonly ProgrammeAreaRow[];
  projects?: readonly ProjectRow[];
}

export interface PartNames {
  indicators?: { name: string };
  observations?: { name: string };
  programmeAreas?: { name: string };
  projects?: { name: string };
}

/**
 * Checks between files and against the workspace: every observation names a known indicator and
 * area, every parent and programme-area key exists, nothing clashes with another dataset's keys.
 * Pure; returns the problems (empty when all is well).
 */
export function crossCheck(parsed: ParsedParts, context: ImportContext, names: PartNames): ImportProblem[] {
  const problems: ImportProblem[] = [];
  const areaKeys = new Set([...context.areaKeys, ...parsed.areas.map((a) => a.key)]);
  const indicatorIds = new Set([...context.indicatorIds, ...parsed.indicators.map((i) => i.id)]);

  for (const area of parsed.areas) {
    if (context.areaKeys.has(area.key)) {
      problems.push(problemAt(area.file, area.feature, 'key', {
        code: 'key_exists', messageDe: `Gebiet ${area.key} ist schon aus einem anderen Datensatz geladen.`,
        messageEn: `Area ${area.key} is already loaded from another dataset.`,
        hintDe: 'Den anderen Datensatz ersetzen oder das Gebiet weglassen.', hintEn: 'Replace the other dataset or leave the area out.',
      }, 'feature'));
    }
    if (area.parentKey !== null && !areaKeys.has(area.parentKey)) {
      problems.push(problemAt(area.file, area.feature, 'parent_key', {
        code: 'unknown_parent', messageDe: `Übergeordnetes Gebiet ${area.parentKey} ist unbekannt.`,
        messageEn: `Parent area ${area.parentKey} is unknown.`,
        hintDe: 'Erst die Grenzen der übergeordneten Ebene laden oder parent_key korrigieren.',
        hintEn: 'Load the parent level boundaries first or correct parent_key.',
      }, 'feature'));
    }
  }
  const catalogueFile = names.indicators?.name ?? '';
  for (const indicator of parsed.indicators) {
    if (context.indicatorIds.has(indicator.id)) {
      problems.push(problemAt(catalogueFile, null, 'id', {
        code: 'key_exists', messageDe: `Indikator ${indicator.id} ist schon aus einem anderen Datensatz geladen.`,
        messageEn: `Indicator ${indicator.id} is already loaded from another dataset.`,
        hintDe: 'Eine andere Kennung vergeben.', hintEn: 'Use another id.',
      }));
    }
  }
  const observationFile = names.observations?.name ?? '';
  for (const row of parsed.observations) {
    if (!indicatorIds.has(row.indicator)) {
      problems.push(problemAt(observationFile, row.line, 'indicator', {
        code: 'unknown_indicator', messageDe: `Indikator „${row.indicator}“ steht in keinem Katalog.`,
        messageEn: `Indicator "${row.indicator}" is not in any catalogue.`,
        hintDe: 'Indikator in den Katalog aufnehmen oder die Kennung korrigieren.', hintEn: 'Add the indicator to the catalogue or correct the id.',
      }));
    }
    if (context.existingValues?.has(`${row.areaKey}\u0000${row.indicator}\u0000${row.period}`)) {
      problems.push(problemAt(observationFile, row.line, 'value', {
        code: 'value_exists', messageDe: `Für Gebiet ${row.areaKey}, Indikator ${row.indicator}, Zeitraum ${row.period} ist schon ein Wert geladen.`,
        messageEn: `A value for area ${row.areaKey}, indicator ${row.indicator}, period ${row.period} is already loaded.`,
        hintDe: 'Einem geladenen Indikator nur neue Gebiete oder Zeiträume hinzufügen – oder die Spalte als neuen Indikator laden.',
        hintEn: 'Add only new areas or periods to a loaded indicator – or load the column as a new indicator.',
      }));
    }
    if (!areaKeys.has(row.areaKey)) {
      problems.push(problemAt(observationFile, row.line, 'area_key', {
        code: 'unknown_area', messageDe: `Gebiet „${row.areaKey}“ ist unbekannt.`, messageEn: `Area "${row.areaKey}" is unknown.`,
        hintDe: 'Grenzen mit diesem Schlüssel laden oder den Schlüssel prüfen (führende Null?).',
        hintEn: 'Load boundaries with this key or check the key (leading zero?).',
      }));
    }
  }
  const programmeFile = names.programmeAreas?.name ?? '';
  for (const pa of parsed.programmeAreas) {
    if (pa.areaKey !== null && !areaKeys.has(pa.areaKey)) {
      problems.push(problemAt(programmeFile, pa.feature, 'area_key', {
        code: 'unknown_area', messageDe: `Gebiet „${pa.areaKey}“ ist unbekannt.`, messageEn: `Area "${pa.areaKey}" is unknown.`,
        hintDe: 'area_key korrigieren oder leer lassen.', hintEn: 'Correct area_key or leave it empty.',
      }, 'feature'));
    }
    if (context.programmeAreaIds?.has(pa.id)) problems.push(idClash(programmeFile, pa.feature, pa.id, 'feature'));
  }
  const projectFile = names.projects?.name ?? '';
  for (const project of parsed.projects ?? []) {
    if (context.projectIds?.has(project.id)) problems.push(idClash(projectFile, project.line, project.id, 'line'));
  }
  return problems;
}

function idClash(file: string, at: number, id: string, unit: 'line' | 'feature'): ImportProblem {
  return problemAt(file, at, 'id', {
    code: 'key_exists', messageDe: `Kennung ${id} ist schon aus einem anderen Datensatz geladen.`,
    messageEn: `Id ${id} is already loaded from another dataset.`,
    hintDe: 'Kennungen ändern (z. B. mit einem Präfix) oder den anderen Datensatz entfernen.',
    hintEn: 'Change the ids (e.g. with a prefix) or remove the other dataset.',
  }, unit);
}
