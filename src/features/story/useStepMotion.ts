import { useEffect, useRef, type RefObject } from 'react';
import { dayNumber, type TradingDate } from '../../domain/tradingDate';

/** How long the chart takes to settle on a new step's window. */
export const STEP_MOTION_MS = 300;
/** How far the chart slides in, in pixels: enough to read as a movement, not to lose the place. */
const SLIDE_PX = 32;

const reducedMotion = () =>
  typeof window.matchMedia === 'function' &&
  window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * Moves the chart to a new step's window with a short slide, from the side the window moved
 * towards, and a fade. The chart is drawn once, at the new window, and the movement is the
 * compositor's: drawing the window at each frame in between (measured: about 100 ms a frame for the
 * page's charts) would take longer than the movement itself. None when the reader asked for less
 * motion, or when the window changes for any reason but a change of step. It lives in the
 * stepper, so the code loads only with a story.
 */
export function useStepMotion(
  element: RefObject<HTMLElement | null>,
  window: { from: TradingDate; to: TradingDate },
  /** The step shown: a change of it is what moves. */
  step: number,
): void {
  const last = useRef<{ step: number; centre: number } | null>(null);
  const { from, to } = window;
  useEffect(() => {
    const centre = (dayNumber(from) + dayNumber(to)) / 2;
    const before = last.current;
    last.current = { step, centre };
    const box = element.current;
    if (!before || before.step === step || !box || reducedMotion()) return;
    if (typeof box.animate !== 'function') return;
    // A later window comes in from the right, as a page turned forward does.
    const side = Math.sign(centre - before.centre);
    box.animate(
      [
        { opacity: 0.3, transform: `translateX(${String(side * SLIDE_PX)}px)` },
        { opacity: 1, transform: 'none' },
      ],
      { duration: STEP_MOTION_MS, easing: 'ease-out' },
    );
  }, [element, from, to, step]);
}
