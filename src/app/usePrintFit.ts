import { useEffect } from 'react';

/** The width a printed chart is laid out to: A4 or Letter, portrait, at 96 px per inch, less margins. */
const PRINT_WIDTH = 680;
/** The height it may take: with its title, legend and sources, it fits a landscape sheet. */
const PRINT_HEIGHT = 520;

/**
 * A responsive chart keeps its screen width when the browser lays the page out for print (its
 * ResizeObserver does not run for the print layout), so it comes out cut off or squashed. Before
 * printing, the chart is scaled to the page instead, through a CSS variable the print styles read.
 */
export function usePrintFit(selector: string): void {
  useEffect(() => {
    const root = document.documentElement;
    const before = () => {
      const chart = document.querySelector(selector);
      const { width = 0, height = 0 } = chart?.getBoundingClientRect() ?? {};
      root.style.setProperty(
        '--print-zoom',
        width > 0 && height > 0
          ? String(Math.min(1, PRINT_WIDTH / width, PRINT_HEIGHT / height))
          : '1',
      );
    };
    const after = () => {
      root.style.removeProperty('--print-zoom');
    };
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, [selector]);
}
