import type { ReaderPage } from './readerPage';
import { sleep } from './readerPage';

/**
 * A reader's gestures, built once on the primitives every driver has: the tests ask for "click
 * the Retry button" and each engine gets the same pointer moves and key presses.
 */

/** Polls `fn(arg)` in the page until it returns a truthy value, which it returns. */
export async function waitFor<R, A = null>(
  page: ReaderPage,
  what: string,
  fn: (arg: A) => R,
  arg?: A,
  timeoutMs = 15_000,
): Promise<NonNullable<R>> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await page.evaluate(fn, arg);
    if (value) return value;
    if (Date.now() > end) throw new Error(`${page.engine}: timed out waiting for ${what}`);
    await sleep(100);
  }
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Waits for the first element matching `selector` (and holding `text`, if given), as a reader
 * waits for a part to load, and scrolls it into view.
 */
export async function boxOf(page: ReaderPage, selector: string, text = ''): Promise<Box> {
  return waitFor(
    page,
    `${selector} ${text}`,
    ({ selector, text }) => {
      const element = [...document.querySelectorAll(selector)].find((node) =>
        node.textContent.includes(text),
      );
      if (!element) return null;
      element.scrollIntoView({ block: 'center', inline: 'center' });
      const { x, y, width, height } = element.getBoundingClientRect();
      return { x, y, width, height };
    },
    { selector, text },
  );
}

const centre = (box: Box) => ({ x: box.x + box.width / 2, y: box.y + box.height / 2 });

/** Moves the pointer onto an element and presses and releases the main button there. */
export async function click(page: ReaderPage, selector: string, text = ''): Promise<void> {
  const { x, y } = centre(await boxOf(page, selector, text));
  await page.mouseMove(x, y);
  await page.mouseDown();
  await page.mouseUp();
}

/** Rests the pointer on an element. */
export async function hover(page: ReaderPage, selector: string): Promise<void> {
  const { x, y } = centre(await boxOf(page, selector));
  await page.mouseMove(x, y);
}

/** Drags an element by `dx` pixels across, in steps as a hand does. */
export async function drag(page: ReaderPage, selector: string, dx: number): Promise<void> {
  const { x, y } = centre(await boxOf(page, selector));
  await page.mouseMove(x, y);
  await page.mouseDown();
  for (let step = 1; step <= 8; step++) await page.mouseMove(x + (dx * step) / 8, y);
  await page.mouseUp();
}

/** Gives focus to an element as Tab would (SVG elements included, which some drivers refuse). */
export async function focus(page: ReaderPage, selector: string, index = 0): Promise<void> {
  const focused = await page.evaluate(
    ({ selector, index }) => {
      const element = document.querySelectorAll<HTMLElement | SVGElement>(selector)[index];
      element?.focus();
      return element !== undefined && document.activeElement === element;
    },
    { selector, index },
  );
  if (!focused) throw new Error(`${page.engine}: could not focus ${selector} [${String(index)}]`);
}

/** The text the page shows (what a reader reads, not the markup). */
export const textOf = (page: ReaderPage, selector = 'body') =>
  page.evaluate(
    (selector) => document.querySelector<HTMLElement>(selector)?.innerText ?? '',
    selector,
  );
