import { HttpError, InvalidResponseError, NetworkError, TimeoutError } from '../api/errors';

export interface ErrorDescription {
  title: string;
  detail: string;
  /** What would help, for a Retry that brought the same answer back: the cause decides. */
  help: string;
}

/** A message per failure kind, in the reader's words; `what` names the data ("prices", "events"). */
export function describeError(error: unknown, what: string): ErrorDescription {
  if (error instanceof TimeoutError) {
    return {
      title: `The ${what} did not arrive in time`,
      detail: `The price service did not answer within ${error.seconds} s.`,
      help: 'The service may be busy: try again in a minute.',
    };
  }
  if (error instanceof NetworkError) {
    return {
      title: `Could not reach the price service for the ${what}`,
      detail: 'The connection failed before any answer came back.',
      help: 'Check the connection to the network, then try again.',
    };
  }
  if (error instanceof HttpError) {
    if (error.status === 429) {
      const wait =
        error.retryAfterSeconds === null ? '' : ` It asks to wait ${error.retryAfterSeconds} s.`;
      return {
        title: 'Too many requests (HTTP 429)',
        detail: `The price service is rate limiting.${wait}`,
        help:
          error.retryAfterSeconds === null
            ? 'Wait a minute before trying again.'
            : `Wait ${error.retryAfterSeconds} s before trying again.`,
      };
    }
    if (error.status >= 500) {
      return {
        title: `The price service failed (HTTP ${error.status})`,
        detail: `It could not send the ${what}: ${error.message}.`,
        help: 'The service is failing on its side: try again in a few minutes.',
      };
    }
    if (error.status === 404) {
      return {
        title: `Not found (HTTP ${error.status})`,
        detail: error.message,
        help: `A retry cannot help: the service does not have the ${what}. Check that the page points at the right price service.`,
      };
    }
    return {
      title: `Request refused (HTTP ${error.status})`,
      detail: error.message,
      help: 'A retry cannot help: it sends the same request, which the service refuses. The page and the service disagree on the API: tell whoever runs the service.',
    };
  }
  if (error instanceof InvalidResponseError) {
    return {
      title: `The ${what} came back in a form the page cannot read`,
      detail: error.message,
      help: "A retry cannot help until the service sends data in the contract's shape: check that the page points at the right price service, or tell whoever runs it.",
    };
  }
  return {
    title: `The ${what} could not be loaded`,
    detail: error instanceof Error ? error.message : String(error),
    help: 'Reload the page to start again.',
  };
}
