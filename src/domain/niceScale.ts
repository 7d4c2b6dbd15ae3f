/**
 * An axis range that contains [min, max] and ends on round numbers, with ticks at a 1, 2 or 5 step,
 * about `count` of them: 66.2..108.7 becomes 60..110 by 10.
 */
export function niceScale(
  min: number,
  max: number,
  count = 5,
): { domain: [number, number]; ticks: number[] } {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return { domain: [0, 1], ticks: [0, 1] };
  const span = max - min || Math.abs(max) || 1;
  const rough = span / Math.max(1, count - 1);
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = ([1, 2, 5, 10].find((factor) => factor * magnitude >= rough) ?? 10) * magnitude;
  const low = Math.floor(min / step) * step;
  const high = Math.ceil(max / step) * step;
  const ticks: number[] = [];
  // Rounded to the step's precision, so 0.1 + 0.2 never shows as 0.30000000000000004.
  const digits = Math.max(0, -Math.floor(Math.log10(step)));
  for (let tick = low; tick <= high + step / 2; tick += step)
    ticks.push(Number(tick.toFixed(digits)));
  return { domain: [low, high], ticks };
}
