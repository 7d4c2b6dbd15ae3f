import { HttpError, InvalidResponseError, NetworkError, TimeoutError } from '../api/errors';

export interface ErrorDescription {
  title: string;
  detail: string;
}

/** A message per failure kind, in the reader's words; `what` names the data ("prices", "events"). */
export function describeError(error: unknown, what: string): ErrorDescription {
  if (error instanceof TimeoutError) {
    return {
      title: `The ${what} did not arrive in time`,
      detail: `The price service did not answer within ${error.seconds} s.`,
    };
  }
  if (error instanceof NetworkError) {
    return {
      title: `Could not reach the price service for the ${what}`,
      detail: 'The connection failed before any answer came back.',
    };
  }
  if (error instanceof HttpError) {
    if (error.status === 429) {
      const wait =
        error.retryAfterSeconds === null ? '' : ` It asks to wait ${error.retryAfterSeconds} s.`;
      return {
        title: 'Too many requests (HTTP 429)',
        detail: `The price service is rate limiting.${wait}`,
      };
    }
    if (error.status >= 500) {
      return {
        title: `The price service failed (HTTP ${error.status})`,
        detail: `It could not send the ${what}: ${error.message}.`,
      };
    }
    const kind = error.status === 404 ? 'Not found' : 'Request refused';
    return { title: `${kind} (HTTP ${error.status})`, detail: error.message };
  }
  if (error instanceof InvalidResponseError) {
    return {
      title: `The ${what} came back in a form the page cannot read`,
      detail: error.message,
    };
  }
  return {
    title: `The ${what} could not be loaded`,
    detail: error instanceof Error ? error.message : String(error),
  };
}
