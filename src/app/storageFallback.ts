/**
 * In an `<iframe sandbox="allow-scripts">` the page has an opaque origin, and merely reading
 * `window.localStorage` or `document.cookie` throws a SecurityError. The mock API's library reads
 * both (when it loads, and on every request), so there a throwaway in-memory store and an empty
 * cookie jar stand in: the page keeps nothing between visits anyway.
 */
/** The Web Storage API turns keys and values into strings, whatever the caller passes. */
const asText = (value: unknown): string => String(value);

export function ensureStorage(): void {
  try {
    if (typeof document.cookie !== 'string') throw new TypeError('no cookie jar');
  } catch {
    Object.defineProperty(document, 'cookie', {
      get: () => '',
      set: () => undefined,
      configurable: true,
    });
  }
  try {
    // Firefox gives null when storage is switched off.
    const storage: unknown = window.localStorage;
    if (storage === null) throw new TypeError('no storage');
  } catch {
    const items = new Map<string, string>();
    const memory: Storage = {
      get length() {
        return items.size;
      },
      clear: () => {
        items.clear();
      },
      getItem: (key) => items.get(asText(key)) ?? null,
      key: (index) => [...items.keys()][index] ?? null,
      removeItem: (key) => {
        items.delete(asText(key));
      },
      setItem: (key, value) => {
        items.set(asText(key), asText(value));
      },
    };
    Object.defineProperty(window, 'localStorage', { value: memory, configurable: true });
  }
}
