import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { configureTransport } from '../src/api/transport';
import { server } from '../mocks/node';

/**
 * Recharts draws nothing in jsdom unless its container has a size: this ResizeObserver reports one
 * (a no-op stub would leave every chart empty while its tests still passed).
 */
class SizedResizeObserver implements ResizeObserver {
  constructor(private readonly callback: ResizeObserverCallback) {}
  observe(target: Element): void {
    const rect = { x: 0, y: 0, top: 0, left: 0, width: 900, height: 400, right: 900, bottom: 400 };
    const entry = {
      target,
      contentRect: { ...rect, toJSON: () => rect },
    } as unknown as ResizeObserverEntry;
    this.callback([entry], this);
  }
  unobserve(): void {}
  disconnect(): void {}
}
globalThis.ResizeObserver = SizedResizeObserver;

if (typeof window !== 'undefined') {
  // jsdom lays nothing out; give containers the size the stub reports, for code that reads it directly.
  // (Not getBoundingClientRect: a legend measured that way would fill the whole chart.)
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', {
    configurable: true,
    get: () => 900,
  });
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
    configurable: true,
    get: () => 400,
  });
}

// No test may reach an endpoint the mocks do not implement.
beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' });
});
afterEach(() => {
  cleanup();
  server.resetHandlers();
  configureTransport({
    baseUrl: 'http://localhost/api',
    fetch: (request) => fetch(request),
    timeoutMs: 15_000,
  });
});
afterAll(() => {
  server.close();
});
configureTransport({ baseUrl: 'http://localhost/api', fetch: (request) => fetch(request) });
