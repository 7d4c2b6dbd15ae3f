/**
 * In an `<iframe sandbox="allow-scripts">` the page has an opaque origin, and merely reading
 * `window.localStorage` or `document.cookie` throws a SecurityError. The mock API's library reads
 * both (when it loads, and on every request), so there a throwaway in-memory store and an empty
 * cookie jar stand in: the page keeps nothing between visits anyway.
 */
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
    if (typeof window.localStorage !== 'object') throw new TypeError('no storage');
  } catch {
    const items = new Map<string, string>();
    const memory: Storage = {
      get length() {
        return items.size;
      },
      clear: () => {
        items.clear();
      },
      getItem: (key) => items.get(key) ?? null,
      key: (index) => [...items.keys()][index] ?? null,
      removeItem: (key) => {
        items.delete(key);
      },
      setItem: (key, value) => {
        items.set(key, value);
      },
    };
    Object.defineProperty(window, 'localStorage', { value: memory, configurable: true });
  }
}
