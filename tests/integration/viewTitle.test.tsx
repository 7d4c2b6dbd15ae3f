import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { renderApp } from './renderApp';

// The page's own title, as index.html gives it.
const PAGE_TITLE = 'NVIDIA and the DeepSeek shock: price, market value and events';

describe('a title= link on the dashboard', () => {
  beforeEach(() => {
    document.title = PAGE_TITLE;
  });

  it('shows the title under the heading and puts it first in the document title', async () => {
    const { page } = renderApp('?title=Nvidia%20after%20DeepSeek');
    await page.priceLine();
    const header = screen.getByRole('banner');
    expect(within(header).getByText('Nvidia after DeepSeek')).toBeInTheDocument();
    await waitFor(() => {
      expect(document.title).toBe(`Nvidia after DeepSeek · ${PAGE_TITLE}`);
    });
  });

  it('shows markup in a title as text', async () => {
    const { container, page } = renderApp(`?title=${encodeURIComponent('<b>Bold</b> claim')}`);
    await page.priceLine();
    expect(within(screen.getByRole('banner')).getByText('<b>Bold</b> claim')).toBeInTheDocument();
    expect(container.querySelector('header b')).toBeNull();
  });

  it('leaves the heading and the document title alone without one', async () => {
    const { page } = renderApp();
    await page.priceLine();
    const header = screen.getByRole('banner');
    expect(header.querySelectorAll('p')).toHaveLength(1); // the subtitle
    expect(document.title).toBe(PAGE_TITLE);
  });
});
