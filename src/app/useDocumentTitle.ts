import { useEffect } from 'react';

/**
 * Puts the reader's title first in the document's title (the tab, a bookmark, a shared link's
 * preview), ahead of the page's own, and gives the page's own back when it is cleared.
 */
export function useDocumentTitle(title: string | null): void {
  useEffect(() => {
    if (title === null) return;
    const pageTitle = document.title;
    document.title = pageTitle ? `${title} · ${pageTitle}` : title;
    return () => {
      document.title = pageTitle;
    };
  }, [title]);
}
