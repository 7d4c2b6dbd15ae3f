import { answerFromDataset } from '../src/api/datasetAnswers';
import { snapshotRequest } from '../src/api/snapshotManifest';
import { bundledDataset, symbols } from '../mocks/dataset';
import { STORY } from '../src/story/story';

export interface SnapshotAnswer {
  /** The request, as a path and query after the API base (`/v1/prices/NVDA`). */
  request: string;
  /** The file's short name, e.g. `prices-NVDA`. */
  name: string;
  body: unknown;
}

/**
 * Every whole-series answer of the mock API over the bundled dataset, made by the mock's own code:
 * the symbols, and each symbol's prices, share counts (where known) and events.
 */
export async function snapshotAnswers(): Promise<SnapshotAnswer[]> {
  const wanted = [
    { request: snapshotRequest.symbols(), name: 'symbols' },
    ...symbols.flatMap(({ symbol }) => [
      { request: snapshotRequest.prices(symbol), name: `prices-${symbol}` },
      { request: snapshotRequest.shares(symbol), name: `shares-${symbol}` },
      { request: snapshotRequest.events(symbol), name: `events-${symbol}` },
    ]),
  ];
  const answers: SnapshotAnswer[] = [];
  for (const { request, name } of wanted) {
    const answer = await answerFromDataset(
      new URL(`http://snapshot/api${request}`),
      bundledDataset,
    );
    if (!answer) throw new Error(`The API has no endpoint for ${request}`);
    // An error answer (an index has no share count) is not written: the client answers it itself.
    if (answer.status === 200) answers.push({ request, name, body: answer.body });
  }
  return answers;
}

/**
 * The requests the default view waits on for its first chart: the story's prices, share counts
 * (market value) and events. index.html preloads their files; the rest (compared symbols, names)
 * the script asks for.
 */
export function firstChartRequests(): string[] {
  return [
    snapshotRequest.prices(STORY.symbol),
    snapshotRequest.shares(STORY.symbol),
    snapshotRequest.events(STORY.symbol),
  ];
}
