import { http, HttpResponse } from 'msw';
import { beforeAll, describe, expect, it } from 'vitest';
import { snapshotAnswers } from '../../build/snapshotAnswers';
import { dataFiles, manifestOf, type DataFile } from '../../build/snapshotFiles';
import { getEvents, getPrices, getShares, getSymbols } from '../../src/api/endpoints';
import { HttpError } from '../../src/api/errors';
import type { SnapshotManifest } from '../../src/api/snapshotManifest';
import { createSnapshotFetch } from '../../src/api/staticSnapshot';
import { configureTransport } from '../../src/api/transport';
import { server } from '../../mocks/node';

/**
 * The default build's static snapshot against the mock API: the files the build writes, served by a
 * stand-in static host, must give the client every answer the mock gives, byte for byte.
 */

const API = 'http://localhost/api';
const SITE = 'http://static.test/report/';

let files: Map<string, DataFile>;
let manifest: SnapshotManifest;
/** Each data file the stand-in host was asked for, in order. */
let served: string[];
/** Files the host fails with this status instead of serving them. */
let failing: Map<string, number>;

beforeAll(async () => {
  files = dataFiles(await snapshotAnswers());
  manifest = manifestOf(files);
});

function serveSite() {
  served = [];
  failing = new Map();
  const byName = new Map([...files.values()].map((file) => [file.fileName, file.source]));
  server.use(
    http.get(`${SITE}data/:file`, ({ params }) => {
      const name = `data/${String(params.file)}`;
      served.push(name);
      const status = failing.get(name);
      if (status) return new HttpResponse('Service Unavailable', { status });
      const source = byName.get(name);
      return source === undefined
        ? new HttpResponse('Not Found', { status: 404 })
        : new HttpResponse(source, { headers: { 'Content-Type': 'application/json' } });
    }),
  );
}

async function both(path: string) {
  serveSite();
  const snapshot = createSnapshotFetch(manifest, SITE);
  const fromSnapshot = await snapshot(new Request(`${API}${path}`));
  const fromMock = await fetch(`${API}${path}`);
  return {
    snapshot: { status: fromSnapshot.status, body: (await fromSnapshot.json()) as unknown },
    mock: { status: fromMock.status, body: (await fromMock.json()) as unknown },
  };
}

const SYMBOLS = ['NVDA', 'QQQ', 'SOX', 'AMD', 'SPX'];
const WINDOWS = [
  '',
  '?from=2025-01-02&to=2025-02-28',
  '?from=2025-01-27&to=2025-01-27',
  '?from=2025-01-27',
  '?to=2024-08-01',
  // Weekend bounds, a window with no session, and dates before and after the data.
  '?from=2025-01-25&to=2025-01-26',
  '?from=2025-01-18&to=2025-02-02',
  '?from=1999-01-04&to=2030-12-31',
  '?from=2030-01-02',
  '?to=1999-01-04',
  // Refused: from after to, and dates that are not dates.
  '?from=2025-02-28&to=2025-01-02',
  '?from=yesterday',
  '?to=2025-13-01',
  '?from=2025-1-2',
];

describe('the static snapshot answers as the mock API does', () => {
  it.each(SYMBOLS.flatMap((symbol) => WINDOWS.map((window) => `/v1/prices/${symbol}${window}`)))(
    'GET %s',
    async (path) => {
      const { snapshot, mock } = await both(path);
      expect(snapshot).toEqual(mock);
    },
  );

  it.each([
    '/v1/symbols',
    '/v1/shares/NVDA',
    '/v1/shares/SOX',
    '/v1/shares/QQQ',
    '/v1/shares/XYZ',
    '/v1/events?symbol=NVDA',
    '/v1/events?symbol=AMD',
    '/v1/events?symbol=XYZ',
    '/v1/events',
    '/v1/prices/XYZ',
    '/v1/prices/nvda',
    '/v1/prices/XYZ?from=2025-02-28&to=2025-01-02',
  ])('GET %s', async (path) => {
    const { snapshot, mock } = await both(path);
    expect(snapshot).toEqual(mock);
  });

  it('every price file holds the whole series the mock serves, for each of the 17 symbols', async () => {
    const priced = Object.keys(manifest.files).filter((request) =>
      request.startsWith('/v1/prices/'),
    );
    expect(priced).toHaveLength(17);
    for (const request of priced) {
      const { snapshot, mock } = await both(request);
      expect(snapshot).toEqual(mock);
    }
  });
});

describe('the client over the static snapshot', () => {
  it('reads every endpoint it uses through the same schemas, with the window applied', async () => {
    serveSite();
    configureTransport({ baseUrl: API, fetch: createSnapshotFetch(manifest, SITE) });
    const prices = await getPrices('NVDA', { from: '2025-01-24', to: '2025-01-28' });
    expect(prices.bars.map((bar) => [bar.date, bar.close])).toEqual([
      ['2025-01-24', 142.62],
      ['2025-01-27', 118.42],
      ['2025-01-28', 128.99],
    ]);
    expect((await getSymbols()).symbols).toHaveLength(17);
    expect((await getShares('NVDA')).points).toHaveLength(6);
    const events = await getEvents('NVDA');
    expect(events.events).toHaveLength(18);
    expect(events.rejected).toEqual([]);
    const unknown = await getPrices('XYZ', {}).catch((error: unknown) => error);
    expect(unknown).toBeInstanceOf(HttpError);
    expect(unknown).toMatchObject({ status: 404, code: 'not_found' });
  });

  it('fetches each file once, whatever windows are asked of it', async () => {
    serveSite();
    const snapshot = createSnapshotFetch(manifest, SITE);
    for (const window of WINDOWS) await snapshot(new Request(`${API}/v1/prices/NVDA${window}`));
    expect(served).toEqual([manifest.files['/v1/prices/NVDA']]);
  });

  it('passes on a file the host fails, and asks again on the next request (the reader’s Retry)', async () => {
    serveSite();
    const file = manifest.files['/v1/prices/NVDA'] ?? '';
    failing.set(file, 503);
    const snapshot = createSnapshotFetch(manifest, SITE);
    const failed = await snapshot(new Request(`${API}/v1/prices/NVDA`));
    expect(failed.status).toBe(503);
    failing.delete(file);
    const retried = await snapshot(new Request(`${API}/v1/prices/NVDA`));
    expect(retried.status).toBe(200);
    expect(served).toEqual([file, file]);
  });
});
