import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { pricesBySymbol } from '../../mocks/dataset';
import { eventStudy } from '../../src/domain/eventStudy';
import { formatPercent } from '../../src/domain/numberFormat';
import { dailyReturns, pairReturns } from '../../src/domain/returns';
import { pathPoints } from '../support/page';
import { renderApp } from './renderApp';

/** The study the page should show, computed here straight from the fixture data. */
function expectedStudy(benchmark: string, day0 = '2025-01-27') {
  const stock = pricesBySymbol.get('NVDA') ?? [];
  const market = pricesBySymbol.get(benchmark) ?? [];
  const study = eventStudy(pairReturns(dailyReturns(stock), dailyReturns(market)), day0);
  if (study.status !== 'ok') throw new Error(study.reason);
  return study;
}

/**
 * The study's table of windows: the panel mounts once the chart is drawn, and loads its code then,
 * with the benchmark's prices and the study's own code (each a first import, slow on a busy machine).
 */
async function windowsTable() {
  return waitFor(
    () => {
      const table = document.querySelector<HTMLTableElement>('[data-table="windows"]');
      expect(table).not.toBeNull();
      return table as HTMLTableElement;
    },
    { timeout: 15_000 },
  );
}

describe('the event study panel', () => {
  it('shows AR and CAR with t and p for the shock against QQQ by default', async () => {
    renderApp();
    const table = await windowsTable();
    const study = expectedStudy('QQQ');
    const day0 = within(table).getByText('[0]').closest('tr');
    expect(day0).not.toBeNull();
    expect(day0).toHaveTextContent(formatPercent(study.windows[0]?.car ?? NaN));
    expect(day0).toHaveTextContent((study.windows[0]?.t ?? NaN).toFixed(2));
    expect(screen.getByText(/Market model: R = α \+ β·R\(QQQ\)/)).toBeInTheDocument();
  });

  it('recomputes against the benchmark the reader picks, and keeps it in the URL', async () => {
    const user = userEvent.setup();
    renderApp();
    await windowsTable();
    await user.selectOptions(screen.getByLabelText('Benchmark', { exact: true }), 'SPY');
    await waitFor(() => {
      expect(screen.getByText(/R\(SPY\)/)).toBeInTheDocument();
    });
    const study = expectedStudy('SPY');
    const row = (await windowsTable()).querySelector('[data-window="-1,1"]');
    expect(row).toHaveTextContent(formatPercent(study.windows[1]?.car ?? NaN));
    expect(window.location.search).toContain('benchmark=SPY');
  });

  it('adds the reader’s own window', async () => {
    renderApp('?car=-3,4');
    const table = await windowsTable();
    const study = expectedStudy('QQQ');
    const stock = study.abnormal.filter((point) => point.day >= -3 && point.day <= 4);
    const car = stock.reduce((sum, point) => sum + point.value, 0);
    expect(table.querySelector('[data-window="-3,4"]')).toHaveTextContent(formatPercent(car));
    fireEvent.change(screen.getByLabelText('to'), { target: { value: '6' } });
    await waitFor(() => {
      expect(window.location.search).toContain('car=-3,6');
    });
  });

  it('takes a window typed key by key, through the lone minus sign', async () => {
    const user = userEvent.setup();
    renderApp();
    await windowsTable();
    const from = screen.getByLabelText('Your window, from day');
    expect(from).toHaveValue('');
    await user.type(from, '-5');
    await user.type(screen.getByLabelText('to'), '5');
    await waitFor(() => {
      expect(window.location.search).toContain('car=-5,5');
    });
    expect((await windowsTable()).querySelector('[data-window="-5,5"]')).not.toBeNull();
  });

  it('lists each event with its own AR(0)', async () => {
    renderApp();
    const row = await waitFor(() => {
      const element = document.querySelector('[data-event-row="wang-cnbc-davos-interview"]');
      expect(element).not.toBeNull();
      return element as HTMLElement;
    });
    const study = expectedStudy('QQQ', '2025-01-23');
    expect(row).toHaveTextContent(formatPercent(study.windows[0]?.car ?? NaN));
  });
});

describe('the chart modes', () => {
  it('draws the abnormal return with its running CAR', async () => {
    const user = userEvent.setup();
    const { container, page } = renderApp('?from=2024-07-15&to=2025-06-30');
    await windowsTable();
    await user.click(screen.getByRole('button', { name: 'Abnormal return' }));
    await page.drawnLine('car-line');
    expect(window.location.search).toContain('metric=abnormal');
    expect(container.querySelector('.estimation-window')).not.toBeNull();
    // The CAR line runs from day -10 (10 Jan 2025) to the last session (30 Jun 2025).
    const study = expectedStudy('QQQ');
    const sessions = study.abnormal.filter((point) => point.day >= -10).length;
    expect(pathPoints(page.linePath('car-line'))).toBe(sessions);
  });

  it('draws NVDA and each chosen peer rebased, and a peer toggle removes its line', async () => {
    const user = userEvent.setup();
    const { container, page } = renderApp('?metric=rebased');
    await page.drawnLine('rebased-line--AVGO');
    for (const symbol of ['NVDA', 'TSM', 'VST', 'QQQ']) {
      expect(page.linePath(`rebased-line--${symbol}`)).not.toBe('');
    }
    // The peer picker, like the peers panel, mounts once the chart is drawn.
    await user.click(await screen.findByRole('checkbox', { name: 'AVGO' }, { timeout: 15_000 }));
    expect(container.querySelector('.rebased-line--AVGO')).toBeNull();
    expect(window.location.search).toContain('peers=TSM,VST,QQQ');
  });

  it('shows each peer’s move on 27 Jan', async () => {
    renderApp();
    // The peers panel, like the study, mounts once the chart is drawn and loads its code then.
    const row = await waitFor(
      () => {
        const element = document.querySelector('[data-peer-row="VST"]');
        expect(element).not.toBeNull();
        return element as HTMLElement;
      },
      { timeout: 15_000 },
    );
    const vst = pricesBySymbol.get('VST') ?? [];
    const friday = vst.find((bar) => bar.date === '2025-01-24');
    const monday = vst.find((bar) => bar.date === '2025-01-27');
    if (!friday || !monday) throw new Error('VST fixture lacks 24 or 27 Jan');
    expect(row).toHaveTextContent(formatPercent(monday.close / friday.close - 1));
  });

  it('switches the price axis to a log scale', async () => {
    const user = userEvent.setup();
    renderApp();
    await screen.findByText('Close (USD)');
    await user.click(screen.getByRole('checkbox', { name: 'Log scale' }));
    expect(await screen.findByText('Close (USD, log scale)')).toBeInTheDocument();
    expect(window.location.search).toContain('scale=log');
  });
});

describe('zoom', () => {
  it('moves to the event week with its range button', async () => {
    const user = userEvent.setup();
    const { page } = renderApp();
    await windowsTable();
    await user.click(screen.getByRole('button', { name: 'Event week' }));
    expect(window.location.search).toBe('?from=2025-01-24&to=2025-01-31');
    // Fri 24 Jan and Mon 27 to Fri 31 Jan: six sessions.
    expect(pathPoints(page.linePath('price-line'))).toBe(6);
  });
});
