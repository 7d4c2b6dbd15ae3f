import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { writeSteps } from '../../src/app/url/stepsCodec';
import { formatUsd } from '../../src/domain/numberFormat';
import type { StoryStep } from '../../src/story/steps';
import { bars } from '../support/fixtures';
import { renderApp } from './renderApp';

/** What mounts after the first chart: on a loaded CI machine, more than the default second. */
const PANEL = { timeout: 15_000 };

const GOOD: StoryStep = {
  title: 'The drop',
  caption: '{company} closed at {shock.close}.',
  view: { from: '2025-01-21', to: '2025-02-04', mode: 'price', chartType: 'candles' },
};
const OTHER: StoryStep = {
  title: 'The peers',
  caption: 'Against the benchmark.',
  view: { from: '2025-01-13', to: '2025-02-28', mode: 'rebased' },
};

const stepper = () => screen.getByRole('region', { name: 'Story' });
const mondayClose = () => {
  const monday = bars('NVDA').find((bar) => bar.date === '2025-01-27');
  if (!monday) throw new Error('no close on 27 Jan 2025 in the data');
  return formatUsd(monday.close);
};

/** The stepper's title and caption once the step's figures are filled. */
async function stepShows(title: string, caption: string) {
  await screen.findByRole('region', { name: 'Story' }, PANEL);
  await waitFor(() => {
    expect(within(stepper()).getByRole('heading', { level: 2 })).toHaveTextContent(title);
    expect(document.querySelector('.story-stepper__caption')).toHaveTextContent(caption);
  }, PANEL);
}

describe("the reader's own story on the page (steps=, story=yours)", () => {
  it('adds the view as a step, writes steps= and reads it back filled from the data', async () => {
    const user = userEvent.setup();
    renderApp();
    const editor = await screen.findByRole('region', { name: 'Your story' }, PANEL);
    await user.click(within(editor).getByRole('button', { name: /^Add this view as a step/ }));
    const title = await within(editor).findByRole('textbox', { name: 'Title of step 1' });
    await user.clear(title);
    await user.type(title, GOOD.title);
    const caption = within(editor).getByRole('textbox', { name: 'Caption of step 1' });
    await user.click(caption);
    await user.paste(GOOD.caption);
    await waitFor(() => {
      const steps = new URLSearchParams(window.location.search).get('steps') ?? '';
      expect(steps).toMatch(/^1,/);
      expect(steps).toContain('{shock.close}');
    });
    await user.click(within(editor).getByRole('button', { name: 'Read your story' }));
    await stepShows(GOOD.title, `NVIDIA closed at ${mondayClose()}.`);
    expect(new URLSearchParams(window.location.search).get('story')).toBe('yours');
  });

  it("starts from the page's own story, which the link holds whole", async () => {
    const user = userEvent.setup();
    renderApp();
    const editor = await screen.findByRole('region', { name: 'Your story' }, PANEL);
    await user.click(within(editor).getByRole('button', { name: "Start from this page's story" }));
    const { DEFAULT_STEPS } = await import('../../src/story/deepseekSteps');
    await waitFor(() => {
      expect(within(editor).getAllByRole('textbox', { name: /^Title of step/ })).toHaveLength(
        DEFAULT_STEPS.length,
      );
    });
    expect(new URLSearchParams(window.location.search).get('steps')).toBe(
      writeSteps(DEFAULT_STEPS),
    );
  });

  it('drops a step the link cannot read, with a notice naming it, and keeps the others', async () => {
    const bad = writeSteps([{ ...OTHER, view: { ...OTHER.view, to: '2025-02-30' } }]).slice(2);
    renderApp(`?story=yours&steps=${writeSteps([GOOD])},${bad}`);
    await stepShows(GOOD.title, `NVIDIA closed at ${mondayClose()}.`);
    expect(within(stepper()).getByText('Step 1 of 1')).toBeInTheDocument();
    const notice = screen.getByText(/^Ignored steps=/);
    expect(notice).toHaveTextContent('2025-02-30');
  });

  it("gives the story's link and embed snippet from the share dialog", async () => {
    const user = userEvent.setup();
    const steps = writeSteps([GOOD, OTHER]);
    renderApp(`?story=yours&step=2&steps=${steps}`);
    await stepShows(OTHER.title, OTHER.caption);
    await user.click(screen.getByRole('button', { name: 'Share, embed, export' }));
    const dialog = await screen.findByRole('dialog', { name: 'Share, embed and export' }, PANEL);
    const link = within(dialog).getByRole<HTMLInputElement>('textbox', {
      name: 'Link to this story',
    });
    const code = within(dialog).getByRole<HTMLTextAreaElement>('textbox', { name: 'Embed code' });
    const src = /<iframe [^>]*src="([^"]*)"/.exec(code.value)?.[1]?.replace(/&amp;/g, '&') ?? '';
    for (const address of [link.value, src]) {
      const params = new URL(address).searchParams;
      expect([params.get('story'), params.get('step'), params.get('steps')]).toEqual([
        'yours',
        '2',
        steps,
      ]);
    }
  });
});
