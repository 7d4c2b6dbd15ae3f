/** Why a request failed, as typed errors the page can name. */

export class NetworkError extends Error {
  override readonly name = 'NetworkError';
}

export class TimeoutError extends Error {
  override readonly name = 'TimeoutError';
  constructor(readonly seconds: number) {
    super(`No answer within ${seconds} s`);
  }
}

export class HttpError extends Error {
  override readonly name = 'HttpError';
  constructor(
    readonly status: number,
    /** The contract's error code (`not_found`, `bad_request`, ...) when the body carries one. */
    readonly code: string | null,
    message: string,
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(message);
  }
}

/** The server answered 2xx, but not with data in the contract's shape. */
export class InvalidResponseError extends Error {
  override readonly name = 'InvalidResponseError';
}

export type ApiError = NetworkError | TimeoutError | HttpError | InvalidResponseError;

export function isApiError(error: unknown): error is ApiError {
  return (
    error instanceof NetworkError ||
    error instanceof TimeoutError ||
    error instanceof HttpError ||
    error instanceof InvalidResponseError
  );
}

/** Worth retrying on its own: the network, a timeout, rate limiting and server faults pass; the rest will not. */
export function isRetryable(error: unknown): boolean {
  if (error instanceof NetworkError || error instanceof TimeoutError) return true;
  if (error instanceof HttpError) return error.status === 429 || error.status >= 500;
  return false;
}
