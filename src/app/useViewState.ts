import { useCallback, useEffect, useRef, useState } from 'react';
import { createAddressWriter } from './url/addressWriter';
import { parseViewState, serializeViewState, type ViewState } from './viewState';

function replaceAddress(search: string): void {
  window.history.replaceState(
    window.history.state,
    '',
    `${window.location.pathname}${search}${window.location.hash}`,
  );
}

/**
 * The view state, read from the URL once and written back after each change (replaceState: a
 * toggle is not a page the Back button should step through). The write happens after the render,
 * coalesced, and a browser's refusal never reaches the page (see addressWriter). Other query
 * parameters are kept as they are.
 */
export function useViewState() {
  const [{ state, notices }, setParsed] = useState(() => parseViewState(window.location.search));
  const [writer] = useState(() => createAddressWriter({ replace: replaceAddress }));
  // Only the reader's changes are written: the address the page opened on, or one Back restored,
  // is left as it is.
  const changed = useRef(false);

  useEffect(() => {
    const onPopState = () => {
      writer.cancel();
      changed.current = false;
      setParsed(parseViewState(window.location.search));
    };
    window.addEventListener('popstate', onPopState);
    return () => {
      window.removeEventListener('popstate', onPopState);
      writer.cancel();
    };
  }, [writer]);

  useEffect(() => {
    if (!changed.current) return;
    changed.current = false;
    writer.write(serializeViewState(state, new URLSearchParams(window.location.search)));
  }, [state, writer]);

  const update = useCallback((change: (previous: ViewState) => ViewState) => {
    changed.current = true;
    setParsed((previous) => ({ state: change(previous.state), notices: previous.notices }));
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
