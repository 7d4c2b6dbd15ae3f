import { describe, expect, it } from 'vitest';
import { downloadsMayBeBlocked } from '../../src/export/download';

// A stand-in for a window: `self` is the window itself, `top` the outermost one.
function page(origin: string, framed: boolean | 'refuses') {
  const self = {} as Window;
  const top = framed === false ? self : ({} as Window);
  const view = { origin, self } as Pick<Window, 'origin' | 'self' | 'top'>;
  Object.defineProperty(view, 'top', {
    get: () => {
      if (framed === 'refuses') throw new DOMException('Blocked', 'SecurityError');
      return top;
    },
  });
  return view;
}

describe('downloadsMayBeBlocked', () => {
  it('is true in a sandboxed frame, whose origin is opaque', () => {
    expect(downloadsMayBeBlocked(page('null', true))).toBe(true);
    expect(downloadsMayBeBlocked(page('null', 'refuses'))).toBe(true);
  });

  it('is false for a page of its own, or a frame with a real origin', () => {
    expect(downloadsMayBeBlocked(page('https://example.org', false))).toBe(false);
    expect(downloadsMayBeBlocked(page('https://example.org', true))).toBe(false);
    expect(downloadsMayBeBlocked(page('null', false))).toBe(false);
  });

  it('is false in the test page itself', () => {
    expect(downloadsMayBeBlocked()).toBe(false);
  });
});
