import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { formatUsd } from '../../src/domain/numberFormat';
import { NO_TELLING } from '../../src/features/story/storyReading';
import { captionFigures, fillStep } from '../../src/story/captions';
import type { StoryStep } from '../../src/story/steps';
import { DEFAULT_STORY } from '../../src/story/story';
import { DEFAULT_STEPS } from '../../src/story/deepseekSteps';
import { bars } from '../support/fixtures';
import { renderApp } from './renderApp';

// The default story as it ships: its steps' count, windows and titles are read from it, not
// assumed, and each title's figures are the page's (only the shock day's are checked by value).
const STEPS = DEFAULT_STEPS;
const COUNT = String(STEPS.length);
const STORY_LINK = `?story=${DEFAULT_STORY.id}`;

const stepper = () => screen.getByRole('region', { name: 'Story' });
const countText = (n: number) => `Step ${String(n)} of ${COUNT}`;

function stepOf(n: number): StoryStep {
  const step = STEPS[n - 1];
  if (!step) throw new Error(`the default story has no step ${String(n)}`);
  return step;
}

/** The first step (from 1) whose view passes `check`: what a test needs, wherever it is. */
function stepWhere(check: (step: StoryStep) => boolean): number {
  const index = STEPS.findIndex(check);
  if (index === -1) throw new Error('no step of the default story fits this test');
  return index + 1;
}

/** The window's two date fields, as the reader sees them. */
function shownWindow(container: HTMLElement): string[] {
  return [...container.querySelectorAll<HTMLInputElement>('.window-controls input[type=date]')].map(
    (field) => field.value,
  );
}

/** Waits for the page to show step `n` (from 1), its window reached and its dot current. */
async function onStep(container: HTMLElement, n: number) {
  const { view } = stepOf(n);
  // The stepper's code loads once a story is open.
  await screen.findByRole('region', { name: 'Story' }, { timeout: 5000 });
  await waitFor(() => {
    expect(within(stepper()).getByText(countText(n))).toBeInTheDocument();
    expect(shownWindow(container)).toEqual([view.from, view.to]);
  });
  const dots = within(stepper()).getAllByRole('button', { name: /^Step \d+: / });
  expect(dots).toHaveLength(STEPS.length);
  expect(dots.map((dot) => dot.getAttribute('aria-current'))).toEqual(
    STEPS.map((_, at) => (at === n - 1 ? 'step' : null)),
  );
  const title = within(stepper()).getByRole('heading', { level: 2 }).textContent;
  expect(dots[n - 1]).toHaveAccessibleName(`Step ${String(n)}: ${title}`);
}

const addressSays = (search: string) =>
  waitFor(() => {
    expect(window.location.search).toBe(search);
  });

describe('the story told in steps (?story=)', () => {
  it("opens step=N with its window, chart type and caption, and emphasises the step's events", async () => {
    const n = stepWhere((step) => step.view.chartType === 'candles');
    const { container } = renderApp(`${STORY_LINK}&step=${String(n)}`);
    await onStep(container, n);
    expect(screen.getByRole('button', { name: 'Candles' })).toHaveAttribute('aria-pressed', 'true');
    const highlight = stepOf(n).view.highlight ?? [];
    expect(highlight.length).toBeGreaterThan(0);
    await waitFor(() => {
      const emphasised = [...container.querySelectorAll('.event-line--highlight')].map((line) =>
        line.getAttribute('data-event-id'),
      );
      expect(emphasised.sort()).toEqual([...highlight].sort());
    });
  });

  it('fills the drop step from the data: no placeholder left once the study is in', async () => {
    const n = stepWhere((step) => step.view.from <= '2025-01-27' && step.caption.includes('ar0'));
    const { container } = renderApp(`${STORY_LINK}&step=${String(n)}`);
    await onStep(container, n);
    const monday = bars('NVDA').find((bar) => bar.date === '2025-01-27');
    if (!monday) throw new Error('no close on 27 Jan 2025 in the data');
    await waitFor(
      () => {
        const caption = container.querySelector('.story-stepper__caption')?.textContent ?? '';
        expect(caption).toContain(formatUsd(monday.close));
        expect(caption).not.toMatch(/[{}…]/);
      },
      { timeout: 5000 },
    );
  });

  it('shows markup in a caption as text, never as elements', async () => {
    const marked = { ...stepOf(1), caption: 'The <b>drop</b> & {company}<img src=x>' };
    const { container } = renderApp(STORY_LINK, {
      telling: { steps: [marked], captionFigures, fillStep },
    });
    await waitFor(() => {
      expect(container.querySelector('.story-stepper__caption')?.textContent).toBe(
        'The <b>drop</b> & NVIDIA<img src=x>',
      );
    });
    expect(container.querySelector('.story-stepper__caption *')).toBeNull();
  });

  it('steps with the buttons and the dots, writes step= and reads each new caption out', async () => {
    const user = userEvent.setup();
    const { container } = renderApp(`${STORY_LINK}&step=2`);
    await onStep(container, 2);
    const live = within(stepper()).getByRole('status');
    // Opening reads nothing out: the caption is on the page.
    expect(live).toHaveTextContent('');
    await user.click(screen.getByRole('button', { name: 'Next →' }));
    await onStep(container, 3);
    await addressSays(`${STORY_LINK}&step=3`);
    const title = within(stepper()).getByRole('heading', { level: 2 }).textContent;
    const caption = container.querySelector('.story-stepper__caption')?.textContent ?? '';
    expect(live.textContent).toBe(`${countText(3)}: ${title}. ${caption}`);
    await user.click(screen.getByRole('button', { name: /^Step 1: / }));
    await onStep(container, 1);
    await addressSays(STORY_LINK);
    // On the first step Previous does nothing, and keeps the focus.
    const previous = screen.getByRole('button', { name: '← Previous' });
    expect(previous).toHaveAttribute('aria-disabled', 'true');
    await user.click(previous);
    expect(previous).toHaveFocus();
    expect(within(stepper()).getByText(countText(1))).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: new RegExp(`^Step ${COUNT}: `) }));
    await onStep(container, STEPS.length);
    expect(screen.getByRole('button', { name: 'Next →' })).toHaveAttribute('aria-disabled', 'true');
  });

  it('steps with ← → and Page Up / Page Down while the focus is in the stepper', async () => {
    const user = userEvent.setup();
    const { container } = renderApp(STORY_LINK);
    await onStep(container, 1);
    screen.getByRole('button', { name: 'Next →' }).focus();
    await user.keyboard('{ArrowRight}');
    await onStep(container, 2);
    await user.keyboard('{PageDown}');
    await onStep(container, 3);
    await addressSays(`${STORY_LINK}&step=3`);
    await user.keyboard('{PageUp}');
    await onStep(container, 2);
    await user.keyboard('{ArrowLeft}');
    await onStep(container, 1);
    await user.keyboard('{ArrowLeft}');
    expect(within(stepper()).getByText(countText(1))).toBeInTheDocument();
    // Outside the stepper the arrows are not the story's (the chart's move its active session).
    screen.getByRole('button', { name: 'Share, embed, export' }).focus();
    await user.keyboard('{ArrowRight}');
    expect(within(stepper()).getByText(countText(1))).toBeInTheDocument();
  });

  it("keeps the reader's choices a step leaves out, and leaves the story back to their view", async () => {
    const user = userEvent.setup();
    const n = stepWhere((step) => step.view.logScale === undefined && step.view.mode === 'price');
    const { container } = renderApp(`${STORY_LINK}&step=${String(n)}&scale=log&from=2025-01-13`);
    await onStep(container, n);
    expect(screen.getByRole('checkbox', { name: 'Log scale' })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Leave the story' }));
    await waitFor(() => {
      expect(shownWindow(container)).toEqual(['2025-01-13', DEFAULT_STORY.defaultWindow.to]);
    });
    expect(screen.queryByRole('region', { name: 'Story' })).toBeNull();
    expect(screen.getByRole('checkbox', { name: 'Log scale' })).toBeChecked();
    await addressSays('?from=2025-01-13&scale=log');
  });

  it('leaves the story, keeping the view, when the reader changes what the step chose', async () => {
    const user = userEvent.setup();
    const n = stepWhere((step) => step.view.chartType === 'candles');
    const { from, to } = stepOf(n).view;
    const { container } = renderApp(`${STORY_LINK}&step=${String(n)}`);
    await onStep(container, n);
    await user.click(screen.getByRole('button', { name: 'Line' }));
    await waitFor(() => {
      expect(screen.queryByRole('region', { name: 'Story' })).toBeNull();
    });
    expect(shownWindow(container)).toEqual([from, to]);
    await addressSays(`?from=${from}&to=${to}`);
  });

  it('opens step 1 with a notice for a step the story does not have', async () => {
    const beyond = String(STEPS.length + 1);
    const { container } = renderApp(`${STORY_LINK}&step=${beyond}`);
    await onStep(container, 1);
    expect(
      screen.getByText(`Ignored step=${beyond}: the story has ${COUNT} steps; it opens on step 1.`),
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
    const { container } = renderApp(`?embed=1${STORY_LINK.replace('?', '&')}&step=3`);
    await waitFor(() => {
      expect(within(stepper()).getByText(countText(3))).toBeInTheDocument();
    });
    expect(container.querySelector('.embed__header .story-stepper')).not.toBeNull();
    await user.click(screen.getByRole('button', { name: '← Previous' }));
    await waitFor(() => {
      expect(within(stepper()).getByText(countText(2))).toBeInTheDocument();
    });
    await addressSays(`${STORY_LINK}&step=2&embed=1`);
  });
});
