import { useCallback, type ReactNode } from 'react';
import { Tooltip, type TooltipProps } from 'recharts';

export interface SessionTooltipProps {
  /**
   * Draws the tooltip of a row of the chart's own `data` (Recharts cannot say which type: hence
   * `never`); it must be stable (a module function, or memoised).
   */
  render: (row: never) => ReactNode;
}

const isGap = (point: unknown) =>
  typeof point === 'object' && point !== null && (point as { gap?: unknown }).gap === true;

/** The tooltip of the session under the pointer (or the keys), none over a gap in the line. */
export default function SessionTooltipPart({
  render,
  cursor,
}: SessionTooltipProps & { cursor: TooltipProps<number, string>['cursor'] }) {
  const content = useCallback(
    ({ active, payload }: { active?: boolean; payload?: readonly { payload?: unknown }[] }) => {
      const row = payload?.[0]?.payload;
      return active && row !== undefined && !isGap(row) ? render(row as never) : null;
    },
    [render],
  );
  return <Tooltip isAnimationActive={false} content={content} cursor={cursor} />;
}
