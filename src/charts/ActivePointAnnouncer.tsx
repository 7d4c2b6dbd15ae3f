import { useContext, useEffect } from 'react';
import { useActiveTooltipDataPoints, useIsTooltipActive } from 'recharts';
import { ActiveSessionContext } from './activeSession';
import { describePoint } from './describePoint';

/**
 * Lives inside a chart and reports the point its tooltip is on (moved by the mouse, or by the arrow
 * keys through Recharts' accessibility layer), so the frame can announce it in a live region.
 */
export function ActivePointAnnouncer({ onChange }: { onChange: (text: string) => void }) {
  const active = useIsTooltipActive();
  const points = useActiveTooltipDataPoints();
  const text = active ? (describePoint(points?.[0]) ?? '') : '';
  useEffect(() => {
    onChange(text);
  }, [text, onChange]);
  const reportSession = useContext(ActiveSessionContext);
  const point: unknown = active ? points?.[0] : null;
  const date =
    typeof point === 'object' && point !== null && 'date' in point && typeof point.date === 'string'
      ? point.date
      : null;
  useEffect(() => {
    reportSession?.(date);
  }, [date, reportSession]);
  return null;
}
