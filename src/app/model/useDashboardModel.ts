import { usePrefetchQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useEvents } from '../../queries/events';
import { useFailure } from '../../queries/failures';
import { pricesQueryOptions, usePrices, usePricesOf } from '../../queries/prices';
import { useShares } from '../../queries/shares';
import { symbolsQueryOptions } from '../../queries/symbols';
import { STORY } from '../../story/story';
import type { ViewState } from '../viewState';
import { createDashboardModel, type DashboardModel } from './dashboardModel';

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
  const compared = usePricesOf(symbols);
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
  });
}
