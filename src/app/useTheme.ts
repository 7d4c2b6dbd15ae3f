import { useEffect } from 'react';
import type { Theme } from '../domain/vocabulary';

const PREFERS_DARK = '(prefers-color-scheme: dark)';

/**
 * The theme is an attribute of the document, so the stylesheet (and print) can follow it:
 * `data-theme` is the reader's choice, `data-scheme` the colours it comes to (`auto` follows the
 * system's setting, also when it changes), so the stylesheet states the dark colours once.
 */
export function useTheme(theme: Theme): void {
  useEffect(() => {
    const root = document.documentElement;
    root.dataset.theme = theme;
    // matchMedia is missing where there is no screen to ask (jsdom): auto then reads as light.
    const query =
      theme === 'auto'
        ? (window.matchMedia as typeof matchMedia | undefined)?.(PREFERS_DARK)
        : undefined;
    const follow = () => {
      root.dataset.scheme = theme === 'auto' ? (query?.matches ? 'dark' : 'light') : theme;
    };
    follow();
    query?.addEventListener('change', follow);
    return () => {
      query?.removeEventListener('change', follow);
    };
  }, [theme]);
}
