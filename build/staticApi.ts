import { resolve } from 'node:path';
import { runnerImport, type HtmlTagDescriptor, type Plugin } from 'vite';
import { SNAPSHOT_MANIFEST_ID } from '../src/api/snapshotManifest.ts';
import type * as answers from './snapshotAnswers.ts';
import { dataFiles, manifestOf, type DataFile } from './snapshotFiles.ts';

/**
 * The default build (no VITE_API_BASE_URL) answers the price API from static files, not from the
 * mock in the page: this plugin writes the mock's whole-series answers as content-hashed JSON under
 * data/, and puts into index.html a manifest of them and a preload of those the first chart needs,
 * so those requests start with the HTML, before any script has run. The dev server keeps the mock.
 */
export function staticApi(): Plugin {
  let enabled = false;
  let root = '';
  let snapshot: Promise<{ files: Map<string, DataFile>; preload: string[] }> | null = null;

  // The dataset module reads the fixtures with Vite's import.meta.glob and ?raw, so Vite's module
  // runner imports it: the same code the mock runs, not a copy of it.
  async function readSnapshot() {
    const { module } = await runnerImport<typeof answers>(
      resolve(import.meta.dirname, 'snapshotAnswers.ts'),
      { root, configFile: false, logLevel: 'error' },
    );
    return {
      files: dataFiles(await module.snapshotAnswers()),
      preload: module.firstChartRequests(),
    };
  }

  return {
    name: 'static-api',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      // A build against a real API (VITE_API_BASE_URL) asks that API: it carries no snapshot.
      enabled = !config.env.VITE_API_BASE_URL;
    },
    async buildStart() {
      if (!enabled) return;
      snapshot = readSnapshot();
      for (const { fileName, source } of (await snapshot).files.values()) {
        this.emitFile({ type: 'asset', fileName, source });
      }
    },
    transformIndexHtml: {
      order: 'post',
      async handler(): Promise<HtmlTagDescriptor[]> {
        if (!snapshot) return [];
        const { files: byRequest, preload } = await snapshot;
        const manifest = manifestOf(byRequest);
        const missing = preload.filter((request) => !byRequest.has(request));
        if (missing.length > 0)
          throw new Error(`No snapshot file to preload for ${missing.join(', ')}`);
        return [
          ...preload.map((request) => ({
            tag: 'link',
            attrs: {
              rel: 'preload',
              as: 'fetch',
              // The client fetches in cors mode; a preload must say so too, or it is not reused.
              crossorigin: true,
              href: `./${byRequest.get(request)?.fileName ?? ''}`,
            },
            injectTo: 'head-prepend' as const,
          })),
          {
            tag: 'script',
            attrs: { type: 'application/json', id: SNAPSHOT_MANIFEST_ID },
            // `<` escaped, so no text of the data can close the script element.
            children: JSON.stringify(manifest).replaceAll('<', '\\u003c'),
            injectTo: 'head',
          },
        ];
      },
    },
  };
}
