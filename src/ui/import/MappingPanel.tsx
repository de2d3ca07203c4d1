import type { Indicator, Language } from '../../core/types';
import { tx } from './importText';
import type { MappingEntry, MappingIssue } from './mapping';

export interface MappingPanelProps {
  entries: MappingEntry[];
  issues: MappingIssue[];
  lang: Language;
  onChange: (entries: MappingEntry[]) => void;
  /** Loaded indicators a column can add rows to (e.g. the residents for the minimum-population rule). */
  loaded: readonly Indicator[];
  /** The level's areas need a population for the minimum-population rule (sub-municipal levels). */
  needsPopulation: boolean;
}

/**
 * Columns of the file → indicators: each a new indicator (id, label, unit, denominator) or rows added to
 * a loaded one (e.g. residents of the user's districts added to `population`, which the minimum-population
 * rule and population weights read).
 */
export function MappingPanel({ entries, issues, lang, onChange, loaded, needsPopulation }: MappingPanelProps) {
  const set = (i: number, change: Partial<MappingEntry>) => onChange(entries.map((e, k) => (k === i ? { ...e, ...change } : e)));
  const population = loaded.find((i) => i.id === 'population');
  const populationMapped = entries.some((e) => e.include && e.target === 'population');
  return (
    <section data-testid="import-mapping" className="import-mapping">
      <h3>{tx(lang, 'mapping')}</h3>
      <table>
        <thead>
          <tr>
            <th>{tx(lang, 'include')}</th><th>{tx(lang, 'target')}</th><th>{tx(lang, 'id')}</th><th>{tx(lang, 'label')}</th>
            <th>{tx(lang, 'unit')}</th><th>{tx(lang, 'denominator')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e, i) => (
            <tr key={e.source} data-testid="mapping-row" data-source={e.source}>
              <td><input type="checkbox" data-testid="mapping-include" checked={e.include} aria-label={`${tx(lang, 'include')}: ${e.label}`}
                onChange={(ev) => set(i, { include: ev.target.checked })} /></td>
              <td>
                <select data-testid="mapping-target" value={e.target ?? ''} aria-label={`${tx(lang, 'target')}: ${e.label}`}
                  onChange={(ev) => set(i, { target: ev.target.value || null, denominator: null })}>
                  <option value="">{tx(lang, 'newIndicator')}</option>
                  {loaded.map((ind) => (
                    <option key={ind.id} value={ind.id}>{tx(lang, 'addTo', { label: lang === 'de' ? ind.labelDe : ind.labelEn, id: ind.id })}</option>
                  ))}
                </select>
              </td>
              <td><input data-testid="mapping-id" value={e.target ?? e.id} disabled={e.target !== null} aria-label={tx(lang, 'id')} onChange={(ev) => set(i, { id: ev.target.value })} /></td>
              <td><input data-testid="mapping-label" value={e.label} disabled={e.target !== null} aria-label={tx(lang, 'label')} size={40}
                onChange={(ev) => set(i, { label: ev.target.value })} /></td>
              <td><input data-testid="mapping-unit" value={e.target !== null ? (loaded.find((ind) => ind.id === e.target)?.unit ?? '') : e.unit} disabled={e.target !== null}
                aria-label={tx(lang, 'unit')} size={10} onChange={(ev) => set(i, { unit: ev.target.value })} /></td>
              <td>
                <select data-testid="mapping-denominator" value={e.denominator ?? ''} aria-label={tx(lang, 'denominator')} disabled={e.target !== null}
                  onChange={(ev) => set(i, { denominator: ev.target.value || null })}>
                  <option value="">{tx(lang, 'none')}</option>
                  {entries.filter((o) => o.include && o.target === null && o.source !== e.source).map((o) => (
                    <option key={o.source} value={o.id}>{o.label}</option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {needsPopulation && population && !populationMapped && (
        <p data-testid="mapping-population-hint" className="muted">
          {tx(lang, 'populationHint', { label: lang === 'de' ? population.labelDe : population.labelEn })}
        </p>
      )}
      {issues.length > 0 && (
        <ul data-testid="mapping-issues" role="alert" style={{ color: '#a40000' }}>
          {issues.map((issue, i) => (
            <li key={i}>
              {issue.kind === 'id' ? tx(lang, 'idInvalid', { id: issue.id }) : issue.kind === 'unit' ? tx(lang, 'unitMissing', { label: issue.label }) : tx(lang, 'noIndicator')}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
