/**
 * `compute`, remembering its last call: called again with the same arguments (each the same value or
 * the same object), it returns the same result object. A model built of such steps recomputes only
 * the steps whose inputs changed, and keeps the identity of the others, so a chart handed an
 * unchanged step's output does not redraw (a toggle must not re-run the window's downsampling).
 */
export function memoizeLast<Args extends readonly unknown[], Result>(
  compute: (...args: Args) => Result,
): (...args: Args) => Result {
  let last: { args: Args; result: Result } | null = null;
  return (...args: Args) => {
    if (last?.args.length === args.length && last.args.every((arg, i) => Object.is(arg, args[i])))
      return last.result;
    const result = compute(...args);
    last = { args, result };
    return result;
  };
}
