import { createHash } from 'node:crypto';
import type { SnapshotManifest } from '../src/api/snapshotManifest';
import type { SnapshotAnswer } from './snapshotAnswers';

export interface DataFile {
  /** Under the build's output, e.g. `data/prices-NVDA-5d6fcb5c90.json`. */
  fileName: string;
  source: string;
}

/**
 * Each answer as a file named by its content: a new dataset gets new names, so a host may cache
 * every file for ever and a reader never mixes old and new data.
 */
export function dataFiles(answers: readonly SnapshotAnswer[]): Map<string, DataFile> {
  return new Map(
    answers.map(({ request, name, body }) => {
      const source = JSON.stringify(body);
      const hash = createHash('sha256').update(source).digest('hex').slice(0, 10);
      return [request, { fileName: `data/${name}-${hash}.json`, source }];
    }),
  );
}

export function manifestOf(files: ReadonlyMap<string, DataFile>): SnapshotManifest {
  return {
    version: 1,
    files: Object.fromEntries([...files].map(([request, file]) => [request, file.fileName])),
  };
}
