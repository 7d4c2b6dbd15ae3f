import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { HttpError, InvalidResponseError, NetworkError, TimeoutError } from '../../src/api/errors';
import { describeError } from '../../src/components/errorMessage';
import { clockTime, triedAgainSentence } from '../../src/components/triedAgain';
import { useRepeatedFailure } from '../../src/components/useRepeatedFailure';

describe('the time a Retry came back', () => {
  it('reads as the reader’s clock, to the second, 24-hour', () => {
    expect(clockTime(new Date(2025, 0, 27, 14, 2, 11).getTime())).toBe('14:02:11');
    expect(clockTime(new Date(2025, 0, 27, 9, 5, 0).getTime())).toBe('09:05:00');
  });
});

describe('the line under a failure asked again', () => {
  const at = new Date(2025, 0, 27, 14, 2, 11).getTime();

  it('says when, that the answer was the same, and what would help', () => {
    expect(triedAgainSentence({ at, same: true }, 'Wait 3 s before trying again.')).toBe(
      'Tried again at 14:02:11: same answer. Wait 3 s before trying again.',
    );
  });

  it('says only when, for an answer that changed (the message above is the new one)', () => {
    expect(triedAgainSentence({ at, same: false }, 'unused')).toBe(
      'Tried again at 14:02:11: a different answer.',
    );
  });
});

describe('what would help, from the cause', () => {
  const helpOf = (error: unknown) => describeError(error, 'prices').help;

  it('a 404, a 400 or an unreadable body: a retry cannot help, and why', () => {
    expect(helpOf(new HttpError(404, 'not_found', 'Unknown symbol: NVDA'))).toMatch(
      /^A retry cannot help: the service does not have the prices\./,
    );
    expect(helpOf(new HttpError(400, 'bad_request', 'from is after to'))).toMatch(
      /^A retry cannot help: it sends the same request/,
    );
    expect(helpOf(new InvalidResponseError('not JSON'))).toMatch(/^A retry cannot help until/);
  });

  it('what can heal: when to try again', () => {
    expect(helpOf(new HttpError(429, 'rate_limited', 'Too many', 3))).toBe(
      'Wait 3 s before trying again.',
    );
    expect(helpOf(new HttpError(429, 'rate_limited', 'Too many'))).toBe(
      'Wait a minute before trying again.',
    );
    expect(helpOf(new HttpError(503, 'server_error', 'down'))).toMatch(
      /try again in a few minutes/,
    );
    expect(helpOf(new TimeoutError(15))).toMatch(/try again in a minute/);
    expect(helpOf(new NetworkError('offline'))).toMatch(/Check the connection/);
  });
});

describe('a failure seen again', () => {
  const start = { what: 'prices', failedAt: 1000, said: 'Not found (HTTP 404). Unknown symbol' };

  it('is nothing to report the first time', () => {
    const { result } = renderHook(() => useRepeatedFailure(start.what, start.failedAt, start.said));
    expect(result.current).toBeNull();
  });

  it('is reported, with its time, when the same data fails again with the same words', () => {
    const { result, rerender } = renderHook(
      (props) => useRepeatedFailure(props.what, props.failedAt, props.said),
      { initialProps: start },
    );
    rerender({ ...start, failedAt: 2000 });
    expect(result.current).toEqual({ at: 2000, same: true });
    rerender({ ...start, failedAt: 3000, said: 'The price service failed (HTTP 503). down' });
    expect(result.current).toEqual({ at: 3000, same: false });
  });

  it('starts afresh for other data: a benchmark switched is not a retry', () => {
    const { result, rerender } = renderHook(
      (props) => useRepeatedFailure(props.what, props.failedAt, props.said),
      { initialProps: start },
    );
    rerender({ ...start, what: 'SPY prices', failedAt: 2000 });
    expect(result.current).toBeNull();
  });
});
