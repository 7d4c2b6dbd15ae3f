import { QueryClient } from '@tanstack/react-query';
import { isRetryable } from '../api/errors';

const MAX_RETRIES = 2;

/**
 * Retries only what can heal by itself (network, timeouts, 429, 5xx), twice, with backoff; a 4xx or a
 * payload of the wrong shape will not change on a retry, so the page offers Retry instead.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: (failureCount, error) => failureCount < MAX_RETRIES && isRetryable(error),
        retryDelay: (attempt) => Math.min(1000 * 2 ** attempt, 8000),
        refetchOnWindowFocus: false,
      },
    },
  });
}
