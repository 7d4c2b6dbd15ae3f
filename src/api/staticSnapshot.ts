import type { MarketEvent, PriceBar, SharesPoint } from '../domain/types';
import { answerFromDataset, type Dataset } from './datasetAnswers';
import type { SymbolInfo } from './schemas';
import { snapshotRequest, type SnapshotManifest } from './snapshotManifest';

/** A data file the host did not serve: its HTTP status is passed on as the API's. */
class UnavailableFile extends Error {
  constructor(
    readonly status: number,
    file: string,
  ) {
    super(`The data file ${file} answered HTTP ${status}`);
  }
}

/**
 * The dataset as the build's static files: each file is fetched once, when first needed, and kept
 * (the preload from index.html and the HTTP cache make that fetch cheap). A failed fetch is
 * forgotten, so the reader's Retry asks again.
 */
function snapshotDataset(manifest: SnapshotManifest, baseUrl: string): Dataset {
  const loads = new Map<string, Promise<unknown>>();
  const load = <T>(request: string): Promise<T> => {
    const file = manifest.files[request];
    if (file === undefined) return Promise.reject(new UnavailableFile(404, request));
    let body = loads.get(file);
    if (!body) {
      body = fetch(new URL(file, baseUrl)).then((response) => {
        if (!response.ok) throw new UnavailableFile(response.status, file);
        return response.json() as Promise<unknown>;
      });
      body.catch(() => loads.delete(file));
      loads.set(file, body);
    }
    // The files are the mock API's own answers, written at build; the client's schemas check what
    // is answered from them, as they check any API.
    return body as Promise<T>;
  };
  return {
    hasSymbol: (symbol) => snapshotRequest.prices(symbol) in manifest.files,
    symbols: () =>
      load<{ symbols: SymbolInfo[] }>(snapshotRequest.symbols()).then((body) => body.symbols),
    bars: (symbol) =>
      load<{ bars: PriceBar[] }>(snapshotRequest.prices(symbol)).then((body) => body.bars),
    shares: async (symbol) =>
      snapshotRequest.shares(symbol) in manifest.files
        ? (await load<{ points: SharesPoint[] }>(snapshotRequest.shares(symbol))).points
        : null,
    events: (symbol) =>
      load<{ events: MarketEvent[] }>(snapshotRequest.events(symbol)).then((body) => body.events),
  };
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });

/**
 * A fetch for the API client that answers contract v1 from the static snapshot, with any window
 * (`from`, `to`) and check applied as the API does: the same client and schemas read its answers.
 * `baseUrl` is where the manifest's file names are resolved (the page's own address).
 */
export function createSnapshotFetch(manifest: SnapshotManifest, baseUrl: string) {
  const dataset = snapshotDataset(manifest, baseUrl);
  return async (request: Request): Promise<Response> => {
    try {
      const answer = await answerFromDataset(new URL(request.url), dataset);
      return answer
        ? json(answer.status, answer.body)
        : json(404, { error: { code: 'not_found', message: 'No such endpoint' } });
    } catch (error) {
      if (!(error instanceof UnavailableFile)) throw error;
      return json(error.status, { error: { code: 'server_error', message: error.message } });
    }
  };
}

/** The manifest the default build writes into index.html, or null (the dev server has none). */
export function readSnapshotManifest(element: Element | null): SnapshotManifest | null {
  if (!element?.textContent) return null;
  const manifest = JSON.parse(element.textContent) as Partial<SnapshotManifest> | null;
  return manifest?.version === 1 && manifest.files ? { version: 1, files: manifest.files } : null;
}
