/**
 * Parameters under their former names, read as the current ones so old links keep working:
 * `log=1|0` became `scale=log|linear`. A value the former name never took is named as written.
 */
export const FORMER_NAMES: Record<string, { name: string; values: Record<string, string> }> = {
  log: { name: 'scale', values: { '1': 'log', '0': 'linear' } },
};

/** Renames former parameters in place; a value the former name never took gets a notice. */
export function migrateFormerNames(params: URLSearchParams, ignore: (text: string) => void): void {
  for (const [old, current] of Object.entries(FORMER_NAMES)) {
    const value = params.get(old);
    params.delete(old);
    if (value === null || params.has(current.name)) continue;
    const renamed = Object.hasOwn(current.values, value) ? current.values[value] : undefined;
    if (renamed) params.set(current.name, renamed);
    else
      ignore(
        `Ignored ${old}=${quoted(value)}: use ${current.name}=${Object.values(current.values).join(` or ${current.name}=`)}.`,
      );
  }
}

/** A value as the notices quote it: in quotes, cut at 40 characters. */
export const quoted = (value: string) =>
  JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
