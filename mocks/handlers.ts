import { http, HttpResponse, type JsonBodyType } from 'msw';
import { answerFromDataset } from '../src/api/datasetAnswers';
import { bundledDataset } from './dataset';

/** The API contract v1 over the bundled data; `*` lets the same handlers serve any origin and sub-path. */
export const API_PATH = '*/api/v1';

export function errorResponse(
  status: number,
  code: string,
  message: string,
  headers?: HeadersInit,
) {
  return HttpResponse.json({ error: { code, message } }, { status, headers });
}

/**
 * Each endpoint is answered by the same code as the static snapshot of the default build
 * (src/api/datasetAnswers.ts); the routes are listed so a path outside the contract stays unhandled.
 */
async function answer({ request }: { request: Request }) {
  const found = await answerFromDataset(new URL(request.url), bundledDataset);
  return found
    ? HttpResponse.json(found.body as JsonBodyType, { status: found.status })
    : undefined;
}

export const handlers = [
  http.get(`${API_PATH}/symbols`, answer),
  http.get(`${API_PATH}/prices/:symbol`, answer),
  http.get(`${API_PATH}/shares/:symbol`, answer),
  http.get(`${API_PATH}/events`, answer),
];
