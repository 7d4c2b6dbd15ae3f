import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ChartTypeControls } from '../../src/features/window/ChartTypeControls';

describe('the chart type and volume controls', () => {
  it('switch the price to candles and the volume off', async () => {
    const onChange = vi.fn();
    render(<ChartTypeControls mode="price" chartType="line" volume onChange={onChange} />);
    expect(screen.getByRole('button', { name: 'Line' })).toHaveAttribute('aria-pressed', 'true');
    await userEvent.click(screen.getByRole('button', { name: 'Candles' }));
    expect(onChange).toHaveBeenLastCalledWith({ chartType: 'candles' });
    await userEvent.click(screen.getByRole('checkbox', { name: 'Volume' }));
    expect(onChange).toHaveBeenLastCalledWith({ volume: false });
  });

  it('are disabled, saying why, for a chart that does not plot share prices', () => {
    render(<ChartTypeControls mode="rebased" chartType="candles" volume onChange={vi.fn()} />);
    for (const name of ['Line', 'Candles', 'OHLC bars'])
      expect(screen.getByRole('button', { name })).toBeDisabled();
    expect(screen.getByRole('checkbox', { name: 'Volume' })).toBeDisabled();
    expect(
      screen.getByRole('group', { name: 'How the price is drawn' }),
    ).toHaveAccessibleDescription(/need share prices/);
  });
});
