import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { writeSteps } from '../../src/app/url/stepsCodec';
import { formatUsd } from '../../src/domain/numberFormat';
import { StoryEditor } from '../../src/features/storyEditor/StoryEditor';
import { stepViewOf } from '../../src/features/storyEditor/useStoryEditor';
import { captionFigures, fillStep, GAP } from '../../src/story/captions';
import { MAX_STEPS, type StepView, type StoryStep } from '../../src/story/steps';
import { DEFAULT_STEPS } from '../../src/story/deepseekSteps';
import { readStoryFile, writeStoryFile } from '../../src/story/storyFile';
import { captionInputOf } from '../support/captionInput';
import * as fixtures from '../support/fixtures';

const nvda = fixtures.bars('NVDA');
const figures = captionFigures(captionInputOf(nvda));
const fill = (step: StoryStep) => fillStep(step, figures);
const figure = (name: string) => {
  const value = figures.get(name);
  if (value === undefined) throw new Error(`the data gives no {${name}}`);
  return value;
};

/** The reader's view: the week around the shock, candles, without their notes. */
const VIEW: StepView = stepViewOf({
  from: '2025-01-21',
  to: '2025-02-04',
  mode: 'price',
  chartType: 'candles',
  logScale: false,
  hiddenKinds: ['note'],
});

// The default story's six steps are longer than the link holds; its first three fit.
const FIRST_THREE = DEFAULT_STEPS.slice(0, 3);

/** The editor as the page holds it: the steps in state (the link), every change recorded. */
function renderEditor(initial: readonly StoryStep[] = FIRST_THREE, { later = false } = {}) {
  const changes: (readonly StoryStep[])[] = [];
  function Page() {
    const [steps, setSteps] = useState(initial);
    return (
      <StoryEditor
        steps={steps}
        onChange={(next) => {
          changes.push(next);
          // A page may take the change a moment later (the link is written, then read back).
          if (later)
            setTimeout(() => {
              setSteps(next);
            }, 20);
          else setSteps(next);
        }}
        currentView={VIEW}
        fill={fill}
        title="Our story"
      />
    );
  }
  // No pause between keys: the preview is filled again at each one.
  const user = userEvent.setup({ delay: null });
  const { container } = render(<Page />);
  const preview = (n: number) => screen.getByRole('figure', { name: `Preview of step ${n}` });
  const titles = () =>
    screen.getAllByRole('textbox', { name: /^Title of step/ }).map((field) => {
      if (!(field instanceof HTMLInputElement)) throw new Error('a title is not a text field');
      return field.value;
    });
  return { user, container, changes, preview, titles, last: () => changes.at(-1) };
}

describe('“Your story”: writing a story in steps', () => {
  it('shows a step whose words are longer than a step may hold, rather than failing', () => {
    // A story written by hand (a file, another tool) may hold more than the editor's bounds.
    const long = { ...FIRST_THREE[0], caption: 'The drop. '.repeat(50) } as StoryStep;
    renderEditor([long]);
    const caption = screen.getByRole<HTMLTextAreaElement>('textbox', {
      name: /^Caption of step 1/,
    });
    expect(caption.value).toBe(long.caption);
  });

  it('lists each step with its window and its caption filled from the data', () => {
    const { preview } = renderEditor();
    expect(screen.getAllByRole('listitem')).toHaveLength(3);
    expect(screen.getByText('16 Dec 2024 to 24 Jan 2025')).toBeInTheDocument();
    const first = preview(1).textContent;
    // The Friday close before the shock, from the bars, not from the words.
    const friday = nvda.find((bar) => bar.date === '2025-01-24');
    expect(first).toContain(formatUsd(friday?.close ?? Number.NaN));
    expect(first).not.toContain(GAP);
    expect(first).not.toContain('{');
  });

  it('adds the current view as a step and fills a caption typed with placeholders', async () => {
    const { user, preview, last } = renderEditor();
    await user.click(screen.getByRole('button', { name: /^Add this view as a step/ }));
    const title = screen.getByRole('textbox', { name: 'Title of step 4' });
    expect(title).toHaveFocus();
    expect(title).toHaveValue('21 Jan to 4 Feb 2025');
    expect(title.closest('li')).toHaveTextContent(
      'Price and market value · Candles · linear scale · without your note',
    );
    await user.keyboard('The drop');
    const caption = screen.getByRole('textbox', { name: 'Caption of step 4' });
    await user.type(caption, '{{company} fell {{shock.fall} on {{shock.date}.');
    expect(preview(4)).toHaveTextContent(
      `The drop${figure('company')} fell ${figure('shock.fall')} on ${figure('shock.date')}.`,
    );
    // The link carries the words and the view, never the figures.
    expect(last()?.[3]).toEqual({
      title: 'The drop',
      caption: '{company} fell {shock.fall} on {shock.date}.',
      view: VIEW,
    });
    expect(writeSteps(last() ?? [])).toContain(',price.candles.linear.-note,,The drop,');
  });

  it('gives the new step focus when the page takes the change a moment later', async () => {
    const { user } = renderEditor(FIRST_THREE, { later: true });
    await user.click(screen.getByRole('button', { name: /^Add this view as a step/ }));
    expect(await screen.findByRole('textbox', { name: 'Title of step 4' })).toHaveFocus();
  });

  it('names the placeholders the data cannot fill, and keeps markup as text', async () => {
    const { user, container, preview } = renderEditor();
    const caption = screen.getByRole('textbox', { name: 'Caption of step 2' });
    await user.clear(caption);
    await user.click(caption);
    await user.paste('<img src=x onerror=alert(1)> {event.nope.title} {symbol}');
    expect(preview(2)).toHaveTextContent(`<img src=x onerror=alert(1)> ${GAP} ${figure('symbol')}`);
    expect(within(preview(2)).getByText(/Not filled from the data/)).toHaveTextContent(
      'Not filled from the data: {event.nope.title}',
    );
    expect(container.querySelector('img')).toBeNull();
  });

  it('moves a step up and down, keeping focus on the step moved', async () => {
    const { user, titles } = renderEditor();
    const [one, two, three] = FIRST_THREE.map((step) => step.title);
    await user.click(screen.getByRole('button', { name: 'Move step 3 up' }));
    expect(titles()).toEqual([one, three, two]);
    expect(screen.getByRole('button', { name: 'Move step 2 up' })).toHaveFocus();
    // At the top it can only go down: focus goes to the button that still works.
    await user.keyboard('{Enter}');
    expect(titles()).toEqual([three, one, two]);
    expect(screen.getByRole('button', { name: 'Move step 1 up' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Move step 1 down' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(titles()).toEqual([one, three, two]);
    expect(screen.getByRole('button', { name: 'Move step 2 down' })).toHaveFocus();
  });

  it('deletes a step and gives focus back to “Add this view”', async () => {
    const { user, titles, last } = renderEditor();
    await user.click(screen.getByRole('button', { name: 'Delete step 1' }));
    expect(titles()).toEqual(FIRST_THREE.slice(1).map((step) => step.title));
    expect(last()).toEqual(FIRST_THREE.slice(1));
    expect(screen.getByRole('button', { name: /^Add this view as a step/ })).toHaveFocus();
  });

  it('updates a step to the current view, keeping its words and what it highlights', async () => {
    const { user, last } = renderEditor();
    await user.click(
      screen.getByRole('button', { name: 'Update step 1 to this view (21 Jan to 4 Feb 2025)' }),
    );
    const [first] = FIRST_THREE;
    expect(last()?.[0]).toEqual({ ...first, view: { ...VIEW, highlight: first?.view.highlight } });
    expect(screen.getByText('21 Jan to 4 Feb 2025')).toBeInTheDocument();
  });

  it(`refuses a step past ${String(MAX_STEPS)}, saying why`, async () => {
    const short: StoryStep = { title: 'x', caption: '', view: VIEW };
    const full = renderEditor(Array.from({ length: MAX_STEPS }, () => short));
    await full.user.click(screen.getByRole('button', { name: /^Add this view as a step/ }));
    expect(screen.getByRole('status')).toHaveTextContent(
      `A story holds at most ${String(MAX_STEPS)} steps: delete one first.`,
    );
    expect(full.changes).toEqual([]);
  });

  it('refuses to lengthen a story the link cannot hold, and lets it be shortened', async () => {
    // The default story's six steps and two of them again: past the link's 2,600 characters.
    const long = [...DEFAULT_STEPS, ...DEFAULT_STEPS.slice(0, 2)];
    const { user, changes, titles } = renderEditor(long);
    await user.click(screen.getByRole('button', { name: /^Add this view as a step/ }));
    expect(screen.getByRole('status')).toHaveTextContent(/The link holds a story in at most 2,600/);
    expect(changes).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Delete step 8' }));
    expect(titles()).toHaveLength(7);
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('opens a story file, leaving out a bad step and saying why', async () => {
    const { user, titles, last } = renderEditor();
    const [good, bad, other] = DEFAULT_STEPS;
    const text = writeStoryFile({
      title: 'Theirs',
      steps: [good, { ...bad, view: { ...bad?.view, to: '2025-02-30' } }, other].flatMap((step) =>
        step ? [step as StoryStep] : [],
      ),
    });
    await user.upload(
      screen.getByLabelText('Open story file'),
      new File([text], 'theirs.story.json', { type: 'application/json' }),
    );
    const report = await screen.findByText(/^Opened/);
    expect(report).toHaveTextContent('Opened “theirs.story.json” (“Theirs”): 2 steps.');
    expect(
      screen.getByText(
        `Left out step 2 (“${bad?.title ?? ''}”): view.to: expected a YYYY-MM-DD date, got "2025-02-30".`,
      ),
    ).toBeInTheDocument();
    expect(titles()).toEqual([good?.title, other?.title]);
    expect(last()).toEqual([good, other]);
  });

  it('refuses a story file of another version whole, keeping the steps', async () => {
    const { user, changes } = renderEditor();
    const text = JSON.stringify({ version: 2, steps: FIRST_THREE });
    await user.upload(screen.getByLabelText('Open story file'), new File([text], 'new.json'));
    expect(
      await screen.findByText(
        '“new.json” was not opened: expected a story file of version 1, not 2.',
      ),
    ).toBeInTheDocument();
    expect(changes).toEqual([]);
  });

  it('downloads the story as a file that opens to the same steps', async () => {
    const saved: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      if (blob instanceof Blob) saved.push(blob);
      return 'blob:story';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const { user } = renderEditor();
    await user.click(screen.getByRole('button', { name: 'Download story file' }));
    expect(saved).toHaveLength(1);
    const read = readStoryFile(await (saved[0] ?? new Blob()).text());
    expect(read).toEqual({
      ok: true,
      story: { title: 'Our story', steps: FIRST_THREE },
      dropped: [],
    });
    expect(screen.getByRole('status')).toHaveTextContent('Story file saved.');
  });

  it('lists the placeholders a caption may use, folded away', () => {
    renderEditor();
    const help = screen
      .getByText('Placeholders: figures filled in from the data')
      .closest('details');
    expect(help).not.toHaveAttribute('open');
    expect(help).toHaveTextContent('{shock.fall}');
    expect(help).toHaveTextContent('{event.<id>.quote}');
  });
});

describe('a step made from the reader’s view', () => {
  it('keeps only the choices its mode uses', () => {
    const base = {
      from: '2025-01-13',
      to: '2025-02-28',
      chartType: 'ohlc',
      logScale: true,
    } as const;
    expect(stepViewOf({ ...base, mode: 'rebased', hiddenKinds: [] })).toEqual({
      from: '2025-01-13',
      to: '2025-02-28',
      mode: 'rebased',
    });
    expect(stepViewOf({ ...base, mode: 'price', hiddenKinds: ['social'] })).toEqual({
      ...base,
      mode: 'price',
      hiddenKinds: ['social'],
    });
  });
});
