import type { IndexMethod } from './types';
import { validateMethod } from './validateMethod';

/**
 * A method as JSON text with its version and every parameter (stable key order).
 * @example parseMethod(serialiseMethod(PRESET_BERLIN_MSS)) // deep-equals PRESET_BERLIN_MSS
 */
export function serialiseMethod(method: IndexMethod): string {
  validateMethod(method);
  const { id, name, version, indicators, reference, weighting, sd, dynamicsYears, standardiseIndex, statusCuts,
    dynamicsCuts, minPopulation, populationIndicator, classLabels } = method;
  return JSON.stringify({
    id, name, version,
    indicators: indicators.map(({ id: i, weight, polarity }) => ({ id: i, weight, polarity })),
    reference: reference.kind === 'keys' ? { kind: 'keys', keys: [...reference.keys] } : { kind: reference.kind },
    weighting, sd, dynamicsYears, standardiseIndex, statusCuts, dynamicsCuts, minPopulation, populationIndicator,
    classLabels: {
      status: classLabels.status.map(({ de, en }) => ({ de, en })),
      dynamics: classLabels.dynamics.map(({ de, en }) => ({ de, en })),
    },
  }, null, 2);
}

/**
 * Read a saved method (validated; unknown versions are rejected). Indicators saved without a polarity
 * get `higher_is_need`; a missing `populationIndicator` becomes `population`.
 * @example parseMethod('{"id":"x", "version":1, ...}')
 */
export function parseMethod(text: string): IndexMethod {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new RangeError(`Methode ist kein gültiges JSON / method is not valid JSON: ${(error as Error).message}`);
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new RangeError('Methode ist kein Objekt / method is not an object');
  }
  const raw = data as Record<string, unknown>;
  const method = {
    ...raw,
    indicators: Array.isArray(raw.indicators)
      ? raw.indicators.map((ind: Record<string, unknown>) => ({ polarity: 'higher_is_need', ...ind }))
      : raw.indicators,
    populationIndicator: raw.populationIndicator ?? 'population',
  } as unknown as IndexMethod;
  return validateMethod(method);
}
