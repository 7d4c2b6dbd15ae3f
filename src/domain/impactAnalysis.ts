import type { PlacedEvent } from './eventPlacement';
import {
  eventStudy,
  STANDARD_WINDOWS,
  type EventStudy,
  type EventWindow,
  type NoEventStudy,
  type ReturnModel,
  type WindowResult,
} from './eventStudy';
import { dailyReturns, pairReturns, rebaseTo100, sortedUniqueBars } from './returns';
import type { TradingDate } from './tradingDate';
import type { PriceBar } from './types';

export interface ImpactInput {
  subjectSymbol: string;
  stock: readonly PriceBar[];
  /** Null while the benchmark has not arrived (or failed): the peers do not wait for it. */
  benchmark: readonly PriceBar[] | null;
  /** Peer symbols with their bars, for the rebased comparison and the peers table. */
  peers: ReadonlyMap<string, readonly PriceBar[]>;
  events: readonly PlacedEvent[];
  /** Day 0 of the main study: the session of the shock, or of the event the reader picked. */
  day0: TradingDate;
  model: ReturnModel;
  /** The reader's own window, studied beside the standard ones. */
  customWindow: EventWindow | null;
  rebaseDate: TradingDate;
  /** The day whose move the peers table shows (the shock day). */
  moveDate: TradingDate;
}

/** An event's own study: AR on its day 0 and CAR over [-1, +1]. */
export interface EventImpact {
  day0: TradingDate;
  ar0: WindowResult | null;
  car: WindowResult | null;
}

export interface PeerMove {
  symbol: string;
  /** Close of the session before `moveDate` to close of `moveDate`. */
  changePct: number | null;
  rebased: { date: TradingDate; value: number }[] | null;
}

export interface ImpactAnalysis {
  study: EventStudy | NoEventStudy;
  /** The subject itself, rebased like its peers. */
  subject: PeerMove;
  eventImpacts: Map<string, EventImpact | NoEventStudy>;
  peers: PeerMove[];
}

function closeToClose(bars: readonly PriceBar[], date: TradingDate): number | null {
  const sorted = sortedUniqueBars(bars);
  const index = sorted.findIndex((bar) => bar.date === date);
  const today = sorted[index];
  const before = sorted[index - 1];
  return today && before ? today.close / before.close - 1 : null;
}

/**
 * Everything the analytics panels show, recomputed from the data and the view in one pure pass: the
 * main event study, each event's own AR(0) and CAR[-1,+1], and the peers rebased with their move.
 */
export function analyseImpact(input: ImpactInput): ImpactAnalysis {
  const windows = input.customWindow ? [...STANDARD_WINDOWS, input.customWindow] : STANDARD_WINDOWS;
  const paired = input.benchmark
    ? pairReturns(dailyReturns(input.stock), dailyReturns(input.benchmark))
    : null;
  const study: EventStudy | NoEventStudy = paired
    ? eventStudy(paired, input.day0, { model: input.model, windows })
    : { status: 'no-benchmark', reason: 'the benchmark has no prices yet' };

  const eventImpacts = new Map<string, EventImpact | NoEventStudy>();
  // Several events share a session (seven on 27 Jan 2025): each day 0 is studied once.
  const byDay0 = new Map<TradingDate, EventImpact | NoEventStudy>();
  for (const placed of paired ? input.events : []) {
    const day0 = placed.sessionOfEffect;
    if (!day0) {
      eventImpacts.set(placed.event.id, {
        status: 'no-day-0',
        reason: 'no session after the event',
      });
      continue;
    }
    let impact = byDay0.get(day0);
    if (!impact) {
      const result = eventStudy(paired ?? [], day0, {
        model: input.model,
        windows: [
          [0, 0],
          [-1, 1],
        ],
      });
      impact =
        result.status === 'ok'
          ? { day0, ar0: result.windows[0] ?? null, car: result.windows[1] ?? null }
          : result;
      byDay0.set(day0, impact);
    }
    eventImpacts.set(placed.event.id, impact);
  }

  const move = (symbol: string, bars: readonly PriceBar[]): PeerMove => ({
    symbol,
    changePct: closeToClose(bars, input.moveDate),
    rebased: rebaseTo100(bars, input.rebaseDate),
  });
  const peers = [...input.peers.entries()].map(([symbol, bars]) => move(symbol, bars));
  return { study, subject: move(input.subjectSymbol, input.stock), eventImpacts, peers };
}
