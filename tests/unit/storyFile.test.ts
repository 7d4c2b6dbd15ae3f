import { describe, expect, it } from 'vitest';
import { stepsCodec, writeSteps } from '../../src/app/url/stepsCodec';
import { MAX_STEPS, type StoryStep } from '../../src/story/steps';
import { DEFAULT_STORY } from '../../src/story/story';
import { DEFAULT_STEPS } from '../../src/story/deepseekSteps';
import { readStoryFile, writeStoryFile } from '../../src/story/storyFile';

const steps = DEFAULT_STEPS;

/** A story file's JSON, with `change` applied to what the page writes. */
function fileWith(change: (file: { version: unknown; steps: unknown[] }) => void): string {
  const file = JSON.parse(writeStoryFile({ title: 'Ours', steps })) as {
    version: unknown;
    steps: unknown[];
  };
  change(file);
  return JSON.stringify(file);
}

describe('a story file', () => {
  it('gives back the story it was written from, title and steps', () => {
    const read = readStoryFile(writeStoryFile({ title: DEFAULT_STORY.heading, steps }));
    expect(read).toEqual({
      ok: true,
      story: { title: DEFAULT_STORY.heading, steps },
      dropped: [],
    });
  });

  it('holds the same steps the link carries', () => {
    // The first three: the default story's six are longer than the link holds, not than a file.
    const read = readStoryFile(writeStoryFile({ steps: steps.slice(0, 3) }));
    const linked = stepsCodec.parse(writeSteps(steps.slice(0, 3)));
    expect(read.ok && linked.ok).toBe(true);
    if (read.ok && linked.ok) expect(read.story.steps).toEqual(linked.value);
    // A file without a title reads without one.
    if (read.ok) expect(read.story.title).toBeUndefined();
  });

  it('is JSON of version 1 a reader can read', () => {
    const text = writeStoryFile({ steps: steps.slice(0, 1) });
    expect(text.endsWith('\n')).toBe(true);
    const body = JSON.parse(text) as { version: number; steps: StoryStep[] };
    expect(body.version).toBe(1);
    expect(body.steps[0]?.view.from).toBe(steps[0]?.view.from);
  });

  it('leaves out a bad step, naming it and saying why, and keeps the others', () => {
    const read = readStoryFile(
      fileWith((file) => {
        (file.steps[2] as StoryStep).view.to = '2025-02-30';
      }),
    );
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.story.steps).toEqual(steps.filter((_, index) => index !== 2));
    expect(read.dropped).toEqual([
      {
        number: 3,
        why: `step 3 (“${steps[2]?.title ?? ''}”): view.to: expected a YYYY-MM-DD date, got "2025-02-30"`,
      },
    ]);
  });

  it('checks a step as the link does: window, mode, chart type, kinds, ids', () => {
    const bad: [string, unknown, RegExp][] = [
      ['backwards', { from: '2025-02-04', to: '2025-01-21' }, /view.to: .*ends before it starts/],
      [
        'mode',
        { from: '2025-01-21', to: '2025-02-04', mode: 'pie' },
        /view.mode: expected a chart mode: price, rebased, abnormal, got "pie"$/,
      ],
      ['type', { from: '2025-01-21', to: '2025-02-04', chartType: 'area' }, /view.chartType: /],
      ['kind', { from: '2025-01-21', to: '2025-02-04', hiddenKinds: ['x'] }, /view.hiddenKinds/],
      ['id', { from: '2025-01-21', to: '2025-02-04', highlight: [''] }, /an id is empty/],
      ['no view', undefined, /^step 1 \(“no view”\): view: /],
    ];
    for (const [title, view, why] of bad) {
      const read = readStoryFile(
        JSON.stringify({ version: 1, steps: [{ title, caption: '', view }, steps[0]] }),
      );
      expect(read.ok && read.dropped[0]?.why).toMatch(why);
    }
  });

  it('keeps a step’s words as plain lines and each hidden kind once', () => {
    const read = readStoryFile(
      JSON.stringify({
        version: 1,
        steps: [
          {
            title: ' The\ndrop ',
            caption: 'Down {shock.fall}.\u202e',
            view: { from: '2025-01-21', to: '2025-02-04', hiddenKinds: ['note', 'note'] },
            extra: 'ignored',
          },
        ],
      }),
    );
    expect(read.ok && read.story.steps).toEqual([
      {
        title: 'The drop',
        caption: 'Down {shock.fall}.',
        view: { from: '2025-01-21', to: '2025-02-04', hiddenKinds: ['note'] },
      },
    ]);
  });

  it('refuses another version, or what is not a story file, whole', () => {
    expect(readStoryFile(fileWith((file) => (file.version = 2)))).toEqual({
      ok: false,
      why: 'expected a story file of version 1, not 2',
    });
    expect(readStoryFile(fileWith((file) => delete file.version))).toMatchObject({
      ok: false,
      why: /not none/,
    });
    expect(readStoryFile('date,open\n2025-01-27,124.8')).toMatchObject({ ok: false });
    expect(readStoryFile('{"events": []}')).toMatchObject({ ok: false });
  });

  it('refuses a file none of whose steps can be read, saying why for each', () => {
    const read = readStoryFile(JSON.stringify({ version: 1, steps: [{}, { title: 'x' }] }));
    expect(read).toMatchObject({ ok: false, why: /step 1: title: .*; step 2 \(“x”\): caption/ });
  });

  it(`keeps at most ${String(MAX_STEPS)} steps and says how many it left out`, () => {
    const many = Array.from({ length: MAX_STEPS + 3 }, (_, index) => steps[index % steps.length]);
    const read = readStoryFile(JSON.stringify({ version: 1, steps: many }));
    expect(read.ok && read.story.steps.length).toBe(MAX_STEPS);
    expect(read.ok && read.dropped).toEqual([
      {
        number: MAX_STEPS + 1,
        why: `a story holds at most ${String(MAX_STEPS)} steps: 3 left out, from step ${String(MAX_STEPS + 1)}`,
      },
    ]);
  });
});
