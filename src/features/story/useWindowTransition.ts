import { useEffect, useState } from 'react';
import { addDays, dayNumber, type TradingDate } from '../../domain/tradingDate';

export interface DateWindow {
  from: TradingDate;
  to: TradingDate;
}

/** How long the window takes to move between two steps, and in how many drawn frames. */
export const TRANSITION_MS = 300;
/**
 * Each frame redraws the charts (a new window is new rows, axes and event marks): a few frames read
 * as a movement, where one per display frame would cost the whole page 18 redraws in 300 ms.
 */
export const TRANSITION_FRAMES = 6;

const reducedMotion = () =>
  typeof window.matchMedia === 'function' &&
  window.matchMedia('(prefers-reduced-motion: reduce)').matches;

const ease = (t: number) => (t < 0.5 ? 2 * t * t : 1 - (-2 * t + 2) ** 2 / 2);

/** The window `at` of the way from `a` to `b` (0 to 1), in whole days. */
export function windowBetween(a: DateWindow, b: DateWindow, at: number): DateWindow {
  const move = (from: TradingDate, to: TradingDate) =>
    addDays(from, Math.round((dayNumber(to) - dayNumber(from)) * ease(at)));
  return { from: move(a.from, b.from), to: move(a.to, b.to) };
}

interface Moving {
  /** Told apart from the movement before: the frames' timer restarts on a new one. */
  id: number;
  from: DateWindow;
  to: DateWindow;
  at: number;
}

/**
 * The window to draw: `target`, reached in a short movement each time `stop` changes (the reader
 * went to another step) and at once otherwise, or when the reader asked for less motion.
 */
export function useWindowTransition(target: DateWindow, stop: number): DateWindow {
  const [seen, setSeen] = useState({ stop, window: target });
  const [moving, setMoving] = useState<Moving | null>(null);
  const shown = moving ? windowBetween(moving.from, moving.to, moving.at) : seen.window;
  if (stop !== seen.stop) {
    // Set while rendering, so no frame shows the new step's window before the movement starts.
    setSeen({ stop, window: target });
    setMoving(
      reducedMotion() ? null : { id: (moving?.id ?? 0) + 1, from: shown, to: target, at: 0 },
    );
  } else if (target.from !== seen.window.from || target.to !== seen.window.to) {
    // The reader moved the window: it goes where they put it.
    setSeen({ stop, window: target });
    setMoving(null);
  }

  const movingId = moving?.id ?? null;
  useEffect(() => {
    if (movingId === null) return;
    let start: number | null = null;
    let frame = 0;
    let timer = 0;
    const tick = (now: number) => {
      start ??= now;
      const at = Math.min(1, (now - start) / TRANSITION_MS);
      const next = Math.ceil(at * TRANSITION_FRAMES);
      if (next !== frame) {
        frame = next;
        setMoving((current) =>
          current?.id === movingId
            ? at < 1
              ? { ...current, at: frame / TRANSITION_FRAMES }
              : null
            : current,
        );
      }
      if (at < 1) timer = requestAnimationFrame(tick);
    };
    timer = requestAnimationFrame(tick);
    return () => {
      cancelAnimationFrame(timer);
    };
  }, [movingId]);

  return moving ? shown : target;
}
