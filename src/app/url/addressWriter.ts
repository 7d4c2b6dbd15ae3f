/** Writes the view's address, coalesced, and never lets a refused write reach the page. */
export interface AddressWriter {
  /** Asks for the address to become `url`; the last one asked for is always written, in time. */
  write: (url: string) => void;
  /** Stops any write still waiting (the page is going away, or the address changed by itself). */
  cancel: () => void;
}

export interface AddressWriterOptions {
  /** Replaces the address (history.replaceState); may throw when the browser refuses. */
  replace: (url: string) => void;
  /** At least this long between two writes. */
  minIntervalMs?: number;
  now?: () => number;
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
}

/**
 * Safari (WebKit) throws a SecurityError past 100 history writes in 10 s, and a drag of the
 * navigator asks for one per step. Writes here are at most one per `minIntervalMs` (the first at
 * once, the last after the pause), so a held key stays far below any such limit; a write the
 * browser refuses anyway is tried again later, with a growing pause, while the view itself lives
 * in memory and never waits for the address.
 */
export function createAddressWriter({
  replace,
  minIntervalMs = 250,
  now = () => performance.now(),
  setTimer = (run, ms) => setTimeout(run, ms),
  clearTimer = (timer) => {
    clearTimeout(timer as ReturnType<typeof setTimeout>);
  },
}: AddressWriterOptions): AddressWriter {
  let wanted: string | null = null;
  let lastWrite = Number.NEGATIVE_INFINITY;
  let timer: unknown = null;
  let refusals = 0;

  const later = (ms: number) => {
    timer = setTimer(attempt, ms);
  };
  function attempt() {
    timer = null;
    if (wanted === null) return;
    lastWrite = now();
    try {
      replace(wanted);
      wanted = null;
      refusals = 0;
    } catch {
      refusals += 1;
      later(Math.min(minIntervalMs * 2 ** refusals, 10_000));
    }
  }

  return {
    write: (url) => {
      wanted = url;
      if (timer !== null) return;
      const wait = lastWrite + minIntervalMs - now();
      if (wait <= 0) attempt();
      else later(wait);
    },
    cancel: () => {
      if (timer !== null) clearTimer(timer);
      timer = null;
      wanted = null;
    },
  };
}
