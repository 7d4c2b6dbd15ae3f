import { render } from '@testing-library/react';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PriceChart } from '../../src/charts/PriceChart';
import { MarketValueChart } from '../../src/charts/MarketValueChart';
import { buildSessionRows } from '../../src/domain/dailySeries';
import { normalizeBars } from '../../src/domain/normalizeBars';
import { placeEvents } from '../../src/domain/eventPlacement';
import { chartEvents } from '../../src/features/events/chartEvents';
import { storyEvents } from '../../mocks/dataset';
import { dateOfDayNumber, dayNumber } from '../../src/domain/tradingDate';
import { bar } from '../support/builders';
import { chartSelector } from '../support/selectors';

const START = dayNumber('2025-01-02');

/** Near-valid bars with random defects and extreme values, as a hostile API might send them. */
const payload = fc.array(
  fc.oneof(
    fc.record({
      date: fc.integer({ min: 0, max: 60 }).map((offset) => dateOfDayNumber(START + offset)),
      open: fc.oneof(
        fc.double({ min: 1e-6, max: 1e12, noNaN: true }),
        fc.constant(Number.NaN),
        fc.constant(0),
      ),
      high: fc.double({ min: 1e-6, max: 1e12, noNaN: true }),
      low: fc.double({ min: 1e-6, max: 1e12, noNaN: true }),
      close: fc.oneof(
        fc.double({ min: 1e-6, max: 1e12, noNaN: true }),
        fc.constant(null),
        fc.constant('12'),
      ),
      adjClose: fc.oneof(fc.constant(null), fc.double({ min: 1e-6, max: 1e12, noNaN: true })),
      volume: fc.oneof(fc.constant(null), fc.nat()),
    }),
    fc.anything(),
  ),
  { maxLength: 40 },
);

/** The markup of every <svg> drawn, and how many chart surfaces there are. */
function drawn(bars: unknown[]): { svg: string; surfaces: number } {
  const clean = normalizeBars(bars);
  const rows = buildSessionRows(
    clean.bars,
    [{ asOf: '2024-01-01', shares: 24.4e9, source: 'test' }],
    clean.breaks,
  );
  const window = { fromDay: START, toDay: START + 60 };
  // The story's events, placed on whatever sessions survived: the overlays are drawn too.
  const { placed } = placeEvents(
    storyEvents,
    rows.map((row) => row.date),
  );
  const events = chartEvents(
    placed,
    { hiddenEvents: [], hiddenKinds: [] },
    window.fromDay,
    window.toDay,
  );
  const { container, unmount } = render(
    <>
      <PriceChart
        rows={rows}
        {...window}
        events={events}
        height={300}
        syncId="fuzz"
        description="fuzz"
        logScale={false}
      />
      <MarketValueChart rows={rows} {...window} height={150} syncId="fuzz" description="fuzz" />
    </>,
  );
  const svg = [...container.querySelectorAll('svg')].map((node) => node.outerHTML).join('');
  const surfaces = container.querySelectorAll(chartSelector.anySurface).length;
  unmount();
  return { svg, surfaces };
}

describe('what reaches the SVG', () => {
  it('never holds NaN or Infinity, whatever the payload (fuzzed)', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(payload, (bars) => {
        expect(drawn(bars).svg).not.toMatch(/NaN|Infinity/);
      }),
      // Rendering costs about 0.1 s a payload here, so 100 renders; normalizeBars itself is fuzzed
      // with 2,000 payloads per property in tests/unit/normalizeBars.test.ts.
      { numRuns: Number(process.env.FUZZ_RUNS ?? 100) },
    );
  });

  it('draws a single point, a flat series and extreme values without NaN', () => {
    for (const bars of [
      [bar({ date: '2025-01-27', close: 118.42 })],
      [
        bar({ date: '2025-01-27', close: 100 }),
        bar({ date: '2025-01-28', close: 100 }),
        bar({ date: '2025-01-29', close: 100 }),
      ],
      [bar({ date: '2025-01-27', close: 1e-6 }), bar({ date: '2025-01-28', close: 1e12 })],
    ]) {
      const { svg, surfaces } = drawn(bars);
      expect(surfaces).toBeGreaterThan(0);
      expect(svg).not.toMatch(/NaN|Infinity/);
    }
  });
});
