import { describe, expect, it } from 'vitest';
import { HttpError, InvalidResponseError, NetworkError, TimeoutError } from '../../src/api/errors';
import { createQueryClient, retryDelay } from '../../src/app/queryClient';

const retry = createQueryClient().getDefaultOptions().queries?.retry;
if (typeof retry !== 'function') throw new Error('the retry rule must be a function');

describe('the retry rule', () => {
  it('retries what can heal by itself, twice', () => {
    for (const error of [
      new NetworkError('down'),
      new TimeoutError(15),
      new HttpError(503, null, 'x'),
      new HttpError(429, 'rate_limited', 'x', 3),
    ]) {
      expect(retry(0, error)).toBe(true);
      expect(retry(1, error)).toBe(true);
      expect(retry(2, error)).toBe(false);
    }
  });

  it('never retries what a retry cannot change', () => {
    for (const error of [
      new HttpError(404, 'not_found', 'x'),
      new HttpError(400, 'bad_request', 'x'),
      new InvalidResponseError('x'),
    ]) {
      expect(retry(0, error)).toBe(false);
    }
  });

  it('backs off 1 s then 2 s, and obeys Retry-After up to 10 s', () => {
    expect(retryDelay(0, new NetworkError('down'))).toBe(1000);
    expect(retryDelay(1, new NetworkError('down'))).toBe(2000);
    expect(retryDelay(0, new HttpError(429, 'rate_limited', 'x', 3))).toBe(3000);
    expect(retryDelay(0, new HttpError(429, 'rate_limited', 'x', 3600))).toBe(10_000);
  });
});

describe('the client the tests use', () => {
  it('retries nothing and otherwise has the app’s defaults', () => {
    const app = createQueryClient().getDefaultOptions().queries;
    const tests = createQueryClient({ retry: false }).getDefaultOptions().queries;
    expect(tests?.retry).toBe(false);
    expect(tests?.refetchOnWindowFocus).toBe(false);
    expect({ ...tests, retry: undefined }).toEqual({ ...app, retry: undefined });
  });
});
