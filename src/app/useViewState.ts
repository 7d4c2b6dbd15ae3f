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

  /** Changes some choices, keeping the others. */
  const set = useCallback(
    (patch: Partial<ViewState>) => {
      update((previous) => ({ ...previous, ...patch }));
    },
    [update],
  );

  return { view: state, notices, update, set };
}

/** The view, its notices from the URL, and the two ways to change it. */
export type ViewStore = ReturnType<typeof useViewState>;
