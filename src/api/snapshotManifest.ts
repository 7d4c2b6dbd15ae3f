/**
 * What the default build writes into index.html about its static snapshot of the price API: each
 * request the snapshot holds, as a path and query after the API base, and the file, relative to the
 * page, that holds its answer (content-hashed, so a host can cache it for ever).
 */
export interface SnapshotManifest {
  version: 1;
  files: Record<string, string>;
}

/** The id of the inline `<script type="application/json">` that holds the manifest. */
export const SNAPSHOT_MANIFEST_ID = 'api-snapshot';

/** The whole-series requests the snapshot answers; any window is cut from them in the client. */
export const snapshotRequest = {
  symbols: () => '/v1/symbols',
  prices: (symbol: string) => `/v1/prices/${encodeURIComponent(symbol)}`,
  shares: (symbol: string) => `/v1/shares/${encodeURIComponent(symbol)}`,
  events: (symbol: string) => `/v1/events?symbol=${encodeURIComponent(symbol)}`,
};
