import { useEffect, useState } from 'react';
import type { AnalysisCode } from './analysisCode';

let loaded: AnalysisCode | null = null;

const RETRY_AFTER_MS = [1000, 3000, 10_000];

/**
 * The event study's code, loaded once `wanted` (after the first chart, or at once for a chart
 * that shows the study): null until it is here. Its chunk comes from the page's own host; one that
 * does not arrive is asked for again a few times, and the panels keep saying they are loading.
 */
export function useAnalysisCode(wanted: boolean): AnalysisCode | null {
  const [code, setCode] = useState(() => loaded);
  useEffect(() => {
    if (!wanted || code) return;
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const load = (attempt: number) => {
      import('./analysisCode').then(
        (module) => {
          loaded = module.analysisCode;
          if (live) setCode(loaded);
        },
        () => {
          const wait = RETRY_AFTER_MS[attempt];
          if (live && wait !== undefined) {
            timer = setTimeout(() => {
              load(attempt + 1);
            }, wait);
          }
        },
      );
    };
    load(0);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [wanted, code]);
  return code;
}
