import type { WindowResult } from '../../domain/eventStudy';
import { formatPercent } from '../../domain/numberFormat';

/** p values as a reader expects them: three decimals, and "<0.001" below that. */
export function formatP(p: number): string {
  return p < 0.001 ? '<0.001' : p.toFixed(3);
}

export function formatT(t: number): string {
  return t.toFixed(2);
}

export function formatWindow([from, to]: readonly [number, number]): string {
  const day = (value: number) => (value > 0 ? `+${value}` : `${value}`);
  return from === to ? `[${day(from)}]` : `[${day(from)}, ${day(to)}]`;
}

/** "-11.10% (t -5.31, p <0.001)". */
export function formatResult(result: WindowResult): string {
  return `${formatPercent(result.car)} (t ${formatT(result.t)}, p ${formatP(result.p)})`;
}
