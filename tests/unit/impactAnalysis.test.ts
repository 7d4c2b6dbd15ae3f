import { describe, expect, it } from 'vitest';
import { placeEvents } from '../../src/domain/eventPlacement';
import {
  eventStudy,
  STANDARD_WINDOWS,
  type EventStudy,
  type EventWindow,
  type NoEventStudy,
  type ReturnModel,
} from '../../src/domain/eventStudy';
import { analyseImpact, type EventImpact, type ImpactInput } from '../../src/domain/impactAnalysis';
import { dailyReturns, pairReturns } from '../../src/domain/returns';
import type { MarketEvent } from '../../src/domain/types';
import { at, bar, plusDays, seeded, weekdayOf, weekdays } from '../support/builders';

// ---------------------------------------------------------------------------------------------
// Synthetic data
// ---------------------------------------------------------------------------------------------

const SESSIONS = 170;
const dates = weekdays('2024-06-03', SESSIONS);
/** Day 0 of the main study: 140 sessions in, so the 120-session estimation window fits in full. */
const DAY0_INDEX = 140;
const day0 = at(dates, DAY0_INDEX);
/** A Friday well inside the data, and the Saturday after it (a day with no bar). */
const FRIDAY_INDEX = dates.findIndex((date, index) => index >= 110 && weekdayOf(date) === 5);
const saturday = plusDays(at(dates, FRIDAY_INDEX), 1);

const draw = seeded(20250127);
const marketReturns = dates.map(() => (draw() - 0.5) * 0.04);
const stockReturns = marketReturns.map((market, index) => {
  const shock = index === DAY0_INDEX ? -0.17 : 0;
  return 0.0005 + 1.4 * market + (draw() - 0.5) * 0.02 + shock;
});
const pathOf = (returns: readonly number[], start: number) => {
  const closes: number[] = [];
  let close = start;
  for (const [index, value] of returns.entries()) {
    if (index > 0) close *= 1 + value;
    closes.push(close);
  }
  return closes;
};
const stockCloses = pathOf(stockReturns, 120);
const marketCloses = pathOf(marketReturns, 500);
// The stock has adjusted closes (a constant factor: the same returns), the index has none.
const stock = dates.map((date, index) =>
  bar({ date, close: at(stockCloses, index), adjClose: at(stockCloses, index) * 0.98 }),
);
const benchmark = dates.map((date, index) =>
  bar({ date, close: at(marketCloses, index), adjClose: null }),
);
const paired = pairReturns(dailyReturns(stock), dailyReturns(benchmark));

const event = (id: string, start: string): MarketEvent => ({
  id,
  title: id,
  kind: 'news',
  start,
  end: null,
  summary: '',
  quote: null,
  sources: [],
});

function input(overrides: Partial<ImpactInput> = {}): ImpactInput {
  return {
    subjectSymbol: 'NVDA',
    stock,
    benchmark,
    peers: new Map(),
    events: [],
    day0,
    model: 'market-model',
    customWindow: null,
    rebaseDate: at(dates, DAY0_INDEX - 1),
    moveDate: day0,
    ...overrides,
  };
}

function ok(study: EventStudy | NoEventStudy): EventStudy {
  if (study.status !== 'ok')
    throw new Error(`expected a study, got ${study.status}: ${study.reason}`);
  return study;
}

function impactOf(impact: EventImpact | NoEventStudy | undefined): EventImpact {
  if (impact === undefined) throw new Error('no impact');
  if ('status' in impact) throw new Error(`expected an impact, got ${impact.status}`);
  return impact;
}

/** Sum of the abnormal returns of days [from, to], read off a study's list. */
function sumAbnormal(study: EventStudy, [from, to]: EventWindow): number {
  return study.abnormal
    .filter((point) => point.day >= from && point.day <= to)
    .reduce((sum, point) => sum + point.value, 0);
}

/** Close-to-close simple return of session `index` of a close path, computed by hand. */
const returnAt = (closes: readonly number[], index: number) =>
  at(closes, index) / at(closes, index - 1) - 1;

// ---------------------------------------------------------------------------------------------
// The main study
// ---------------------------------------------------------------------------------------------

describe('analyseImpact: the main study', () => {
  it('builds synthetic data that satisfies the default estimation rule', () => {
    expect(dates.every((date) => weekdayOf(date) !== 0 && weekdayOf(date) !== 6)).toBe(true);
    expect(paired).toHaveLength(SESSIONS - 1);
  });

  for (const model of ['market-model', 'market-adjusted'] as const) {
    it(`is eventStudy over the paired daily returns (${model})`, () => {
      const { study } = analyseImpact(input({ model }));
      const direct = eventStudy(pairReturns(dailyReturns(stock), dailyReturns(benchmark)), day0, {
        model,
        windows: STANDARD_WINDOWS,
      });
      expect(study).toEqual(direct);
      const result = ok(study);
      expect(result.day0).toBe(day0);
      expect(result.model).toBe(model);
      expect(result.estimation.sessions).toBe(120);
      expect(result.windows.map((window) => window?.window)).toEqual([
        [0, 0],
        [-1, 1],
        [0, 1],
        [-5, 5],
      ]);
    });
  }

  it('measures against the benchmark given: R - Rm on day 0 for the market-adjusted model', () => {
    const study = ok(analyseImpact(input({ model: 'market-adjusted' })).study);
    const expected = returnAt(stockCloses, DAY0_INDEX) - returnAt(marketCloses, DAY0_INDEX);
    expect(study.windows[0]?.car).toBeCloseTo(expected, 12);
    // The shock of -17% shows through.
    expect(expected).toBeLessThan(-0.1);
  });

  it('adds the custom window as the last window result', () => {
    const custom: EventWindow = [-3, 2];
    const { study } = analyseImpact(input({ customWindow: custom }));
    const result = ok(study);
    expect(result.windows).toHaveLength(STANDARD_WINDOWS.length + 1);
    const last = result.windows.at(-1);
    expect(last?.window).toEqual([-3, 2]);
    expect(last?.days).toBe(6);
    expect(last?.car).toBeCloseTo(sumAbnormal(result, custom), 12);
    // The standard windows are unchanged by it.
    const plain = ok(analyseImpact(input()).study);
    expect(result.windows.slice(0, STANDARD_WINDOWS.length)).toEqual(plain.windows);
  });

  it('gives the custom window a null result when it leaves the data', () => {
    const { study } = analyseImpact(input({ day0: at(dates, SESSIONS - 2), customWindow: [0, 3] }));
    const result = ok(study);
    expect(result.windows).toHaveLength(5);
    expect(result.windows.at(-1)).toBeNull();
  });

  it('reports a day 0 with no data', () => {
    const { study } = analyseImpact(input({ day0: saturday }));
    expect(study.status).toBe('no-day-0');
  });
});

// ---------------------------------------------------------------------------------------------
// Each event's own study
// ---------------------------------------------------------------------------------------------

describe('analyseImpact: each event', () => {
  const events = [
    event('on-a-session', at(dates, 120)),
    event('on-a-saturday', saturday),
    event('after-the-close', `${at(dates, 130)}T16:30:00-05:00`),
    event('on-the-last-session', at(dates, SESSIONS - 1)),
    event('after-the-data', plusDays(at(dates, SESSIONS - 1), 10)),
    event('too-early', at(dates, 20)),
  ];
  const { placed, skipped } = placeEvents(events, dates);

  it('places the fixtures where the test expects them', () => {
    expect(skipped).toEqual([]);
    const effect = new Map(placed.map((p) => [p.event.id, p.sessionOfEffect]));
    expect(effect.get('on-a-session')).toBe(at(dates, 120));
    expect(effect.get('on-a-saturday')).toBe(at(dates, FRIDAY_INDEX + 1));
    expect(effect.get('after-the-close')).toBe(at(dates, 131));
    expect(effect.get('after-the-data')).toBeNull();
  });

  for (const model of ['market-model', 'market-adjusted'] as const satisfies ReturnModel[]) {
    it(`gives each placed event the AR(0) and CAR[-1,+1] of a study at its session of effect (${model})`, () => {
      const { eventImpacts } = analyseImpact(input({ events: placed, model }));
      expect([...eventImpacts.keys()].sort()).toEqual(events.map((e) => e.id).sort());
      for (const id of ['on-a-session', 'on-a-saturday', 'after-the-close']) {
        const placedEvent = placed.find((p) => p.event.id === id);
        const session = placedEvent?.sessionOfEffect ?? '';
        const direct = ok(
          eventStudy(paired, session, {
            model,
            windows: [
              [0, 0],
              [-1, 1],
            ],
          }),
        );
        const impact = impactOf(eventImpacts.get(id));
        expect(impact).toEqual({ day0: session, ar0: direct.windows[0], car: direct.windows[1] });
        expect(impact.ar0?.window).toEqual([0, 0]);
        expect(impact.ar0?.car).toBeCloseTo(sumAbnormal(direct, [0, 0]), 12);
        expect(impact.car?.window).toEqual([-1, 1]);
        expect(impact.car?.days).toBe(3);
        expect(impact.car?.car).toBeCloseTo(sumAbnormal(direct, [-1, 1]), 12);
      }
    });
  }

  it('uses the model chosen: R - Rm on the event day for the market-adjusted model', () => {
    const { eventImpacts } = analyseImpact(input({ events: placed, model: 'market-adjusted' }));
    const impact = impactOf(eventImpacts.get('on-a-session'));
    const expected = returnAt(stockCloses, 120) - returnAt(marketCloses, 120);
    expect(impact.ar0?.car).toBeCloseTo(expected, 12);
    const car = [119, 120, 121].reduce(
      (sum, index) => sum + returnAt(stockCloses, index) - returnAt(marketCloses, index),
      0,
    );
    expect(impact.car?.car).toBeCloseTo(car, 12);
  });

  it("gives status 'no-day-0' to an event with no session of effect", () => {
    const { eventImpacts } = analyseImpact(input({ events: placed }));
    const impact = eventImpacts.get('after-the-data');
    expect(impact && 'status' in impact ? impact.status : 'an impact').toBe('no-day-0');
  });

  it('passes on the reason there is no study: too little data before an early event', () => {
    const { eventImpacts } = analyseImpact(input({ events: placed }));
    const impact = eventImpacts.get('too-early');
    expect(impact && 'status' in impact ? impact.status : 'an impact').toBe('not-enough-data');
  });

  it('gives a null CAR[-1,+1] on the last session, where day +1 is missing', () => {
    const { eventImpacts } = analyseImpact(input({ events: placed }));
    const impact = impactOf(eventImpacts.get('on-the-last-session'));
    expect(impact.day0).toBe(at(dates, SESSIONS - 1));
    expect(impact.ar0).not.toBeNull();
    expect(impact.car).toBeNull();
  });

  it('studies no event when there is none', () => {
    expect(analyseImpact(input()).eventImpacts.size).toBe(0);
  });
});

// ---------------------------------------------------------------------------------------------
// Peers and the subject
// ---------------------------------------------------------------------------------------------

describe('analyseImpact: peers', () => {
  const d = (offset: number) => at(dates, DAY0_INDEX + offset);
  /**
   *   session  close  adjClose
   *   -2       50     45
   *   -1       40     38        <- rebase date
   *    0       30     36        <- move date: 30 / 40 - 1 = -0.25 (adjusted: 36/38 - 1)
   *   +1       33     33
   */
  const peer = [
    bar({ date: d(-2), close: 50, adjClose: 45 }),
    bar({ date: d(-1), close: 40, adjClose: 38 }),
    bar({ date: d(0), close: 30, adjClose: 36 }),
    bar({ date: d(1), close: 33, adjClose: 33 }),
  ];

  it("gives a peer's close-to-close move on the move date", () => {
    const { peers } = analyseImpact(input({ peers: new Map([['AMD', peer]]) }));
    expect(peers).toHaveLength(1);
    expect(peers[0]?.symbol).toBe('AMD');
    expect(peers[0]?.changePct).toBe(-0.25);
  });

  it('reads the bars in date order, whatever order they come in', () => {
    const shuffled = [at(peer, 2), at(peer, 0), at(peer, 3), at(peer, 1)];
    const { peers } = analyseImpact(input({ peers: new Map([['AMD', shuffled]]) }));
    expect(peers[0]?.changePct).toBe(-0.25);
    expect(peers[0]?.rebased?.map((point) => point.date)).toEqual([d(-2), d(-1), d(0), d(1)]);
  });

  it('gives a null move when the move date has no bar, or no bar before it', () => {
    const missing = peer.filter((b) => b.date !== d(0));
    const first = peer.filter((b) => b.date >= d(0));
    const { peers } = analyseImpact(
      input({
        peers: new Map([
          ['MISSING', missing],
          ['FIRST', first],
          ['EMPTY', []],
        ]),
      }),
    );
    expect(peers.map((p) => [p.symbol, p.changePct])).toEqual([
      ['MISSING', null],
      ['FIRST', null],
      ['EMPTY', null],
    ]);
  });

  it('rebases each peer to 100 on the rebase date, on its adjusted closes', () => {
    const { peers } = analyseImpact(input({ peers: new Map([['AMD', peer]]) }));
    const rebased = peers[0]?.rebased ?? [];
    expect(rebased.map((point) => point.date)).toEqual([d(-2), d(-1), d(0), d(1)]);
    // Every bar has an adjusted close, so the base is 38: 45/38, 38/38, 36/38, 33/38 (x 100).
    const expected = [(45 / 38) * 100, 100, (36 / 38) * 100, (33 / 38) * 100];
    rebased.forEach((point, index) => {
      expect(point.value).toBeCloseTo(at(expected, index), 10);
    });
    expect(rebased.find((point) => point.date === d(-1))?.value).toBe(100);
  });

  it('gives a null rebased series when the rebase date has no bar', () => {
    const { peers, subject } = analyseImpact(
      input({
        peers: new Map([['AMD', peer.filter((b) => b.date !== d(-1))]]),
        rebaseDate: saturday,
      }),
    );
    expect(peers[0]?.rebased).toBeNull();
    expect(subject.rebased).toBeNull();
  });

  it('keeps the peers in the order given', () => {
    const { peers } = analyseImpact(
      input({
        peers: new Map([
          ['TSM', peer],
          ['AVGO', peer],
          ['QQQ', benchmark],
        ]),
      }),
    );
    expect(peers.map((p) => p.symbol)).toEqual(['TSM', 'AVGO', 'QQQ']);
    expect(peers[2]?.changePct).toBeCloseTo(returnAt(marketCloses, DAY0_INDEX), 12);
  });

  it('treats the subject like a peer', () => {
    const { subject } = analyseImpact(input());
    expect(subject.symbol).toBe('NVDA');
    expect(subject.changePct).toBeCloseTo(returnAt(stockCloses, DAY0_INDEX), 12);
    const rebased = subject.rebased ?? [];
    expect(rebased).toHaveLength(SESSIONS);
    const base = at(stockCloses, DAY0_INDEX - 1);
    expect(rebased.find((point) => point.date === d(-1))?.value).toBe(100);
    rebased.forEach((point, index) => {
      expect(point.date).toBe(at(dates, index));
      expect(point.value).toBeCloseTo((at(stockCloses, index) / base) * 100, 9);
    });
  });

  it('measures the move on the move date given, not on day 0', () => {
    const { subject } = analyseImpact(input({ moveDate: d(1) }));
    expect(subject.changePct).toBeCloseTo(returnAt(stockCloses, DAY0_INDEX + 1), 12);
  });
});
