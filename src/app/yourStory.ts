import { memoizeLast } from '../domain/memoizeLast';
import { loadStoryParts } from './lazyParts';

/**
 * How the reader's own story (`story=yours`) loads: its steps read from the link's `steps=` text by
 * code loaded only now (yourSteps.ts, in the story's chunk), so a page that opens no such story never
 * carries it. One loader per text: the same text loads once, an edited one loads again.
 */
export const yourStepsLoader = memoizeLast(
  (text: string) => () => loadStoryParts().then(({ readYourSteps }) => readYourSteps(text)),
);
