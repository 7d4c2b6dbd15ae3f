import { QueryClient } from '@tanstack/react-query';
import { HttpError, isRetryable } from '../api/errors';

const MAX_RETRIES = 2;
const MAX_RETRY_WAIT_MS = 10_000;

/** Backoff doubling from 1 s; a 429's Retry-After is obeyed, capped so the page never waits long. */
export function retryDelay(attempt: number, error: unknown): number {
  if (error instanceof HttpError && error.retryAfterSeconds !== null) {
    return Math.min(error.retryAfterSeconds * 1000, MAX_RETRY_WAIT_MS);
  }
  return Math.min(1000 * 2 ** attempt, 8000);
}

export interface QueryClientOptions {
  /** The rule below (the default), or false: a query fails at once, as the tests want it to. */
  retry?: boolean;
}

/**
 * Retries only what can heal by itself (network, timeouts, 429, 5xx), twice, with backoff; a 4xx or a
 * payload of the wrong shape will not change on a retry, so the page offers Retry instead.
 */
export function createQueryClient({ retry = true }: QueryClientOptions = {}): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: retry
          ? (failureCount, error) => failureCount < MAX_RETRIES && isRetryable(error)
          : false,
        retryDelay,
        refetchOnWindowFocus: false,
      },
    },
  });
}
