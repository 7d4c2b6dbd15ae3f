import { useRef, useState } from 'react';
import {
  CartesianGrid,
  ComposedChart,
  Line,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { SessionRow } from '../domain/dailySeries';
import { formatUsd } from '../domain/numberFormat';
import type { ChartEvent } from './chartEvent';
import { EventCard } from './EventCard';
import { EventLayer, LABEL_STRIP_HEIGHT } from './EventLayer';
import { CHART_COLORS } from './eventStyle';
import { PriceTooltip } from './PriceTooltip';
import { timeAxisProps, Y_AXIS_WIDTH } from './timeAxis';

export interface PriceChartProps {
  rows: SessionRow[];
  fromDay: number;
  toDay: number;
  events: ChartEvent[];
  height: number;
  syncId: string;
  description: string;
}

interface ActiveCard {
  ids: string[];
  left: number;
  width: number;
}

const CARD_MAX_WIDTH = 420;
const CARD_MARGIN = 8;

/** The card is centred on its event where it can be, and always kept inside the chart. */
function cardPlacement(x: number, chartWidth: number): { left: number; width: number } {
  const width = Math.min(CARD_MAX_WIDTH, chartWidth - 2 * CARD_MARGIN);
  const left = Math.min(Math.max(x - width / 2, CARD_MARGIN), chartWidth - CARD_MARGIN - width);
  return { left: Math.max(left, CARD_MARGIN), width };
}

/** The daily close on a true time axis, with the event overlays and their cards. */
export function PriceChart({
  rows,
  fromDay,
  toDay,
  events,
  height,
  syncId,
  description,
}: PriceChartProps) {
  const [card, setCard] = useState<ActiveCard | null>(null);
  const container = useRef<HTMLDivElement>(null);
  const cardEvents = card ? events.filter((event) => card.ids.includes(event.event.id)) : [];
  const close = () => {
    setCard(null);
  };

  return (
    <div
      ref={container}
      className="price-chart"
      style={{ height }}
      onKeyDown={(keyEvent) => {
        if (keyEvent.key === 'Escape') close();
      }}
    >
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart
          data={rows}
          syncId={syncId}
          syncMethod="value"
          margin={{ top: LABEL_STRIP_HEIGHT, right: 24, bottom: 4, left: 0 }}
          accessibilityLayer
          title={description}
        >
          <CartesianGrid stroke={CHART_COLORS.grid} vertical={false} />
          <XAxis {...timeAxisProps(fromDay, toDay)} />
          <YAxis
            width={Y_AXIS_WIDTH}
            domain={['auto', 'auto']}
            tickFormatter={(value: number) => formatUsd(value, 0)}
            tick={{ fontSize: 12 }}
            label={{
              value: 'Close (USD)',
              angle: -90,
              position: 'insideLeft',
              offset: 8,
              fontSize: 12,
            }}
          />
          <Tooltip
            isAnimationActive={false}
            content={({ active, payload }) => {
              const row = payload[0]?.payload as SessionRow | undefined;
              return active && row ? <PriceTooltip row={row} /> : null;
            }}
          />
          <EventLayer
            events={events}
            fromDay={fromDay}
            toDay={toDay}
            activeIds={card?.ids ?? []}
            onActivate={(ids, x) => {
              setCard({
                ids,
                ...cardPlacement(x, container.current?.clientWidth ?? CARD_MAX_WIDTH),
              });
            }}
            onClose={close}
          />
          <Line
            type="linear"
            dataKey="close"
            name="Close"
            stroke={CHART_COLORS.price}
            strokeWidth={2}
            dot={false}
            activeDot={{ r: 4 }}
            isAnimationActive={false}
            className="price-line"
          />
        </ComposedChart>
      </ResponsiveContainer>
      {card && cardEvents.length > 0 && (
        <div className="event-card-anchor" style={{ left: card.left, width: card.width }}>
          <EventCard events={cardEvents} onClose={close} />
        </div>
      )}
    </div>
  );
}
