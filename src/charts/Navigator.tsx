import { useRef } from 'react';
import { Brush, LineChart, ResponsiveContainer, YAxis } from 'recharts';
import type { SessionRow } from '../domain/dailySeries';
import { formatTradingDate } from '../domain/tradingDate';
import { CHART_COLORS } from './palette';
import { SeriesLine } from './timeAxisParts';
import { Y_AXIS_WIDTH } from './timeAxis';
import { useHandleNames } from './useHandleNames';

export interface NavigatorProps {
  /** Every session in the data, not only the window. */
  rows: SessionRow[];
  from: string;
  to: string;
  onChange: (window: { from: string; to: string }) => void;
}

const MARGIN = { top: 4, right: 24, bottom: 0, left: Y_AXIS_WIDTH };
const DOMAIN = ['dataMin', 'dataMax'] as const;
const dateLabel = (date: string) => formatTradingDate(date, { year: true });

/**
 * A handle at either end of the window: Recharts' own, but in the theme's colours (its grip lines
 * are white, which vanish on a light handle in the dark theme).
 */
function Handle({ x, y, width, height }: { x: number; y: number; width: number; height: number }) {
  const grip = Math.floor(y + height / 2) - 1;
  return (
    <g>
      <rect x={x} y={y} width={width} height={height} fill={CHART_COLORS.navigator} />
      {[grip, grip + 2].map((lineY) => (
        <line
          key={lineY}
          x1={x + 1}
          x2={x + width - 1}
          y1={lineY}
          y2={lineY}
          stroke={CHART_COLORS.surface}
        />
      ))}
    </g>
  );
}

/**
 * The whole history in miniature with a brush over the window, as in Highcharts Stock: drag the
 * brush or its handles to move or zoom the charts above.
 */
export function Navigator({ rows, from, to, onChange }: NavigatorProps) {
  const startIndex = Math.max(
    0,
    rows.findIndex((row) => row.date >= from),
  );
  const lastInside = rows.findLastIndex((row) => row.date <= to);
  const endIndex = Math.max(startIndex, lastInside < 0 ? rows.length - 1 : lastInside);
  const container = useRef<HTMLDivElement>(null);
  const nameOf = (end: string, index: number) => {
    const row = rows[index];
    return row ? `${end} of window: ${dateLabel(row.date)}` : `${end} of window`;
  };
  useHandleNames(container, nameOf('Start', startIndex), nameOf('End', endIndex));
  return (
    <div
      ref={container}
      className="navigator"
      role="group"
      aria-label="Time window navigator: drag to move or resize the window"
    >
      <ResponsiveContainer width="100%" height={72}>
        <LineChart data={rows} margin={MARGIN}>
          <YAxis hide domain={DOMAIN} />
          <SeriesLine dataKey="close" stroke={CHART_COLORS.axis} strokeWidth={1} />
          <Brush
            dataKey="date"
            height={26}
            startIndex={startIndex}
            endIndex={endIndex}
            travellerWidth={10}
            traveller={Handle}
            // The track, and the window, the handles' outline and the dates (Recharts: white, grey).
            fill={CHART_COLORS.surface}
            stroke={CHART_COLORS.navigator}
            tickFormatter={dateLabel}
            onChange={({ startIndex: start, endIndex: end }) => {
              const first = rows[start];
              const last = rows[end];
              if (first && last && (first.date !== from || last.date !== to))
                onChange({ from: first.date, to: last.date });
            }}
          />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
