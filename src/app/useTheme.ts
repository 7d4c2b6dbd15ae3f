import { useEffect } from 'react';
import type { Theme } from '../domain/vocabulary';

/** The theme is an attribute of the document, so the stylesheet (and print) can follow it. */
export function useTheme(theme: Theme): void {
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
}
