import type { IndexMethod } from './types';

const POLARITIES = ['higher_is_need', 'lower_is_need', 'neutral'];

/**
 * Throws a RangeError naming the first problem of a method definition; returns it unchanged when valid.
 * @example validateMethod(PRESET_BERLIN_MSS) // → PRESET_BERLIN_MSS
 */
export function validateMethod(method: IndexMethod): IndexMethod {
  const fail = (what: string): never => {
    throw new RangeError(`Ungültige Methode / invalid method: ${what}`);
  };
  if (method === null || typeof method !== 'object') fail('not an object');
  if (method.version !== 1) fail(`unsupported version ${String(method.version)}`);
  if (typeof method.id !== 'string' || method.id === '') fail('id must be a non-empty text');
  if (typeof method.name !== 'string') fail('name must be a text');
  if (!Array.isArray(method.indicators) || method.indicators.length === 0) fail('at least one indicator is needed');
  const ids = new Set<string>();
  let weightSum = 0;
  for (const ind of method.indicators) {
    if (typeof ind?.id !== 'string' || ind.id === '') fail('indicator id must be a non-empty text');
    if (ids.has(ind.id)) fail(`indicator ${ind.id} listed twice`);
    ids.add(ind.id);
    if (typeof ind.weight !== 'number' || !Number.isFinite(ind.weight) || ind.weight < 0) fail(`weight of ${ind.id} must be a finite number ≥ 0`);
    if (!POLARITIES.includes(ind.polarity)) fail(`polarity of ${ind.id} must be one of ${POLARITIES.join(', ')}`);
    weightSum += ind.weight;
  }
  if (!(weightSum > 0)) fail('the weights must not all be 0');
  const ref = method.reference;
  if (!ref || (ref.kind !== 'all' && ref.kind !== 'parent' && ref.kind !== 'keys')) fail('reference.kind must be all, keys or parent');
  if (ref.kind === 'keys' && (!Array.isArray(ref.keys) || ref.keys.some((k) => typeof k !== 'string'))) fail('reference.keys must be a list of texts');
  if (method.weighting !== 'none' && method.weighting !== 'population') fail('weighting must be none or population');
  if (method.sd !== 'sample' && method.sd !== 'population') fail('sd must be sample or population');
  if (!Number.isInteger(method.dynamicsYears) || method.dynamicsYears < 0) fail('dynamicsYears must be a whole number ≥ 0');
  if (typeof method.standardiseIndex !== 'boolean') fail('standardiseIndex must be true or false');
  for (const [name, cuts] of [['statusCuts', method.statusCuts], ['dynamicsCuts', method.dynamicsCuts]] as const) {
    if (!Array.isArray(cuts) || cuts.some((c) => typeof c !== 'number' || !Number.isFinite(c))) fail(`${name} must be finite numbers`);
    for (let i = 1; i < cuts.length; i++) if (!(cuts[i] > cuts[i - 1])) fail(`${name} must be strictly ascending`);
  }
  if (typeof method.minPopulation !== 'number' || !Number.isFinite(method.minPopulation) || method.minPopulation < 0) {
    fail('minPopulation must be a finite number ≥ 0');
  }
  if (typeof method.populationIndicator !== 'string' || method.populationIndicator === '') fail('populationIndicator must be a non-empty text');
  const labels = method.classLabels;
  if (!labels || !Array.isArray(labels.status) || labels.status.length !== method.statusCuts.length + 1) {
    fail('classLabels.status needs statusCuts.length + 1 labels');
  }
  if (!Array.isArray(labels.dynamics) || labels.dynamics.length !== method.dynamicsCuts.length + 1) {
    fail('classLabels.dynamics needs dynamicsCuts.length + 1 labels');
  }
  for (const l of [...labels.status, ...labels.dynamics]) {
    if (typeof l?.de !== 'string' || typeof l?.en !== 'string') fail('every class label needs de and en texts');
  }
  return method;
}
