import { usePrefetchQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useEvents } from '../../queries/events';
import { useFailure } from '../../queries/failures';
import { pricesQueryOptions, usePrices, usePricesOf } from '../../queries/prices';
import { useShares } from '../../queries/shares';
import { symbolsQueryOptions } from '../../queries/symbols';
import { CHART_MODES } from '../../domain/vocabulary';
import { STORY } from '../../story/story';
import { useAfterFirstChart } from '../useAfterFirstChart';
import { useAnalysisCode } from './useAnalysisCode';
import type { ViewState } from '../viewState';
import { createDashboardModel, type DashboardModel } from './dashboardModel';

const NOTHING_YET: readonly string[] = [];

/**
 * The dashboard model for the view, from the queries it needs. The panels ask for their own
 * queries' states (a failure and its Retry); TanStack Query shares one request between them.
 */
export function useDashboardModel(view: ViewState): DashboardModel {
  const prices = usePrices(STORY.symbol);
  // Failed while a Retry asks again too: what waits on the prices keeps its place meanwhile.
  const pricesFailure = useFailure(pricesQueryOptions(STORY.symbol).queryKey, prices);
  const shares = useShares(STORY.symbol);
  const events = useEvents(STORY.symbol);
  const symbols = useMemo(
    () => [...new Set([view.benchmark, ...view.peers])],
    [view.benchmark, view.peers],
  );
  // The benchmark's and peers' prices (about 25 KB) are not needed for the first chart of a
  // price view: they are asked for once it is drawn, so they do not compete with it for the
  // network. A comparison chart needs them at once, and so does a page whose chart cannot draw.
  const comparisonNow = CHART_MODES[view.mode].panels === 'comparison';
  const afterChart = useAfterFirstChart(comparisonNow || pricesFailure !== null);
  const compared = usePricesOf(afterChart ? symbols : NOTHING_YET);
  // So is the event study's code (about 2 KB gzip), which works on them.
  const analysisCode = useAnalysisCode(afterChart);
  // The study and peers panels name the symbols; their list is asked for now, as it always was, so
  // the names are in when those panels mount rather than rewrap their controls a moment later.
  usePrefetchQuery(symbolsQueryOptions());
  const [model] = useState(createDashboardModel);
  return model(view, {
    prices: prices.data ?? null,
    pricesFailed: pricesFailure !== null,
    shares: shares.data?.points ?? null,
    sharesSettled: !shares.isPending,
    events: events.data?.events ?? null,
    compared: compared.bars,
    analysisCode,
  });
}
