import { useState } from 'react';
import type { RepeatedFailure } from './triedAgain';

interface Seen {
  what: string;
  failedAt: number;
  said: string;
  /** What the failure before this one said, for the same data; null for a first failure. */
  before: string | null;
}

/**
 * Whether the failure shown is a second answer to the same request, and whether it says the same:
 * a Retry that comes back unchanged within a blink would otherwise look as if nothing happened.
 * `failedAt` (the query's errorUpdatedAt) tells a new failure; `what` tells other data, which
 * starts afresh rather than read as a retry.
 */
export function useRepeatedFailure(
  what: string,
  failedAt: number,
  said: string,
): RepeatedFailure | null {
  const [seen, setSeen] = useState<Seen>({ what, failedAt, said, before: null });
  if (seen.what !== what) {
    setSeen({ what, failedAt, said, before: null });
  } else if (seen.failedAt !== failedAt) {
    setSeen({ what, failedAt, said, before: seen.said });
  }
  if (seen.before === null || seen.what !== what || seen.failedAt !== failedAt) return null;
  return { at: seen.failedAt, same: seen.before === seen.said };
}
