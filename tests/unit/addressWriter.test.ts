import { describe, expect, it } from 'vitest';
import { createAddressWriter } from '../../src/app/url/addressWriter';

/** A clock and timers the test moves by hand. */
function fakeTime() {
  let now = 0;
  let timers: { at: number; run: () => void }[] = [];
  return {
    now: () => now,
    setTimer: (run: () => void, ms: number) => {
      const timer = { at: now + ms, run };
      timers.push(timer);
      return timer;
    },
    clearTimer: (timer: unknown) => {
      timers = timers.filter((other) => other !== timer);
    },
    advance(ms: number) {
      const until = now + ms;
      for (;;) {
        const next = timers.filter((timer) => timer.at <= until).sort((a, b) => a.at - b.at)[0];
        if (!next) break;
        timers = timers.filter((timer) => timer !== next);
        now = next.at;
        next.run();
      }
      now = until;
    },
  };
}

/** History as WebKit keeps it: more than 100 writes in 10 s throw a SecurityError. */
function webkitHistory(time: { now: () => number }) {
  const writes: { at: number; url: string }[] = [];
  return {
    writes,
    replace(url: string) {
      const recent = writes.filter((write) => write.at > time.now() - 10_000);
      if (recent.length >= 100)
        throw new DOMException(
          'Attempt to use history.replaceState() more than 100 times per 10 seconds',
          'SecurityError',
        );
      writes.push({ at: time.now(), url });
    },
  };
}

/** A writer on the fake clock, writing into the WebKit-like history. */
function writerOn(time: ReturnType<typeof fakeTime>, history: ReturnType<typeof webkitHistory>) {
  return createAddressWriter({
    ...time,
    replace: (url) => {
      history.replace(url);
    },
  });
}

describe('the address writer', () => {
  it('writes the first change at once', () => {
    const time = fakeTime();
    const history = webkitHistory(time);
    const writer = writerOn(time, history);
    writer.write('?from=2025-01-06');
    expect(history.writes.map((write) => write.url)).toEqual(['?from=2025-01-06']);
  });

  it('coalesces a held arrow key (one step every 30 ms for 6 s) and ends on the last step', () => {
    const time = fakeTime();
    const history = webkitHistory(time);
    const writer = writerOn(time, history);
    for (let step = 0; step < 200; step++) {
      expect(() => {
        writer.write(`?step=${step}`);
      }).not.toThrow();
      time.advance(30);
    }
    time.advance(1000);
    expect(history.writes.at(-1)?.url).toBe('?step=199');
    // At most one write per 250 ms: far below WebKit's 100 in 10 s.
    expect(history.writes.length).toBeLessThanOrEqual(6000 / 250 + 2);
    const gaps = history.writes.slice(1).map((write, i) => write.at - (history.writes[i]?.at ?? 0));
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(250);
  });

  it('keeps the view when the browser refuses a write, and writes the last address later', () => {
    const time = fakeTime();
    let refuse = 3;
    const written: string[] = [];
    const writer = createAddressWriter({
      ...time,
      replace: (url) => {
        if (refuse > 0) {
          refuse -= 1;
          throw new DOMException('refused', 'SecurityError');
        }
        written.push(url);
      },
    });
    expect(() => {
      writer.write('?a=1');
      writer.write('?a=2');
    }).not.toThrow();
    expect(written).toEqual([]);
    time.advance(20_000);
    expect(written).toEqual(['?a=2']);
  });

  it('writes nothing after being cancelled (Back restored another address)', () => {
    const time = fakeTime();
    const history = webkitHistory(time);
    const writer = writerOn(time, history);
    writer.write('?one');
    writer.write('?two');
    writer.cancel();
    time.advance(1000);
    expect(history.writes.map((write) => write.url)).toEqual(['?one']);
  });
});
