import { useId, useMemo, useState } from 'react';
import type { AreaRecord, Language, Level } from '../core/types';
import { searchAreas } from './areaSearch';
import { levelName, t } from './i18n';

export const AREA_SEARCH_INPUT_ID = 'area-search-input';

/**
 * A combobox (WAI-ARIA 1.2 pattern): type a name or key, move with the arrow keys, choose with
 * Enter or a click, close with Escape. Finds areas of the current level and the levels above.
 */
export function AreaSearch(props: {
  areas: readonly AreaRecord[];
  level: Level;
  lang: Language;
  onChoose: (key: string) => void;
}) {
  const { areas, level, lang, onChoose } = props;
  const listId = useId();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const results = useMemo(() => searchAreas(areas, query, level), [areas, query, level]);
  const expanded = open && query.trim() !== '';
  const optionId = (i: number) => `${listId}-option-${i}`;

  const choose = (area: AreaRecord) => {
    onChoose(area.key);
    setQuery('');
    setOpen(false);
    setActive(-1);
  };

  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((i) => (results.length === 0 ? -1 : (i + 1) % results.length));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => (results.length === 0 ? -1 : (i <= 0 ? results.length - 1 : i - 1)));
    } else if (event.key === 'Enter') {
      // Enter takes the highlighted option, or the best match when none is highlighted.
      const pick = results[active] ?? results[0];
      if (expanded && pick) {
        event.preventDefault();
        choose(pick);
      }
    } else if (event.key === 'Escape') {
      if (expanded) {
        event.preventDefault();
        setOpen(false);
      } else {
        setQuery('');
      }
    }
  };

  return (
    <div className="area-search">
      <label htmlFor={AREA_SEARCH_INPUT_ID}>{t(lang, 'searchLabel')}</label>
      <input
        id={AREA_SEARCH_INPUT_ID}
        data-testid="area-search"
        type="search"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        placeholder={t(lang, 'searchPlaceholder')}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && results[active] ? optionId(active) : undefined}
        value={query}
        maxLength={120}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <ul id={listId} role="listbox" className="area-options" hidden={!expanded} aria-label={t(lang, 'searchLabel')}>
        {results.map((area, i) => (
          <li
            key={area.key}
            id={optionId(i)}
            role="option"
            data-testid="area-option"
            data-key={area.key}
            aria-selected={i === active}
            className={i === active ? 'active' : undefined}
            onMouseDown={(e) => e.preventDefault()}
            onMouseEnter={() => setActive(i)}
            onClick={() => choose(area)}
          >
            <span className="option-name">{area.name}</span>{' '}
            <span className="option-meta">{levelName(lang, area.level)} · {area.key}</span>
          </li>
        ))}
        {expanded && results.length === 0 && (
          <li role="option" aria-disabled="true" aria-selected="false" className="no-results">{t(lang, 'searchNoResults')}</li>
        )}
      </ul>
      <span className="visually-hidden" role="status" aria-live="polite">
        {expanded ? t(lang, 'searchResults', { n: results.length }) : ''}
      </span>
    </div>
  );
}
