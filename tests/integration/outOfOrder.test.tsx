import { QueryClientProvider } from '@tanstack/react-query';
import { renderHook, waitFor } from '@testing-library/react';
import fc from 'fast-check';
import { delay, http } from 'msw';
import type { ReactNode } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import { pricesBySymbol } from '../../mocks/dataset';
import { API_PATH } from '../../mocks/handlers';
import { server } from '../../mocks/node';
import { useDashboardModel } from '../../src/app/model/useDashboardModel';
import { createQueryClient } from '../../src/app/queryClient';
import { CHART_READY_MARK } from '../../src/charts/useChartReadyMark';
import { DEFAULT_VIEW } from '../../src/app/viewState';
import { eventStudy } from '../../src/domain/eventStudy';
import { dailyReturns, pairReturns } from '../../src/domain/returns';

/**
 * The reader picks benchmarks one after another faster than their prices arrive, each symbol's
 * answer taking its own time: once everything has settled, the study must be against the benchmark
 * picked last, never against whichever answer happened to arrive last.
 */

const BENCHMARKS = ['QQQ', 'SPY', 'SMH', 'SOXX'] as const;
type Benchmark = (typeof BENCHMARKS)[number];
const DAY0 = '2025-01-27';

const nvda = pricesBySymbol.get('NVDA');
if (!nvda) throw new Error('the NVDA fixture is missing');
const stock = nvda;
const NO_PEERS: readonly string[] = [];

/** The study against a benchmark, run directly on the fixture bars (not through the hook). */
function expectedFit(benchmark: Benchmark): { alpha: number; beta: number } {
  const market = pricesBySymbol.get(benchmark);
  if (!market) throw new Error(`the ${benchmark} fixture is missing`);
  const study = eventStudy(pairReturns(dailyReturns(stock), dailyReturns(market)), DAY0);
  if (study.status !== 'ok') throw new Error(study.reason);
  return { alpha: study.alpha, beta: study.beta };
}

const EXPECTED = new Map(BENCHMARKS.map((symbol) => [symbol, expectedFit(symbol)]));

const sleep = (ms: number) =>
  new Promise<void>((resolve) => {
    setTimeout(resolve, ms);
  });

describe('the dashboard model with benchmark answers arriving out of order', () => {
  // The model asks for the benchmark's prices once the page's first chart is drawn; this hook has
  // no chart, so the page's chart is taken as drawn, as it is whenever a reader picks a benchmark.
  beforeAll(() => {
    performance.mark(CHART_READY_MARK);
  });

  it('the four benchmarks give four different fits (so a wrong one would show)', () => {
    const betas = new Set([...EXPECTED.values()].map((fit) => fit.beta.toFixed(6)));
    const alphas = new Set([...EXPECTED.values()].map((fit) => fit.alpha.toExponential(6)));

    expect(betas.size).toBe(4);
    expect(alphas.size).toBe(4);
  });

  it('ends on the study for the last benchmark picked', async () => {
    const picks = fc.array(fc.constantFrom(...BENCHMARKS), { minLength: 2, maxLength: 5 });
    const delays = fc.record({
      QQQ: fc.integer({ min: 0, max: 20 }),
      SPY: fc.integer({ min: 0, max: 20 }),
      SMH: fc.integer({ min: 0, max: 20 }),
      SOXX: fc.integer({ min: 0, max: 20 }),
    });
    const pauses = fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 5, maxLength: 5 });

    await fc.assert(
      fc.asyncProperty(picks, delays, pauses, async (sequence, delayOf, pauseAfter) => {
        let inFlight = 0;
        server.resetHandlers();
        server.use(
          http.get(`${API_PATH}/prices/:symbol`, async ({ params }) => {
            const symbol = String(params.symbol);
            inFlight += 1;
            await delay(symbol in delayOf ? delayOf[symbol as Benchmark] : 0);
            inFlight -= 1;
            return undefined; // on to the real handler
          }),
        );
        const client = createQueryClient({ retry: false });
        const wrapper = ({ children }: { children: ReactNode }) => (
          <QueryClientProvider client={client}>{children}</QueryClientProvider>
        );
        const [first = 'QQQ', ...rest] = sequence;
        const { result, rerender, unmount } = renderHook(
          ({ benchmark }: { benchmark: Benchmark }) =>
            useDashboardModel({ ...DEFAULT_VIEW, benchmark, peers: NO_PEERS }),
          { wrapper, initialProps: { benchmark: first } },
        );
        try {
          for (const [index, benchmark] of rest.entries()) {
            await sleep(pauseAfter[index] ?? 0);
            rerender({ benchmark });
          }
          const last = sequence.at(-1) ?? first;
          const expected = EXPECTED.get(last);

          // Every answer, for earlier picks too, has been sent, and the last pick's has arrived.
          await waitFor(
            () => {
              expect(inFlight).toBe(0);
              expect(result.current.analysis?.study.status).toBe('ok');
            },
            { timeout: 3000, interval: 2 },
          );
          await sleep(5);

          const study = result.current.analysis?.study;
          expect(study?.status).toBe('ok');
          if (study?.status !== 'ok') return;
          expect(study.alpha).toBeCloseTo(expected?.alpha ?? Number.NaN, 12);
          expect(study.beta).toBeCloseTo(expected?.beta ?? Number.NaN, 12);
          // Each event's card note names the benchmark it was measured against: the last one.
          const notes = [...result.current.eventNotes.values()];
          expect(notes.length).toBeGreaterThan(0);
          for (const note of notes) expect(note).toContain(` ${last}`);
        } finally {
          unmount();
          client.clear();
        }
      }),
      { numRuns: 200 },
    );
  }, 120_000);
});
