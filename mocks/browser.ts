import { getResponse, type RequestHandler } from 'msw';
import { handlers } from './handlers';
import { scenarios, type ScenarioName } from './scenarios';

/**
 * Mock mode in the browser answers requests in-process with msw's `getResponse`, not through a
 * service worker: a worker is unavailable in sandboxed or opaque-origin iframes and on file://, and
 * the static build must run there on its bundled data. The handlers are the same as in tests.
 */
export function createMockFetch(scenario: ScenarioName | null = null) {
  const active: RequestHandler[] = [...(scenario ? scenarios[scenario]() : []), ...handlers];
  return async (request: Request): Promise<Response> => {
    const response = await getResponse(active, request);
    // HttpResponse.error() stands for a failed connection: fetch rejects with a TypeError then.
    if (!response || response.type === 'error') throw new TypeError('Failed to fetch');
    return response;
  };
}
