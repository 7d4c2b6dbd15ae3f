import { useMemo } from 'react';
import type { PlacedEvent } from '../../domain/eventPlacement';
import { analyseImpact, type ImpactAnalysis } from '../../domain/impactAnalysis';
import type { EventWindow, ReturnModel } from '../../domain/eventStudy';
import type { TradingDate } from '../../domain/tradingDate';
import type { PriceBar } from '../../domain/types';
import { usePricesOf } from '../../queries/prices';
import { formatResult } from './statsFormat';

export interface ImpactChoices {
  subject: string;
  benchmark: string;
  peers: readonly string[];
  model: ReturnModel;
  customWindow: EventWindow | null;
  rebaseDate: TradingDate;
  day0: TradingDate;
  moveDate: TradingDate;
}

/**
 * Fetches the benchmark and the peers, and recomputes the whole analysis (event study, each event's
 * impact, peers rebased) whenever the data or a choice changes: one pure call, measured by the bench.
 */
export function useImpactAnalysis(
  stock: readonly PriceBar[] | null,
  events: readonly PlacedEvent[],
  choices: ImpactChoices,
) {
  const symbols = useMemo(
    () => [...new Set([choices.benchmark, ...choices.peers])],
    [choices.benchmark, choices.peers],
  );
  const prices = usePricesOf(symbols);
  const benchmarkBars = prices.bars.get(choices.benchmark) ?? null;
  const { subject, model, customWindow, rebaseDate, day0, moveDate, peers } = choices;

  const analysis: ImpactAnalysis | null = useMemo(() => {
    if (!stock) return null;
    const peerBars = new Map<string, readonly PriceBar[]>();
    for (const symbol of peers) {
      const bars = prices.bars.get(symbol);
      if (bars) peerBars.set(symbol, bars);
    }
    return analyseImpact({
      subjectSymbol: subject,
      stock,
      benchmark: benchmarkBars,
      peers: peerBars,
      events,
      day0,
      model,
      customWindow,
      rebaseDate,
      moveDate,
    });
  }, [
    subject,
    stock,
    benchmarkBars,
    prices.bars,
    peers,
    events,
    day0,
    model,
    customWindow,
    rebaseDate,
    moveDate,
  ]);

  /** A line for each event's card: its AR on day 0 and its CAR over [-1, +1]. */
  const eventNotes = useMemo(() => {
    const notes = new Map<string, string>();
    if (!analysis) return notes;
    for (const [id, impact] of analysis.eventImpacts) {
      if ('status' in impact) {
        notes.set(id, `Abnormal return vs ${choices.benchmark}: ${impact.reason}.`);
        continue;
      }
      const parts = [
        impact.ar0 && `AR(0) ${formatResult(impact.ar0)}`,
        impact.car && `CAR[-1,+1] ${formatResult(impact.car)}`,
      ].filter(Boolean);
      notes.set(id, `Against ${choices.benchmark}: ${parts.join('; ')}.`);
    }
    return notes;
  }, [analysis, choices.benchmark]);

  return { analysis, prices, eventNotes };
}
