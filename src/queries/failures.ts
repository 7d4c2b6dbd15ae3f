import { useQueryClient, type Query, type QueryClient, type QueryKey } from '@tanstack/react-query';
import { useCallback } from 'react';

/** A request that failed: its error, and when that answer came back (the query's errorUpdatedAt). */
export interface Failure {
  error: Error;
  failedAt: number;
}

/**
 * The failure each query had when the reader pressed Retry. TanStack Query clears the error of a
 * query without data as soon as it asks again, so the page would swap the message, and the Retry
 * the focus is on, for a loading state and back within a blink; this keeps it until the answer.
 */
const askedAgain = new WeakMap<Query, Failure>();

/**
 * Refetches every query of the page that is in error, whichever panel asked: one outage fails the
 * chart, the study and the peers together, and the reader's one Retry should bring them all back.
 * Only active queries: one nothing shows any more (a benchmark switched away from) is left alone.
 */
export function useRetryFailed(): () => void {
  const client = useQueryClient();
  return useCallback(() => {
    const isFailed = (query: Query) => query.state.status === 'error';
    for (const query of client.getQueryCache().findAll({ type: 'active', predicate: isFailed })) {
      const { error, errorUpdatedAt } = query.state;
      if (error) askedAgain.set(query, { error, failedAt: errorUpdatedAt });
    }
    void client.refetchQueries({ type: 'active', predicate: isFailed });
  }, [client]);
}

/** The failure a query shows: its error, or, while a Retry asks again, the error it had before. */
export function failureOf(
  client: QueryClient,
  queryKey: QueryKey,
  result: { error: Error | null; errorUpdatedAt: number; isFetching: boolean },
): Failure | null {
  if (result.error) return { error: result.error, failedAt: result.errorUpdatedAt };
  if (!result.isFetching) return null;
  const query = client.getQueryCache().find({ queryKey, exact: true });
  // Only a query still without data: one that has answered since is not being retried.
  if (!query || query.state.data !== undefined) return null;
  const before = askedAgain.get(query);
  return before && before.failedAt === query.state.errorUpdatedAt ? before : null;
}

/** As failureOf, for one query of the component. */
export function useFailure(
  queryKey: QueryKey,
  result: { error: Error | null; errorUpdatedAt: number; isFetching: boolean },
): Failure | null {
  return failureOf(useQueryClient(), queryKey, result);
}
