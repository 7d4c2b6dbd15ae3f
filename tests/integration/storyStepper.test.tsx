import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { formatUsd } from '../../src/domain/numberFormat';
import { NO_TELLING } from '../../src/features/story/storyReading';
import { bars } from '../support/fixtures';
import { TEST_STEPS, TEST_TELLING } from '../support/storyFixture';
import { renderApp } from './renderApp';

const STORY_LINK = '?story=nvda-deepseek';

const stepper = () => screen.getByRole('region', { name: 'Story' });

/** The window's two date fields, as the reader sees them. */
function shownWindow(container: HTMLElement): string[] {
  return [...container.querySelectorAll<HTMLInputElement>('.window-controls input[type=date]')].map(
    (field) => field.value,
  );
}

/** Waits for the page to show step `n` (from 1) of the test story, its window reached. */
async function onStep(container: HTMLElement, n: number) {
  const step = TEST_STEPS[n - 1];
  if (!step) throw new Error(`no step ${String(n)}`);
  await waitFor(() => {
    expect(within(stepper()).getByText(`Step ${String(n)} of ${String(TEST_STEPS.length)}`));
    expect(shownWindow(container)).toEqual([step.view.from, step.view.to]);
  });
  expect(within(stepper()).getByRole('heading', { level: 2 })).toHaveTextContent(step.title);
  expect(
    within(stepper()).getByRole('button', { name: `Step ${String(n)}: ${step.title}` }),
  ).toHaveAttribute('aria-current', 'step');
}

/** The address the page wrote, once it says `step=`. */
const addressSays = (search: string) =>
  waitFor(() => {
    expect(window.location.search).toBe(search);
  });

describe('the story told in steps (?story=)', () => {
  it('opens step=N with its window, chart type and caption as text, and emphasises its event', async () => {
    const { container, page } = renderApp(`${STORY_LINK}&step=2`, { telling: TEST_TELLING });
    await onStep(container, 2);
    // Markup in a caption is shown as it is written, never made into elements.
    const caption = container.querySelector('.story-stepper__caption');
    expect(caption?.textContent).toBe('The record drop, <b>drawn</b> as candles.');
    expect(caption?.querySelector('b')).toBeNull();
    expect(screen.getByRole('button', { name: 'Candles' })).toHaveAttribute('aria-pressed', 'true');
    await page.priceLine().catch(() => undefined);
    await waitFor(() => {
      const marks = container.querySelectorAll('[class$="--highlight"]');
      expect(
        [...marks].map(
          (mark) => mark.getAttribute('data-event-id') ?? mark.getAttribute('data-event-label'),
        ),
      ).toContain('nvda-record-drop-jan27');
    });
    // Only the step's events are emphasised.
    expect(
      container.querySelector(
        '.event-line--highlight:not([data-event-id="nvda-record-drop-jan27"])',
      ),
    ).toBeNull();
  });

  it('fills the caption from the data', async () => {
    const { container } = renderApp(STORY_LINK, { telling: TEST_TELLING });
    await onStep(container, 1);
    const friday = bars('NVDA').find((bar) => bar.date === '2025-01-24');
    if (!friday) throw new Error('no close on 24 Jan 2025 in the data');
    await waitFor(() => {
      expect(container.querySelector('.story-stepper__caption')?.textContent).toBe(
        `DeepSeek released R1 on Monday 20 January; NVIDIA closed the week at ${formatUsd(friday.close)}.`,
      );
    });
  });

  it('steps with the buttons and the dots, writes step= and reads each new caption out', async () => {
    const user = userEvent.setup();
    const { container } = renderApp(`${STORY_LINK}&step=2`, { telling: TEST_TELLING });
    await onStep(container, 2);
    const live = within(stepper()).getByRole('status');
    // Opening reads nothing out: the caption is on the page.
    expect(live).toHaveTextContent('');
    await user.click(screen.getByRole('button', { name: 'Next →' }));
    await onStep(container, 3);
    await addressSays(`${STORY_LINK}&step=3`);
    expect(live).toHaveTextContent(
      'Step 3 of 3: The peers afterwards. Rebased to the last close before the shock.',
    );
    // The step sets the metric and leaves the social events off; the address keeps the reader's.
    expect(screen.getByRole('button', { name: 'Peers, rebased' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    // On the last step Next does nothing, and keeps the focus.
    const next = screen.getByRole('button', { name: 'Next →' });
    expect(next).toHaveAttribute('aria-disabled', 'true');
    await user.click(next);
    expect(within(stepper()).getByText('Step 3 of 3')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Step 1: Before the shock' }));
    await onStep(container, 1);
    await addressSays(STORY_LINK);
    expect(live).toHaveTextContent(/^Step 1 of 3: Before the shock\. DeepSeek released R1/);
    await user.click(screen.getByRole('button', { name: '← Previous' }));
    expect(within(stepper()).getByText('Step 1 of 3')).toBeInTheDocument();
  });

  it('steps with ← → and Page Up / Page Down while the focus is in the stepper', async () => {
    const user = userEvent.setup();
    const { container } = renderApp(STORY_LINK, { telling: TEST_TELLING });
    await onStep(container, 1);
    screen.getByRole('button', { name: 'Next →' }).focus();
    await user.keyboard('{ArrowRight}');
    await onStep(container, 2);
    await user.keyboard('{PageDown}');
    await onStep(container, 3);
    await addressSays(`${STORY_LINK}&step=3`);
    await user.keyboard('{ArrowRight}');
    expect(within(stepper()).getByText('Step 3 of 3')).toBeInTheDocument();
    await user.keyboard('{PageUp}');
    await onStep(container, 2);
    await user.keyboard('{ArrowLeft}');
    await onStep(container, 1);
    // Outside the stepper the arrows are not the story's (the chart's move its active session).
    screen.getByRole('button', { name: 'Share, embed, export' }).focus();
    await user.keyboard('{ArrowRight}');
    expect(within(stepper()).getByText('Step 1 of 3')).toBeInTheDocument();
  });

  it("keeps the reader's choices the step leaves out, and leaves the story back to their view", async () => {
    const user = userEvent.setup();
    const { container } = renderApp(`${STORY_LINK}&step=1&scale=log&from=2025-01-13`, {
      telling: TEST_TELLING,
    });
    await onStep(container, 1);
    expect(screen.getByRole('checkbox', { name: 'Log scale' })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Leave the story' }));
    await waitFor(() => {
      expect(shownWindow(container)).toEqual(['2025-01-13', '2025-02-28']);
    });
    expect(screen.queryByRole('region', { name: 'Story' })).toBeNull();
    expect(screen.getByRole('checkbox', { name: 'Log scale' })).toBeChecked();
    await addressSays('?from=2025-01-13&scale=log');
  });

  it('leaves the story, keeping the view, when the reader changes what the step chose', async () => {
    const user = userEvent.setup();
    const { container } = renderApp(`${STORY_LINK}&step=2`, { telling: TEST_TELLING });
    await onStep(container, 2);
    await user.click(screen.getByRole('button', { name: 'Line' }));
    await waitFor(() => {
      expect(screen.queryByRole('region', { name: 'Story' })).toBeNull();
    });
    expect(shownWindow(container)).toEqual(['2025-01-21', '2025-02-04']);
    await addressSays('?from=2025-01-21&to=2025-02-04');
  });

  it('opens step 1 with a notice for a step the story does not have', async () => {
    const { container } = renderApp(`${STORY_LINK}&step=9`, { telling: TEST_TELLING });
    await onStep(container, 1);
    expect(
      screen.getByText('Ignored step=9: the story has 3 steps; it opens on step 1.'),
    ).toBeInTheDocument();
  });

  it('says so when the page has no steps for the story, and shows the plain view', async () => {
    renderApp(STORY_LINK, { telling: NO_TELLING });
    expect(
      await screen.findByText('Ignored story=nvda-deepseek: this page has no steps for it.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Story' })).toBeNull();
  });

  it('is shown over the chart in the embed too', async () => {
    const user = userEvent.setup();
    const { container } = renderApp(`?embed=1&story=nvda-deepseek&step=3`, {
      telling: TEST_TELLING,
    });
    await waitFor(() => {
      expect(within(stepper()).getByText('Step 3 of 3')).toBeInTheDocument();
    });
    expect(container.querySelector('.embed__header .story-stepper')).not.toBeNull();
    await user.click(screen.getByRole('button', { name: '← Previous' }));
    await waitFor(() => {
      expect(within(stepper()).getByText('Step 2 of 3')).toBeInTheDocument();
    });
    await addressSays('?story=nvda-deepseek&step=2&embed=1');
  });
});
