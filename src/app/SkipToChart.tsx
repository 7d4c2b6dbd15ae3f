import type { RefObject } from 'react';
import { CHART_SELECTOR } from '../export/chartDom';

export const CHART_ID = 'chart';

/**
 * The first stop for Tab: past the window's date fields (four stops each) to the chart itself, so
 * the next Tab reaches its first event label. Hidden until focused.
 */
export function SkipToChart({ chartArea }: { chartArea: RefObject<HTMLElement | null> }) {
  return (
    <a
      className="skip-link"
      href={`#${CHART_ID}`}
      onClick={(click) => {
        const area = chartArea.current;
        if (!area) return;
        // The view lives in the address: moving focus by hand leaves it without a #fragment.
        click.preventDefault();
        // The chart's own surface when drawn (its labels come next); else the figure, e.g. its error.
        (area.querySelector<SVGSVGElement>(CHART_SELECTOR.surface) ?? area).focus();
      }}
    >
      Skip to the chart
    </a>
  );
}
