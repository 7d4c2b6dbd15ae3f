/** What gives way, in this order, when the plot would get less than its share of the frame. */
export const EMBED_FOLDS = ['controls', 'legend', 'caption', 'title'] as const;

/**
 * The share of the frame's height the plot aims for: over the promised 45%, so that in a 200 px
 * frame what is left inside the axes and the event chips is more than a flat line.
 */
const PLOT_SHARE = 0.5;

/**
 * Folds the fewest parts of the embed that leave the plot its share of the frame, through the
 * root's data-fold, which the styles read. Each step is tried on the page itself, because how high
 * wrapped text stands is only known laid out; it all runs in one task, so nothing paints between.
 * Returns the height of everything but the plot with nothing folded: what the embed would like.
 */
export function fitEmbed(root: HTMLElement, chartBox: HTMLElement): number {
  let chrome = 0;
  for (let steps = 0; steps <= EMBED_FOLDS.length; steps++) {
    root.dataset.fold = EMBED_FOLDS.slice(0, steps).join(' ');
    // Reading a height lays the page out with this step's folds.
    const plot = chartBox.clientHeight;
    if (steps === 0) chrome = root.scrollHeight - plot;
    if (plot >= root.clientHeight * PLOT_SHARE) break;
  }
  return chrome;
}
