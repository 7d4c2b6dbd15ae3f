import type { SessionRow } from '../domain/dailySeries';
import { formatUsd } from '../domain/numberFormat';
import { AnnotationPins } from './AnnotationPins';
import { CHART_COLORS } from './palette';
import { PriceTooltip } from './PriceTooltip';
import { plotChrome } from './timeAxis';
import { SeriesLine, SessionTooltip, ValueYAxis } from './timeAxisParts';
import { TimeChart, type EventChartBaseProps } from './TimeChart';
import { usePlotPoints } from './usePlotPoints';

export interface PriceChartProps extends EventChartBaseProps {
  rows: SessionRow[];
  syncId: string;
  logScale: boolean;
  /** False hands Recharts every row as it is: only the benchmark's "without downsampling" runs. */
  downsample?: boolean;
}

// Module constants, not literals in the render: see timeAxisParts.tsx.
const RIGHT = 24;
const CHROME = plotChrome(RIGHT);
const LINEAR_DOMAIN = ['auto', 'auto'] as const;
const LINEAR_TITLES = ['Close (USD)', 'USD'] as const;
const LOG_TITLES = ['Close (USD, log scale)', 'Close (USD, log)', 'USD, log'] as const;
const LOG_DOMAIN = ['dataMin', 'dataMax'] as const;
const closeOf = (row: SessionRow) => row.close;
const usd = (value: number) => formatUsd(value, 0);
const tooltip = (row: SessionRow) => <PriceTooltip row={row} />;

/**
 * The daily close on a true time axis, with the event overlays and their cards. Recharts gets at most
 * about 2 points per pixel of the plot (M4 downsampling keeps every high and low); the real data is
 * far below that and is drawn as it is.
 */
export function PriceChart(props: PriceChartProps) {
  const { rows, fromDay, toDay, logScale } = props;
  const { points, ...axis } = usePlotPoints(
    rows,
    closeOf,
    CHROME,
    { fromDay, toDay },
    props.downsample !== false,
  );
  return (
    <TimeChart {...props} name="price" data={points} axis={axis} right={RIGHT}>
      {(eventLayer, plotHeight) => (
        <>
          <ValueYAxis
            label={logScale ? LOG_TITLES : LINEAR_TITLES}
            room={plotHeight}
            format={usd}
            // The linear axis has ~5 nice ticks, all of which fit; a log axis may have many, and
            // Recharts measures them to drop the ones that would overlap.
            interval={logScale ? 'preserveEnd' : 0}
            // A log axis shows equal moves as equal distances; it needs a domain inside the data.
            scale={logScale ? 'log' : 'auto'}
            domain={logScale ? LOG_DOMAIN : LINEAR_DOMAIN}
          />
          <SessionTooltip render={tooltip} />
          {eventLayer}
          <SeriesLine
            dataKey="close"
            name="Close"
            stroke={CHART_COLORS.price}
            className="price-line"
          />
          <AnnotationPins events={props.events} />
        </>
      )}
    </TimeChart>
  );
}
