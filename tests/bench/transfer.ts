/**
 * The bytes a reader downloads before the first chart: every response (the document, scripts,
 * styles, data) that finished before performance.mark('chart-ready'), by kind, each body compressed
 * with gzip -6 in Node. That is the measure the initial-JS budget uses, and what a static host that
 * gzips would send (headers left out); the benchmark's own servers send the bodies uncompressed, so
 * the browser's transferSize would count raw bytes and the real API's cross-origin responses as 0.
 */
import { extname } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page, Response } from 'playwright-core';

export type Kind = 'js' | 'css' | 'data' | 'other';
export const KINDS: readonly Kind[] = ['js', 'css', 'data', 'other'];

export interface TransferredFile {
  /** Path and query for this site's files, the whole URL for another origin's (the real API). */
  name: string;
  kind: Kind;
  gzipBytes: number;
}

export interface Transfer {
  files: TransferredFile[];
  gzipBytes: Record<Kind, number> & { total: number };
}

/** By content type first (an API answers JSON at paths with no extension), then by extension. */
export function kindOf(url: string, contentType: string): Kind {
  const type = contentType.toLowerCase();
  const extension = extname(new URL(url).pathname).toLowerCase();
  if (type.includes('javascript') || ['.js', '.mjs'].includes(extension)) return 'js';
  if (type.includes('text/css') || extension === '.css') return 'css';
  if (/json|csv/.test(type) || ['.json', '.csv'].includes(extension)) return 'data';
  return 'other';
}

interface Body {
  url: string;
  kind: Kind;
  gzipBytes: number;
}

/**
 * Starts keeping every response body of the page; call before page.goto. The returned function,
 * called once chart-ready is marked, totals the responses that had finished by then.
 */
export function recordTransfer(page: Page): () => Promise<Transfer> {
  const bodies: Promise<Body | null>[] = [];
  const keep = async (response: Response): Promise<Body | null> => {
    // Redirects and bodiless answers (a CORS preflight) carry nothing a reader waits for.
    if (response.status() >= 300 && response.status() < 400) return null;
    const body = await response.body();
    return {
      url: response.url(),
      kind: kindOf(response.url(), (await response.allHeaders())['content-type'] ?? ''),
      gzipBytes: gzipSync(body, { level: 6 }).length,
    };
  };
  page.on('response', (response) => {
    // A body the page dropped (it navigated on, or closed) is not one it waited for.
    bodies.push(keep(response).catch(() => null));
  });

  return async () => {
    // Resource Timing's responseEnd says which finished before the mark, for any origin; the
    // document is the navigation entry, which getEntriesByType('resource') leaves out.
    const finished = await page.evaluate(() => {
      const ready = performance.getEntriesByName('chart-ready')[0]?.startTime ?? Infinity;
      return [
        ...performance.getEntriesByType('navigation'),
        ...performance.getEntriesByType('resource'),
      ]
        .filter(
          (entry): entry is PerformanceResourceTiming =>
            entry instanceof PerformanceResourceTiming && entry.responseEnd <= ready,
        )
        .map((entry) => entry.name);
    });
    const byUrl = new Map<string, Body>();
    for (const body of await Promise.all(bodies)) if (body) byUrl.set(body.url, body);
    const origin = new URL(page.url()).origin;
    const files = finished.flatMap((url): TransferredFile[] => {
      const body = byUrl.get(url);
      if (!body) return [];
      const parsed = new URL(url);
      const name = parsed.origin === origin ? `${parsed.pathname}${parsed.search}` : url;
      return [{ name, kind: body.kind, gzipBytes: body.gzipBytes }];
    });
    const gzipBytes = { js: 0, css: 0, data: 0, other: 0, total: 0 };
    for (const file of files) {
      gzipBytes[file.kind] += file.gzipBytes;
      gzipBytes.total += file.gzipBytes;
    }
    return { files, gzipBytes };
  };
}
