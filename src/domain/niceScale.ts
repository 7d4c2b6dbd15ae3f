/** Rounds to the step's decimals, so 0.1 + 0.2 never shows as 0.30000000000000004. */
function roundTo(value: number, digits: number): number {
  return Number(value.toFixed(digits));
}

/**
 * An axis range that contains [min, max] and ends on round numbers, with ticks at a 1, 2 or 5 step,
 * about `count` of them: 66.2..108.7 becomes 60..120 by 20. A single value gets room around it.
 */
export function niceScale(
  min: number,
  max: number,
  count = 5,
): { domain: [number, number]; ticks: number[] } {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return { domain: [0, 1], ticks: [0, 1] };
  let [low, high] = min <= max ? [min, max] : [max, min];
  if (low === high) {
    const room = Math.abs(low) * 0.05 || 1;
    [low, high] = [low - room, high + room];
  }
  const plain = { domain: [low, high] as [number, number], ticks: [low, high] };
  const span = high - low;
  if (!Number.isFinite(span)) return plain;
  const rough = span / Math.max(1, count - 1);
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = ([1, 2, 5, 10].find((factor) => factor * magnitude >= rough) ?? 10) * magnitude;
  const digits = Math.min(20, Math.max(0, -Math.floor(Math.log10(step))));
  // A hair of tolerance, so 0.7 / 0.1 = 6.9999... still starts the axis at 0.7, then a check that
  // the rounded ends really contain the data.
  let first = roundTo(Math.floor(low / step + 1e-9) * step, digits);
  if (first > low) first = roundTo(first - step, digits);
  let last = roundTo(Math.ceil(high / step - 1e-9) * step, digits);
  if (last < high) last = roundTo(last + step, digits);
  const intervals = Math.round((last - first) / step);
  if (!(intervals >= 1 && intervals <= 1000)) return plain;
  const ticks = Array.from({ length: intervals + 1 }, (_, index) =>
    roundTo(first + index * step, digits),
  );
  // Where the step is below the numbers' precision (1e16 + 2), ticks would repeat: keep the ends.
  if (ticks.some((tick, index) => index > 0 && tick <= (ticks[index - 1] ?? tick))) return plain;
  return { domain: [first, last], ticks };
}
