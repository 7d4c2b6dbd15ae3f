import { memoizeLast } from '../domain/memoizeLast';
import type { StoryStep } from '../story/steps';
import { quoted } from './url/migrations';
import type { LoadedSteps } from './useStorySteps';

/**
 * How the reader's own story (`story=yours`) loads: its steps read from the link's `steps=` text,
 * with the steps codec loaded only now, so a page that opens no such story never carries it. Each
 * step the codec drops is named in a notice, worded as the page's other ignored parameters are.
 * One loader per text: the same text loads once, a changed one (the editor's) loads again.
 */
export const yourStepsLoader = memoizeLast(
  (text: string) => (): Promise<LoadedSteps> =>
    import('./url/stepsCodec').then(({ stepsCodec }) => {
      if (text === '') return { steps: NO_STEPS, notices: [] };
      const parsed = stepsCodec.parse(text);
      const ignored = parsed.ok ? (parsed.ignored ?? []) : [{ value: text, why: parsed.why }];
      return {
        steps: parsed.ok ? parsed.value : NO_STEPS,
        notices: ignored.map(({ value, why }) => `Ignored steps=${quoted(value)}: ${why}.`),
      };
    }),
);

const NO_STEPS: readonly StoryStep[] = [];
