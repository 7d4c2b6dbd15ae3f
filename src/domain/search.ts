/**
 * The first index whose value is at least `value`, in a series of `length` values sorted ascending
 * (`length` when there is none): a binary search over an accessor, so it serves an array of
 * dates as well as a column of numbers without copying either.
 */
export function lowerBound<T extends number | string>(
  length: number,
  at: (index: number) => T,
  value: T,
): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (at(middle) < value) low = middle + 1;
    else high = middle;
  }
  return low;
}
