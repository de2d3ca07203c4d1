import type { Language } from '../../core/types';
import { tx } from './importText';
import type { MappingEntry, MappingIssue } from './mapping';

export interface MappingPanelProps {
  entries: MappingEntry[];
  issues: MappingIssue[];
  lang: Language;
  onChange: (entries: MappingEntry[]) => void;
}

export function MappingPanel({ entries, issues, lang, onChange }: MappingPanelProps) {
  const set = (i: number, change: Partial<MappingEntry>) => onChange(entries.map((e, k) => (k === i ? { ...e, ...change } : e)));
  return (
    <section data-testid="import-mapping" className="import-mapping">
      <h3>{tx(lang, 'mapping')}</h3>
      <table>
        <thead>
          <tr>
            <th>{tx(lang, 'include')}</th><th>{tx(lang, 'id')}</th><th>{tx(lang, 'label')}</th>
            <th>{tx(lang, 'unit')}</th><th>{tx(lang, 'denominator')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e, i) => (
            <tr key={e.source} data-testid="mapping-row" data-source={e.source}>
              <td><input type="checkbox" data-testid="mapping-include" checked={e.include} aria-label={`${tx(lang, 'include')}: ${e.label}`}
                onChange={(ev) => set(i, { include: ev.target.checked })} /></td>
              <td><input data-testid="mapping-id" value={e.id} aria-label={tx(lang, 'id')} onChange={(ev) => set(i, { id: ev.target.value })} /></td>
              <td><input data-testid="mapping-label" value={e.label} aria-label={tx(lang, 'label')} size={40}
                onChange={(ev) => set(i, { label: ev.target.value })} /></td>
              <td><input data-testid="mapping-unit" value={e.unit} aria-label={tx(lang, 'unit')} size={10}
                onChange={(ev) => set(i, { unit: ev.target.value })} /></td>
              <td>
                <select data-testid="mapping-denominator" value={e.denominator ?? ''} aria-label={tx(lang, 'denominator')}
                  onChange={(ev) => set(i, { denominator: ev.target.value || null })}>
                  <option value="">{tx(lang, 'none')}</option>
                  {entries.filter((o) => o.include && o.source !== e.source).map((o) => (
                    <option key={o.source} value={o.id}>{o.label}</option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
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
