/**
 * SYNTHETIC DATA, NOT MARKET DATA. A seeded random walk standing in for a long price series, so the
 * charts can be timed at 1k to 1M points (the real dataset has 241 sessions). Every benchmark page
 * builds the same series from the same seed: the same values at the same times for every library.
 *
 * The walk spans the real data's dates (15 Jul 2024 to 30 Jun 2025, evenly spaced points, so 1M points
 * is one every ~30 s) and has a one-step fall of 17% at the first point of 27 Jan 2025, the size of
 * NVIDIA's fall that day, so the downsampled line has a known low to keep.
 */

export const SYNTHETIC_LABEL = 'SYNTHETIC seeded random walk (not market data)';
export const SYNTHETIC_SEED = 20250127;
/** Unix seconds: 15 Jul 2024 00:00 UTC to 30 Jun 2025 23:59 UTC. */
export const SYNTHETIC_START = Date.UTC(2024, 6, 15) / 1000;
export const SYNTHETIC_END = Date.UTC(2025, 5, 30, 23, 59) / 1000;
export const SHOCK_TIME = Date.UTC(2025, 0, 27) / 1000;
const SHOCK = -0.17;

export interface SyntheticSeries {
  /**
   * Unix seconds, strictly increasing (whole seconds: lightweight-charts wants distinct times). A
   * Uint32Array (good until 2106) and a Float32Array: 8 bytes a point, 8 MB for 1M points.
   */
  time: Uint32Array;
  /** Float32: 7 significant digits, more than a share price quote has. */
  close: Float32Array;
  /** The index of the shock's point. */
  shockIndex: number;
}

/** mulberry32: a small, fast, seedable generator with a full 2^32 period. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A standard normal draw (Box-Muller). */
function normal(random: () => number): number {
  const u = 1 - random();
  const v = random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

export function syntheticSeries(count: number, seed: number = SYNTHETIC_SEED): SyntheticSeries {
  const n = Math.max(2, Math.floor(count));
  const random = mulberry32(seed);
  const time = new Uint32Array(n);
  const close = new Float32Array(n);
  const span = SYNTHETIC_END - SYNTHETIC_START;
  // About 3.2% a day of volatility, whatever the spacing of the points.
  const daysPerStep = span / 86_400 / (n - 1);
  const sigma = 0.032 * Math.sqrt(daysPerStep);
  let shockIndex = -1;
  let price = 120;
  for (let index = 0; index < n; index++) {
    time[index] = SYNTHETIC_START + Math.floor((index * span) / (n - 1));
    if (index > 0) price *= Math.exp(sigma * normal(random) - (sigma * sigma) / 2);
    if (shockIndex < 0 && (time[index] ?? 0) >= SHOCK_TIME) {
      shockIndex = index;
      price *= 1 + SHOCK;
    }
    close[index] = price;
  }
  return { time, close, shockIndex };
}
