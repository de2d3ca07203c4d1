import type { Language } from '../../core/types';
import type { ImportProblem } from '../../data/import/normalised';
import { tx } from './importText';

/** Problems naming file, line, column, what happened and what to do — in the chosen language. */
export function ProblemList({ problems, lang }: { problems: readonly ImportProblem[]; lang: Language }) {
  if (problems.length === 0) return null;
  const shown = problems.slice(0, 50);
  return (
    <section data-testid="import-problems" className="import-problems" role="alert">
      <h3>{tx(lang, 'problems')} ({problems.length})</h3>
      <ul>
        {shown.map((p, i) => (
          <li key={i} data-testid="import-problem" data-severity={p.severity} data-code={p.code}
            style={{ color: p.severity === 'error' ? '#a40000' : '#7a4b00' }}>
            <strong>{[p.file, p.line !== undefined ? tx(lang, p.unit === 'feature' ? 'feature' : 'line', { n: p.line }) : null,
              p.column !== undefined ? tx(lang, 'column', { c: p.column }) : null].filter(Boolean).join(', ')}</strong>
            {': '}{lang === 'de' ? p.de : p.en}{' '}
            <span className="muted">{tx(lang, 'whatToDo')} {lang === 'de' ? p.todoDe : p.todoEn}</span>
          </li>
        ))}
      </ul>
      {problems.length > shown.length && <p>… +{problems.length - shown.length}</p>}
    </section>
  );
}
