import type { PlacedEvent } from '../domain/eventPlacement';

/** An event as the chart draws it: placed on the axis, with the short label the layer shows. */
export interface ChartEvent extends PlacedEvent {
  label: string;
  /** Lower is drawn first when labels compete for room. */
  priority: number;
}
