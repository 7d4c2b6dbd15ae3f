import { useCallback, useEffect, useState } from 'react';
import { parseViewState, serializeViewState, type ViewState } from './viewState';

/**
 * The view state, read from the URL once and written back on every change (replaceState: a toggle
 * is not a page the Back button should step through). Other query parameters are kept as they are.
 */
export function useViewState() {
  const [{ state, notices }, setParsed] = useState(() => parseViewState(window.location.search));

  useEffect(() => {
    const onPopState = () => {
      setParsed(parseViewState(window.location.search));
    };
    window.addEventListener('popstate', onPopState);
    return () => {
      window.removeEventListener('popstate', onPopState);
    };
  }, []);

  const update = useCallback((change: (previous: ViewState) => ViewState) => {
    setParsed((previous) => {
      const next = change(previous.state);
      const search = serializeViewState(next, new URLSearchParams(window.location.search));
      window.history.replaceState(
        window.history.state,
        '',
        `${window.location.pathname}${search}${window.location.hash}`,
      );
      return { state: next, notices: previous.notices };
    });
  }, []);

  return { view: state, notices, update };
}
