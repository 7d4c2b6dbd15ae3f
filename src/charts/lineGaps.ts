import type { SessionRow } from '../domain/dailySeries';

/** A point with no value: Recharts does not join the line across it. */
export interface GapPoint {
  day: number;
  gap: true;
}

/**
 * Rows with a gap point before each session whose move is not believable (an unadjusted split), so
 * the chart shows a break there instead of drawing a crash that never happened.
 */
export function withLineGaps(rows: readonly SessionRow[]): (SessionRow | GapPoint)[] {
  const points: (SessionRow | GapPoint)[] = [];
  for (const row of rows) {
    if (row.breakBefore && points.length > 0) points.push({ day: row.day - 0.5, gap: true });
    points.push(row);
  }
  return points;
}

export function isSessionRow(point: SessionRow | GapPoint | undefined): point is SessionRow {
  return point !== undefined && !('gap' in point);
}
