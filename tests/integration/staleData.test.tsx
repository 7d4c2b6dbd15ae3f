import { act, screen } from '@testing-library/react';
import { http } from 'msw';
import { describe, expect, it } from 'vitest';
import { API_PATH, errorResponse } from '../../mocks/handlers';
import { server } from '../../mocks/node';
import { pathPoints } from '../support/page';
import { renderApp } from './renderApp';

describe('a failed background refresh', () => {
  it('keeps the chart drawn and says the data is the earlier copy', async () => {
    const { client, page } = renderApp('?from=2025-01-20&to=2025-01-31');
    await page.priceLine();
    server.use(
      http.get(`${API_PATH}/prices/NVDA`, () => errorResponse(503, 'server_error', 'Maintenance')),
    );
    await act(async () => {
      await client.refetchQueries({ queryKey: ['prices', 'NVDA'] });
    });
    expect(await screen.findByText(/Showing the data loaded earlier/)).toBeInTheDocument();
    expect(screen.getByText(/HTTP 503/)).toBeInTheDocument();
    // 20 Jan 2025 was a holiday: 21 to 31 Jan is 9 sessions, still drawn.
    expect(pathPoints(page.linePath('price-line'))).toBe(9);
    expect(window.location.search).toBe('?from=2025-01-20&to=2025-01-31');
  });
});
