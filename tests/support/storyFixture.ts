import { formatUsd } from '../../src/domain/numberFormat';
import type { StoryTelling } from '../../src/features/story/storyReading';
import type { CaptionInput, StoryStep } from '../../src/story/steps';

/**
 * A small story on real dates and events of the bundled data, for the stepper's tests: its words
 * are the tests', its one figure is computed from the rows the page loaded.
 */
export const TEST_STEPS: readonly StoryStep[] = [
  {
    title: 'Before the shock',
    caption: 'DeepSeek released R1 on Monday 20 January; NVIDIA closed the week at {fridayClose}.',
    view: { from: '2025-01-06', to: '2025-01-24', highlight: ['deepseek-r1-release'] },
  },
  {
    title: 'Monday 27 January',
    caption: 'The record drop, <b>drawn</b> as candles.',
    view: {
      from: '2025-01-21',
      to: '2025-02-04',
      chartType: 'candles',
      highlight: ['nvda-record-drop-jan27'],
    },
  },
  {
    title: 'The peers afterwards',
    caption: 'Rebased to the last close before the shock.',
    view: { from: '2025-01-21', to: '2025-02-14', mode: 'rebased', hiddenKinds: ['social'] },
  },
];

/** The close of the last session before the shock, from the data: the story's one figure. */
function testFigures(input: CaptionInput): ReadonlyMap<string, string> {
  const before = input.rows.filter((row) => row.date < input.shockDate).at(-1);
  return new Map(before ? [['fridayClose', formatUsd(before.close)]] : []);
}

export const TEST_TELLING: StoryTelling = {
  steps: TEST_STEPS,
  captionFigures: testFigures,
  fillStep: (step, figures) => {
    const missing: string[] = [];
    const fill = (text: string) =>
      text.replace(/\{(\w+)\}/g, (whole, name: string) => {
        const figure = figures.get(name);
        if (figure === undefined) missing.push(name);
        return figure ?? whole;
      });
    return { title: fill(step.title), caption: fill(step.caption), missing };
  },
};
