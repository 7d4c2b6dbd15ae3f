import * as z from 'zod/mini';
import { HttpError, InvalidResponseError, NetworkError, TimeoutError } from './errors';
import { errorBodySchema } from './schemas';
import { currentTransport } from './transport';

function retryAfterSeconds(response: Response): number | null {
  const header = response.headers.get('Retry-After');
  if (header === null) return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds;
  const date = Date.parse(header);
  return Number.isNaN(date) ? null : Math.max(0, Math.round((date - Date.now()) / 1000));
}

/** Why a 2xx body is not JSON, in words that point at the likely cause. */
function notJsonReason(text: string, contentType: string | null): string {
  if (text.trim() === '') return 'The response was empty';
  if (/^\s*</.test(text) || contentType?.includes('text/html')) {
    return 'The response is an HTML page, not JSON: is the API base URL right?';
  }
  return 'The response is not JSON (cut short or malformed)';
}

async function httpError(response: Response): Promise<HttpError> {
  const text = await response.text().catch(() => '');
  let body: unknown = null;
  try {
    body = JSON.parse(text);
  } catch {
    // An HTML error page from a proxy: keep the status, there is no contract body to read.
  }
  const parsed = errorBodySchema.safeParse(body);
  return new HttpError(
    response.status,
    parsed.success ? parsed.data.error.code : null,
    parsed.success ? parsed.data.error.message : `HTTP ${response.status}`,
    retryAfterSeconds(response),
  );
}

/**
 * Settles with `work`, or rejects as soon as `signal` aborts, even where `work` ignores the signal.
 * It always subscribes to `work`, so a rejection that comes after the abort is never left unhandled.
 */
function untilAborted<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => {
      reject(signal.reason as Error);
    };
    if (signal.aborted) onAbort();
    else signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => {
      signal.removeEventListener('abort', onAbort);
    });
  });
}

/**
 * GETs `path` under the API base URL and returns the body once it matches `schema`. Every failure
 * becomes a typed error: no answer in time (headers or body), no connection, an HTTP error, or data
 * of the wrong shape. An abort by the caller (`signal`) is passed through as it is.
 */
export async function getJson<T>(
  path: string,
  schema: z.ZodMiniType<T>,
  signal?: AbortSignal,
): Promise<T> {
  const { baseUrl, fetch, timeoutMs } = currentTransport();
  const controller = new AbortController();
  const timer = setTimeout(() => {
    controller.abort(new TimeoutError(timeoutMs / 1000));
  }, timeoutMs);
  const onAbort = () => {
    controller.abort(signal?.reason);
  };
  if (signal?.aborted) onAbort();
  else signal?.addEventListener('abort', onAbort);

  // Whatever fails on the way (connection, stalled body), the timeout and the caller's abort win.
  const explain = (error: unknown): unknown => {
    if (controller.signal.reason instanceof TimeoutError) return controller.signal.reason;
    if (signal?.aborted) return signal.reason ?? error;
    return new NetworkError(error instanceof Error ? error.message : 'Network request failed');
  };

  try {
    const request = new Request(`${baseUrl.replace(/\/$/, '')}${path}`, {
      method: 'GET',
      headers: { Accept: 'application/json' },
      signal: controller.signal,
    });
    let response: Response;
    let text: string;
    try {
      response = await untilAborted(fetch(request), controller.signal);
      if (!response.ok) throw await untilAborted(httpError(response), controller.signal);
      text = await untilAborted(response.text(), controller.signal);
    } catch (error) {
      throw error instanceof HttpError ? error : explain(error);
    }
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      throw new InvalidResponseError(notJsonReason(text, response.headers.get('Content-Type')));
    }
    const parsed = schema.safeParse(body);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue?.path.join('.') ?? '';
      throw new InvalidResponseError(
        `The response does not match the API contract${where ? ` at ${where}` : ''}: ${issue?.message ?? 'invalid'}`,
      );
    }
    return parsed.data;
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}
