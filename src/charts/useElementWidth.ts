import { useCallback, useState } from 'react';

/**
 * The width of an element in CSS pixels, read when it is attached (before the first paint) and kept
 * up to date by a ResizeObserver; null until then. Returns the ref callback to put on the element.
 */
export function useElementWidth(): [
  (element: HTMLElement | null) => (() => void) | undefined,
  number | null,
] {
  const [width, setWidth] = useState<number | null>(null);
  const ref = useCallback((element: HTMLElement | null) => {
    if (!element) return undefined;
    setWidth(element.clientWidth);
    if (typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver((entries) => {
      const entry = entries[0];
      if (entry) setWidth(Math.round(entry.contentRect.width));
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
    };
  }, []);
  return [ref, width];
}
