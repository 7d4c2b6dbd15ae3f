import type { Page } from 'playwright-core';
import { chartSelector } from '../support/selectors';

/** The parts of an embed a reader sees, by the selector of each. */
export const EMBED_PARTS = {
  title: '.embed__title',
  caption: '.embed__caption',
  plot: '.embed__chart',
  legend: '.embed__legend',
  // Today's toggles sit in the embed bare; the fold puts them in a box of their own.
  toggles: '.embed__controls, .embed > .kind-toggles',
  source: '.embed__source',
} as const;

export type EmbedPart = keyof typeof EMBED_PARTS;

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface EmbedBoxes {
  frame: { width: number; height: number };
  /** Each part that shows, as the box of everything drawn in it (text that runs out of it too). */
  parts: Partial<Record<EmbedPart, Box>>;
  /** The box the plot is given: its drawn content must stay inside it. */
  plotBox: Box | null;
  /** The height of the first chart's plotting area (its grid), inside the axes and labels. */
  gridHeight: number;
}

/**
 * Measures the embed's parts in the page. A part's box is the union of its own box and of every
 * visible element in it, so an axis label or a legend item that spills out counts where it is drawn,
 * not where its parent ends.
 */
export function measureEmbed(page: Page): Promise<EmbedBoxes> {
  // The selectors go in as an argument: the function runs in the page, which has no imports.
  return page.evaluate(
    ({ parts, grid }) => {
      const shows = (element: Element) => {
        const style = getComputedStyle(element);
        const rect = element.getBoundingClientRect();
        return style.visibility !== 'hidden' && rect.width > 0 && rect.height > 0;
      };
      const boxOf = (root: Element) => {
        let box = root.getBoundingClientRect().toJSON() as {
          left: number;
          top: number;
          right: number;
          bottom: number;
        };
        for (const element of root.querySelectorAll('*')) {
          // Clip paths and gradients are not drawn where their boxes say; a closed menu's list is not drawn.
          if (element.closest('defs, clipPath, .visually-hidden') || !shows(element)) continue;
          const rect = element.getBoundingClientRect();
          box = {
            left: Math.min(box.left, rect.left),
            top: Math.min(box.top, rect.top),
            right: Math.max(box.right, rect.right),
            bottom: Math.max(box.bottom, rect.bottom),
          };
        }
        return box;
      };
      const measured: Record<string, ReturnType<typeof boxOf>> = {};
      for (const [name, selector] of Object.entries(parts)) {
        const element = document.querySelector(selector);
        if (element && shows(element)) measured[name] = boxOf(element);
      }
      const plot = document.querySelector(parts.plot);
      const plotRect = plot?.getBoundingClientRect();
      return {
        frame: { width: window.innerWidth, height: window.innerHeight },
        gridHeight:
          document.querySelector(`${parts.plot} ${grid}`)?.getBoundingClientRect().height ?? 0,
        parts: measured,
        plotBox: plotRect
          ? {
              left: plotRect.left,
              top: plotRect.top,
              right: plotRect.right,
              bottom: plotRect.bottom,
            }
          : null,
      };
    },
    { parts: EMBED_PARTS, grid: chartSelector.anyPlotGrid },
  );
}

const SLACK = 0.5;

const overlaps = (a: Box, b: Box) =>
  Math.min(a.right, b.right) - Math.max(a.left, b.left) > SLACK &&
  Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > SLACK;

const inside = (inner: Box, outer: Box) =>
  inner.left >= outer.left - SLACK &&
  inner.top >= outer.top - SLACK &&
  inner.right <= outer.right + SLACK &&
  inner.bottom <= outer.bottom + SLACK;

/** Which shown parts overlap, and which run outside the frame (or, printed, the paper). */
export function overlapFaults({ frame, parts }: Pick<EmbedBoxes, 'frame' | 'parts'>): string[] {
  const faults: string[] = [];
  const whole = { left: 0, top: 0, right: frame.width, bottom: frame.height };
  const shown = Object.entries(parts) as [EmbedPart, Box][];
  for (const [name, box] of shown) {
    if (!inside(box, whole)) faults.push(`${name} runs outside the frame`);
  }
  for (const [index, [name, box]] of shown.entries()) {
    for (const [other, otherBox] of shown.slice(index + 1)) {
      if (overlaps(box, otherBox)) faults.push(`${name} overlaps ${other}`);
    }
  }
  return faults;
}

/** Below this share of the frame, the lines inside the axes are squeezed flat. */
const MIN_GRID_SHARE = 0.2;

/** Every way the embed breaks the rule of its layout, in words; none when it holds. */
export function layoutFaults(boxes: EmbedBoxes, minPlotShare = 0.45): string[] {
  const { frame, parts, plotBox, gridHeight } = boxes;
  const faults = overlapFaults(boxes);
  const plot = parts.plot;
  if (!plot || !plotBox) faults.push('no plot');
  else {
    if (!inside(plot, plotBox)) faults.push('the plot draws outside its box');
    const share = (plotBox.bottom - plotBox.top) / frame.height;
    if (share < minPlotShare)
      faults.push(`the plot has ${(share * 100).toFixed(0)}% of the height`);
    if (gridHeight < frame.height * MIN_GRID_SHARE)
      faults.push(`the lines are squeezed into ${gridHeight.toFixed(0)} px`);
  }
  return faults;
}
