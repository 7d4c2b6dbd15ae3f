import type { ReactNode } from 'react';
import { ComposedChart } from 'recharts';
import type { ChartEvent } from './chartEvent';
import { EventChartFrame } from './EventChartFrame';
import { chartMargin, chartSurface } from './timeAxis';
import { TimeGrid, TimeXAxis } from './timeAxisParts';
import type { TimeAxisFit } from './usePlotPoints';

/** Recharts' default height of an x axis, which the shared one keeps. */
const X_AXIS_HEIGHT = 30;

/** What every time-axis chart with event overlays is given, whatever it draws. */
export interface EventChartBaseProps {
  fromDay: number;
  toDay: number;
  events: ChartEvent[];
  eventNotes?: ReadonlyMap<string, string>;
  height: number;
  /** The chart's long description, its SVG's title. */
  description: string;
}

export interface TimeChartProps extends EventChartBaseProps {
  /** `price` draws a `.price-chart`, whose SVG an export finds as the panel named `price`. */
  name: string;
  data: readonly unknown[];
  /** From useTimeAxis (or usePlotPoints), with the same right margin. */
  axis: Pick<TimeAxisFit, 'measure' | 'xAxis'>;
  right: number;
  /** Charts with the same id show the tooltip of the same day together. */
  syncId?: string;
  /**
   * The chart's own parts (y axis, series, tooltip); `eventLayer` goes where the overlays draw, and
   * `plotHeight` is what is left of the height for the plot, so an axis title can fit it.
   */
  children: (eventLayer: ReactNode, plotHeight: number) => ReactNode;
}

/**
 * The frame of a time-axis chart with event overlays: the responsive box with the event cards, and
 * inside the chart the grid and the x axis every such chart shares, above the label strip.
 */
export function TimeChart(props: TimeChartProps) {
  const { name, data, axis, right, description, syncId, children, ...frame } = props;
  return (
    <EventChartFrame {...frame} className={`${name}-chart`} measure={axis.measure}>
      {(eventLayer, labelStrip) => (
        <ComposedChart
          data={data}
          syncId={syncId}
          syncMethod="value"
          margin={chartMargin(labelStrip, right)}
          accessibilityLayer
          title={description}
          {...chartSurface(name)}
        >
          <TimeGrid />
          <TimeXAxis axis={axis.xAxis} />
          {children(
            eventLayer,
            frame.height - labelStrip - X_AXIS_HEIGHT - chartMargin(0, 0).bottom,
          )}
        </ComposedChart>
      )}
    </EventChartFrame>
  );
}
