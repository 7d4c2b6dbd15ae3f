import { renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useTheme } from '../../src/app/useTheme';

/** A system colour setting the test can change, as matchMedia reports it. */
function systemPrefersDark(initially: boolean) {
  const listeners = new Set<() => void>();
  const query = {
    matches: initially,
    addEventListener: (_type: string, listener: () => void) => listeners.add(listener),
    removeEventListener: (_type: string, listener: () => void) => listeners.delete(listener),
  };
  vi.stubGlobal('matchMedia', (text: string) => {
    expect(text).toBe('(prefers-color-scheme: dark)');
    return query;
  });
  return {
    set(dark: boolean) {
      query.matches = dark;
      for (const listener of listeners) listener();
    },
    listeners,
  };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the theme', () => {
  it('is the colours chosen for light and dark', () => {
    const { rerender } = renderHook(
      ({ theme }) => {
        useTheme(theme);
      },
      { initialProps: { theme: 'dark' as 'dark' | 'light' } },
    );
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(document.documentElement.dataset.scheme).toBe('dark');
    rerender({ theme: 'light' });
    expect(document.documentElement.dataset.scheme).toBe('light');
  });

  it('follows the system with auto, also when the system changes, and stops when left', () => {
    const system = systemPrefersDark(true);
    const { unmount } = renderHook(() => {
      useTheme('auto');
    });
    expect(document.documentElement.dataset.theme).toBe('auto');
    expect(document.documentElement.dataset.scheme).toBe('dark');
    system.set(false);
    expect(document.documentElement.dataset.scheme).toBe('light');
    unmount();
    expect(system.listeners.size).toBe(0);
  });
});
