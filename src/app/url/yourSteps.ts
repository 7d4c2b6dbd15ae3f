import type { StoryStep } from '../../story/steps';
import type { LoadedSteps } from '../useStorySteps';
import { quoted } from './migrations';
import { stepsCodec } from './stepsCodec';

const NO_STEPS: readonly StoryStep[] = [];

/**
 * The reader's own story from the link's `steps=` text: each step the codec drops is named in a
 * notice, worded as the page's other ignored parameters are. Loaded only when that story is opened.
 */
export function readYourSteps(text: string): LoadedSteps {
  if (text === '') return { steps: NO_STEPS, notices: [] };
  const parsed = stepsCodec.parse(text);
  const ignored = parsed.ok ? (parsed.ignored ?? []) : [{ value: text, why: parsed.why }];
  return {
    steps: parsed.ok ? parsed.value : NO_STEPS,
    notices: ignored.map(({ value, why }) => `Ignored steps=${quoted(value)}: ${why}.`),
  };
}
