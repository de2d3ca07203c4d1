import type { IndexEvaluation } from '../../analysis/index/evaluateIndex';
import type { PreparedIndexInput } from '../../analysis/index/prepareIndexInput';
import type { IndexMethod } from '../../analysis/index/types';
import { indexColours } from '../../map/indexClasses';
import { nextColourVersion, type ChoroplethData } from '../map/useChoropleth';

export type IndexColourBy = 'status' | 'group';

export function indexClassCount(method: IndexMethod, by: IndexColourBy): number {
  const status = method.statusCuts.length + 1;
  return by === 'status' ? status : status * (method.dynamicsCuts.length + 1);
}

/** The base map recoloured by the index class (status class or combined group) of each area. */
export function indexMapData(
  base: ChoroplethData,
  prepared: PreparedIndexInput,
  evaluation: IndexEvaluation,
  method: IndexMethod,
  by: IndexColourBy,
): ChoroplethData {
  const classes = by === 'status' ? evaluation.statusClass : evaluation.group;
  const colours = indexColours(prepared.keys, classes, indexClassCount(method, by));
  return { ...base, choropleth: { ...base.choropleth, colours }, version: nextColourVersion() };
}
