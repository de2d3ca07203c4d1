import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  changeViewState,
  parseViewState,
  sameViewState,
  serialiseViewState,
  type KnownValues,
  type ViewNotice,
  type ViewState,
} from '../core/viewState';

function currentUrl(search: string): string {
  return `${window.location.pathname}${search}${window.location.hash}`;
}

/**
 * The view state lives in the URL. The first parse normalises the URL with replaceState (bad
 * parameters become defaults and a notice); each user change adds a history entry, so back and
 * forward walk through the views.
 */
export function useViewState(known: KnownValues) {
  const initial = useMemo(() => parseViewState(window.location.search, known), [known]);
  const [state, setState] = useState<ViewState>(initial.state);
  const [notices, setNotices] = useState<ViewNotice[]>(initial.notices);
  const stateRef = useRef(state);
  stateRef.current = state;

  useEffect(() => {
    const search = serialiseViewState(initial.state);
    if (search !== window.location.search) window.history.replaceState(null, '', currentUrl(search));
  }, [initial]);

  useEffect(() => {
    const onPopState = () => {
      const parsed = parseViewState(window.location.search, known);
      setState(parsed.state);
      setNotices(parsed.notices);
      const search = serialiseViewState(parsed.state);
      if (search !== window.location.search) window.history.replaceState(null, '', currentUrl(search));
    };
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, [known]);

  useEffect(() => {
    document.documentElement.lang = state.lang;
  }, [state.lang]);

  const update = useCallback(
    (change: Partial<ViewState>) => {
      const current = stateRef.current;
      const next = changeViewState(current, change, known);
      if (sameViewState(current, next)) return;
      stateRef.current = next;
      window.history.pushState(null, '', currentUrl(serialiseViewState(next)));
      setState(next);
    },
    [known],
  );

  const dismissNotices = useCallback(() => setNotices([]), []);
  return { state, notices, update, dismissNotices };
}
