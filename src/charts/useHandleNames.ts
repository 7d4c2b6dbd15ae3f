import { useEffect, type RefObject } from 'react';

const valueOf = (handle: Element) => Number(handle.getAttribute('aria-valuenow'));

/**
 * Names a brush's two handles, left `start` and right `end`. Recharts gives both one name ("Min
 * value: …, Max value: …") and no prop to name each, so this names them in the DOM, and again
 * whenever Recharts redraws or renames them. Left and right by position (aria-valuenow is each
 * handle's x), as a handle dragged past the other becomes the window's other end.
 */
export function useHandleNames(
  container: RefObject<HTMLElement | null>,
  start: string,
  end: string,
): void {
  useEffect(() => {
    const root = container.current;
    if (!root) return;
    const name = () => {
      const handles = [...root.querySelectorAll('[role="slider"]')].sort(
        (a, b) => valueOf(a) - valueOf(b),
      );
      handles.forEach((handle, index) => {
        const wanted = index === 0 ? start : end;
        // Only a change writes: the observer sees this write, and must find nothing left to do.
        if (handle.getAttribute('aria-label') !== wanted) handle.setAttribute('aria-label', wanted);
      });
    };
    name();
    const observer = new MutationObserver(name);
    observer.observe(root, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['aria-label', 'aria-valuenow'],
    });
    return () => {
      observer.disconnect();
    };
  }, [container, start, end]);
}
