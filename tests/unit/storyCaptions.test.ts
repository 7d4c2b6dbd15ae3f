import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatMoneyCompact, formatPercent, formatUsd } from '../../src/domain/numberFormat';
import { shockDayFigures } from '../../src/domain/shockDay';
import { isTradingDate } from '../../src/domain/tradingDate';
import type { PriceBar } from '../../src/domain/types';
import { CHART_MODE_NAMES, CHART_TYPE_NAMES } from '../../src/domain/vocabulary';
import { formatT } from '../../src/features/study/statsFormat';
import { captionFigures, fillStep, GAP, PLACEHOLDERS } from '../../src/story/captions';
import { storyWithLoadedData } from '../../src/story/loadedStory';
import { DEFAULT_STEPS } from '../../src/story/deepseekSteps';
import type { StoryStep } from '../../src/story/steps';
import { DEFAULT_STORY } from '../../src/story/story';
import { captionInputOf, storyEvents } from '../support/captionInput';
import * as fixtures from '../support/fixtures';

const story = { ...DEFAULT_STORY, steps: DEFAULT_STEPS };
const events = storyEvents;
const inputOf = captionInputOf;

const nvda = fixtures.bars('NVDA');
const input = inputOf(nvda);
const figures = captionFigures(input);
const placeholdersOf = (step: StoryStep) =>
  [...`${step.title} ${step.caption}`.matchAll(/\{([^{}\s]+)\}/g)].map((match) => match[1] ?? '');
const dropStep = story.steps.find((step) =>
  step.view.highlight?.includes('nvda-record-drop-jan27'),
);

describe('the default story told in steps', () => {
  it('has about six steps, each with a title and a caption', () => {
    expect(story.steps.length).toBeGreaterThanOrEqual(5);
    expect(story.steps.length).toBeLessThanOrEqual(8);
    for (const step of story.steps) {
      expect(step.title.trim()).not.toBe('');
      expect(step.caption.trim()).not.toBe('');
    }
  });

  it('frames each step in a real window, mode and chart type', () => {
    for (const { view } of story.steps) {
      expect(isTradingDate(view.from) && isTradingDate(view.to)).toBe(true);
      expect(view.from < view.to).toBe(true);
      if (view.mode) expect(CHART_MODE_NAMES).toContain(view.mode);
      if (view.chartType) expect(CHART_TYPE_NAMES).toContain(view.chartType);
    }
    expect(story.steps.some((step) => step.view.mode === 'rebased')).toBe(true);
  });

  it('points only to events the data has, by highlight or by placeholder', () => {
    const ids = new Set(events.map((event) => event.id));
    for (const step of story.steps) {
      for (const id of step.view.highlight ?? []) expect(ids).toContain(id);
      for (const name of placeholdersOf(step).filter((n) => n.startsWith('event.'))) {
        expect(ids).toContain(name.split('.')[1]);
      }
    }
  });

  it('fills every placeholder of every step from the bundled data', () => {
    for (const step of story.steps) {
      const filled = fillStep(step, figures);
      expect(filled.missing).toEqual([]);
      expect(`${filled.title} ${filled.caption}`).not.toContain(GAP);
      expect(`${filled.title} ${filled.caption}`).not.toMatch(/[{}]/);
    }
  });

  it('uses only documented placeholders', () => {
    const documented = PLACEHOLDERS.map(({ name }) =>
      name
        .replace(/<SYMBOL>|<id>/, '*')
        .replaceAll('.', '\\.')
        .replace('*', '[^.]+'),
    );
    const known = new RegExp(`^(${documented.join('|')})$`);
    for (const step of story.steps) {
      for (const name of placeholdersOf(step)) expect(name).toMatch(known);
    }
  });
});

describe('the drop step', () => {
  const headline = shockDayFigures(input.rows, story.shockDate);
  const study = input.analysis?.study;
  const ar0 = study?.status === 'ok' ? study.windows.find((w) => w?.window.join() === '0,0') : null;
  const filled = dropStep && fillStep(dropStep, figures);
  const text = `${filled?.title} ${filled?.caption}`;

  it('holds the figures the headline computes', () => {
    if (!headline || headline.marketValueChange === null) throw new Error('no headline');
    expect(text).toContain(formatUsd(headline.shock.close));
    expect(text).toContain(formatUsd(headline.before.close));
    // The headline shows the fall and the loss signed; the sentences say "falls" and "erasing".
    const unsigned = (figure: string) => figure.replace(/^-/, '');
    expect(text).toContain(`falls ${unsigned(formatPercent(headline.changePct))}`);
    expect(text).toContain(`erasing ${unsigned(formatMoneyCompact(headline.marketValueChange))}`);
  });

  it('holds the study panel’s AR(0) against the benchmark and its t', () => {
    if (!ar0) throw new Error('no AR(0)');
    expect(text).toContain(`${formatPercent(ar0.car)} (t = ${formatT(ar0.t)})`);
    expect(text).toContain(story.defaultBenchmark);
  });

  it('ranks the session’s volume among all the data’s', () => {
    const volumes = input.rows.map((row) => row.volume ?? 0);
    const heaviest = Math.max(...volumes) === headline?.shock.volume;
    expect(heaviest).toBe(true);
    expect(figures.get('shock.volumeRank')).toBe('the heaviest session in the data');
  });

  it('shows gaps, not stale figures, before the study is computed', () => {
    if (!dropStep) throw new Error('no drop step');
    const early = fillStep(dropStep, captionFigures(inputOf(nvda, false)));
    expect(early.missing).toEqual(expect.arrayContaining(['ar0', 'ar0.t']));
    expect(early.caption).toContain(`was ${GAP} (t = ${GAP})`);
  });
});

describe('captions over changed data', () => {
  const template: StoryStep = {
    title: '{shock.date}',
    caption: '{before.close} to {shock.close}: {shock.change}, {shock.marketValueLost} lost.',
    view: { from: '2025-01-21', to: '2025-02-04' },
  };

  it('follow a changed close of the shock day', () => {
    // The study's returns are from adjusted closes: both move.
    const scaled = nvda.map((bar) =>
      bar.date === story.shockDate
        ? { ...bar, close: bar.close * 0.9, adjClose: (bar.adjClose ?? bar.close) * 0.9 }
        : bar,
    );
    const changed = captionFigures(inputOf(scaled));
    const headline = shockDayFigures(inputOf(scaled).rows, story.shockDate);
    if (!headline || headline.marketValueChange === null) throw new Error('no headline');
    const before = fillStep(template, figures).caption;
    const after = fillStep(template, changed).caption;
    expect(after).not.toBe(before);
    expect(after).toBe(
      `${formatUsd(headline.before.close)} to ${formatUsd(headline.shock.close)}: ` +
        `${formatPercent(headline.changePct)}, ` +
        `${formatMoneyCompact(-headline.marketValueChange)} lost.`,
    );
    expect(changed.get('ar0')).not.toBe(figures.get('ar0'));
  });

  it('follow a dropped session: the session before becomes the one before it', () => {
    const dropped = nvda.filter((bar) => bar.date !== '2025-01-24');
    const changed = captionFigures(inputOf(dropped));
    expect(changed.get('before.date')).toBe('Thu 23 Jan 2025');
    expect(changed.get('before.close')).not.toBe(figures.get('before.close'));
    expect(changed.get('shock.change')).not.toBe(figures.get('shock.change'));
  });

  it('leave out what a rise cannot say: no value "lost" on a day the price rose', () => {
    const risen = nvda.map((bar) =>
      bar.date === story.shockDate ? { ...bar, close: bar.close * 1.5 } : bar,
    );
    const filled = fillStep(template, captionFigures(inputOf(risen, false)));
    expect(filled.missing).toEqual(['shock.marketValueLost']);
  });
});

describe('filling a step', () => {
  const step = (caption: string): StoryStep => ({
    title: 'T',
    caption,
    view: { from: '2025-01-21', to: '2025-02-04' },
  });
  const values = new Map([
    ['a', '<b>{b}</b>'],
    ['b', 'B'],
  ]);

  it('shows an unknown or absent name as a gap and lists it once', () => {
    const filled = fillStep(step('{a} {nope} {nope} {event.nope.title}'), values);
    expect(filled.caption).toBe(`<b>{b}</b> ${GAP} ${GAP} ${GAP}`);
    expect(filled.missing).toEqual(['nope', 'event.nope.title']);
  });

  it('never fills a figure’s own braces: a value is text, filled once', () => {
    expect(fillStep(step('{a}{b}'), values).caption).toBe('<b>{b}</b>B');
  });

  it('leaves braces that are not a placeholder alone', () => {
    expect(fillStep(step('{ b } {}'), values).caption).toBe('{ b } {}');
  });
});

describe('a story of a reader’s own prices', () => {
  const avgo = fixtures.bars('AVGO');
  const loaded = (bars: readonly PriceBar[]) =>
    storyWithLoadedData(DEFAULT_STORY, {
      subject: { symbol: 'AVGO', name: 'Broadcom', from: 'avgo.csv', bars },
      benchmark: null,
    });

  it('keeps the steps when it keeps the shock day', async () => {
    expect(await loaded(avgo).loadSteps()).toEqual(DEFAULT_STEPS);
  });

  it('has no steps when the shock day moves', async () => {
    expect(await loaded(avgo.filter((bar) => bar.date > '2025-02-01')).loadSteps()).toEqual([]);
  });
});

describe('docs/story.md', () => {
  const docs = readFileSync(
    resolve(dirname(fileURLToPath(import.meta.url)), '../../docs/story.md'),
    'utf8',
  );

  it('lists every placeholder', () => {
    const rows = docs.split('\n').filter((line) => line.startsWith('| `{'));
    const documented = rows.map((line) => /^\| `\{([^}]+)\}`/.exec(line)?.[1]);
    expect(documented).toEqual(PLACEHOLDERS.map(({ name }) => name));
  });

  it('shows its example caption as the bundled data fills it', () => {
    const template = /```\n(\{company\}[^`]*)```/.exec(docs)?.[1]?.replace(/\s+/g, ' ').trim();
    const reads = /reads, over the bundled data, "([^"]*)"/.exec(docs)?.[1]?.replace(/\s+/g, ' ');
    if (!template || !reads) throw new Error('no example in docs/story.md');
    const filled = fillStep(
      { title: '', caption: template, view: { from: '2025-01-21', to: '2025-02-04' } },
      figures,
    );
    expect(filled.missing).toEqual([]);
    expect(filled.caption).toBe(reads);
  });
});
