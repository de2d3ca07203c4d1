import { useMemo, useState } from 'react';
import type { PreparedIndexInput } from '../../analysis/index/prepareIndexInput';
import { sensitivity, type SensitivityParameter } from '../../analysis/index/sensitivity';
import type { IndexMethod } from '../../analysis/index/types';
import { formatNumber } from '../../core/format';
import type { Language } from '../../core/types';
import { at } from './text';

interface Choice {
  id: string;
  label: string;
  parameter: SensitivityParameter;
  values: number[];
}

const around = (x: number, steps: number[]) => steps.map((d) => Number((x + d).toFixed(4)));

/** The parameters offered and the range of values tried for each (only valid values). */
export function sensitivityChoices(method: IndexMethod, lang: Language): Choice[] {
  const out: Choice[] = method.indicators.map((ind) => ({
    id: `weight:${ind.id}`, label: at(lang, 'paramWeight', { id: ind.id }),
    parameter: { kind: 'weight', indicator: ind.id }, values: [0, 0.5, 1, 1.5, 2, 3],
  }));
  method.statusCuts.forEach((cut, index) => {
    const lower = index > 0 ? method.statusCuts[index - 1] : -Infinity;
    const upper = index < method.statusCuts.length - 1 ? method.statusCuts[index + 1] : Infinity;
    out.push({
      id: `statusCut:${index}`, label: at(lang, 'paramStatusCut', { n: index + 1 }),
      parameter: { kind: 'statusCut', index },
      values: around(cut, [-0.5, -0.25, 0, 0.25, 0.5]).filter((v) => v > lower && v < upper),
    });
  });
  out.push({ id: 'minPopulation', label: at(lang, 'paramMinPopulation'), parameter: { kind: 'minPopulation' }, values: [0, 100, 300, 500, 1000, 2000] });
  out.push({ id: 'dynamicsYears', label: at(lang, 'paramDynamicsYears'), parameter: { kind: 'dynamicsYears' }, values: [0, 1, 2, 3, 4, 5] });
  return out;
}

/** For one parameter: how many areas change status class / group across a range of values. */
export function SensitivityPanel({ prepared, method, year, lang }: { prepared: PreparedIndexInput; method: IndexMethod; year: string; lang: Language }) {
  const choices = useMemo(() => sensitivityChoices(method, lang), [method, lang]);
  const [choiceId, setChoiceId] = useState('minPopulation');
  const choice = choices.find((c) => c.id === choiceId) ?? choices[0];
  const result = useMemo(() => {
    try {
      return { ok: sensitivity(prepared, method, choice.parameter, choice.values, { year }) };
    } catch (e) {
      return { error: e instanceof Error ? e.message : String(e) };
    }
  }, [prepared, method, choice, year]);
  return (
    <section className="sensitivity" data-testid="sensitivity">
      <h3>{at(lang, 'sensitivityTitle')}</h3>
      <p className="legend-meta">{at(lang, 'sensitivityIntro')}</p>
      <label>
        {at(lang, 'sensitivityParameter')}{' '}
        <select data-testid="sensitivity-parameter" value={choice.id} onChange={(e) => setChoiceId(e.target.value)}>
          {choices.map((c) => <option key={c.id} value={c.id}>{c.label}</option>)}
        </select>
      </label>
      {'error' in result && <p role="alert">{result.error}</p>}
      {result.ok && (
        <table className="sensitivity-table">
          <thead>
            <tr>
              <th scope="col">{at(lang, 'sensitivityValue')}</th>
              <th scope="col">{at(lang, 'sensitivityStatus')}</th>
              <th scope="col">{at(lang, 'sensitivityGroup')}</th>
              <th scope="col">{at(lang, 'sensitivityIncluded')}</th>
            </tr>
          </thead>
          <tbody>
            {result.ok.rows.map((row) => (
              <tr key={row.value} data-testid="sensitivity-row">
                <td>{formatNumber(row.value, lang, Number.isInteger(row.value) ? 0 : 2)}</td>
                <td>{formatNumber(row.statusChanged, lang)}</td>
                <td>{formatNumber(row.groupChanged, lang)}</td>
                <td>{formatNumber(row.included, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
