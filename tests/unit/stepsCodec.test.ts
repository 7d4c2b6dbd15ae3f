import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { linkLength } from '../../src/app/url/notesCodec';
import {
  STEPS_MAX_LINK_LENGTH,
  stepsCodec,
  stepsFit,
  writeSteps,
} from '../../src/app/url/stepsCodec';
import { OVERLAY_KINDS } from '../../src/domain/types';
import { CHART_MODE_NAMES, CHART_TYPE_NAMES } from '../../src/domain/vocabulary';
import {
  cleanStepCaption,
  cleanStepTitle,
  MAX_STEPS,
  type StepView,
  type StoryStep,
} from '../../src/story/steps';
import { DEFAULT_STEPS } from '../../src/story/deepseekSteps';
import { dateArb, noteTextArb } from '../support/annotationArb';

const RUNS = Number(process.env.FUZZ_RUNS ?? 200);

const drop: StoryStep = {
  title: '{shock.date}: {company} falls {shock.fall}',
  caption:
    'Against {benchmark}, AR(0) {ar0} (t = {ar0.t}). Quote: “{event.musk-obviously-reply.quote}”',
  view: {
    from: '2025-01-21',
    to: '2025-02-04',
    chartType: 'candles',
    highlight: ['nvda-record-drop-jan27', 'note-1'],
  },
};
const peers: StoryStep = {
  title: 'Peers',
  caption: 'Moves: {peers.moves}',
  view: {
    from: '2025-01-13',
    to: '2025-02-28',
    mode: 'rebased',
    logScale: false,
    hiddenKinds: ['note'],
  },
};

/** What reading the written steps gives, notices and all. */
const roundTrip = (steps: readonly StoryStep[]) => stepsCodec.parse(writeSteps(steps));

const textArb = (clean: (text: string) => string) =>
  fc
    .oneof(noteTextArb, fc.constantFrom('{shock.change} {peer.AVGO.change}', '{a,b} %2E . , %'))
    .map(clean);
const idArb = fc.oneof(
  fc.constantFrom('nvda-record-drop-jan27', 'note-3', 'a.b', 'x,y', '%2E', '%'),
  fc.string({ minLength: 1, maxLength: 12 }),
);
const viewArb: fc.Arbitrary<StepView> = fc
  .record(
    {
      dates: fc.tuple(dateArb, dateArb),
      mode: fc.constantFrom(...CHART_MODE_NAMES),
      chartType: fc.constantFrom(...CHART_TYPE_NAMES),
      logScale: fc.boolean(),
      hiddenKinds: fc.uniqueArray(fc.constantFrom(...OVERLAY_KINDS), { minLength: 1 }),
      highlight: fc.array(idArb, { minLength: 1, maxLength: 3 }),
    },
    { requiredKeys: ['dates'] },
  )
  .map(({ dates: [a, b], ...rest }) => ({ from: a < b ? a : b, to: a < b ? b : a, ...rest }));
const stepArb: fc.Arbitrary<StoryStep> = fc.record({
  title: textArb(cleanStepTitle),
  caption: textArb(cleanStepCaption),
  view: viewArb,
});

describe('steps= in the link', () => {
  it('writes the documented form: readable commas, words and placeholders kept verbatim', () => {
    expect(writeSteps([peers])).toBe(
      '1,2025-01-13,2025-02-28,rebased.linear.-note,,Peers,Moves: {peers.moves}',
    );
    expect(writeSteps([])).toBe('');
  });

  it('reads back what it writes, placeholders and all', () => {
    expect(roundTrip([drop, peers])).toEqual({ ok: true, value: [drop, peers], ignored: [] });
  });

  it('reads back any steps that fit, whatever their words and ids', () => {
    fc.assert(
      fc.property(fc.array(stepArb, { minLength: 1, maxLength: 4 }), (steps) => {
        fc.pre(stepsFit(steps));
        expect(roundTrip(steps)).toEqual({ ok: true, value: steps, ignored: [] });
      }),
      { numRuns: RUNS },
    );
  });

  it('refuses another version whole', () => {
    const parsed = stepsCodec.parse(writeSteps([drop]).replace(/^1,/, '2,'));
    expect(parsed.ok).toBe(false);
  });

  it('drops a bad step with a notice and keeps the others', () => {
    const good = writeSteps([drop]).slice(2);
    const cases = [
      ['2025-02-30,2025-03-04,,,Bad date,', 'two dates'],
      ['2025-02-04,2025-01-21,,,Backwards,', 'ends before it starts'],
      ['2025-01-21,2025-02-04,bars,,Unknown type,', '“bars” is not'],
      ['2025-01-21,2025-02-04,price.rebased,,Two modes,', '“rebased” is not'],
      ['2025-01-21,2025-02-04,-sideways,,Unknown kind,', '“-sideways” is not'],
      ['2025-01-21,2025-02-04,,a..b,Empty id,', 'empty'],
    ];
    for (const [bad, why] of cases) {
      const parsed = stepsCodec.parse(`1,${bad},${good}`);
      expect(parsed.ok && parsed.value).toEqual([drop]);
      expect(parsed.ok && parsed.ignored?.map((item) => item.why).join()).toContain(why);
    }
  });

  it('notices a step cut short', () => {
    const parsed = stepsCodec.parse(`${writeSteps([drop])},2025-01-21,2025-02-04`);
    expect(parsed.ok && parsed.value).toEqual([drop]);
    expect(parsed.ok && parsed.ignored?.[0]?.why).toBe('it has too few fields');
  });

  it(`keeps at most ${String(MAX_STEPS)} steps, saying how many it left out`, () => {
    const many = Array.from({ length: MAX_STEPS + 3 }, () => peers);
    expect(stepsFit(many)).toBe(false);
    expect(stepsFit(many.slice(0, MAX_STEPS))).toBe(true);
    const parsed = stepsCodec.parse(writeSteps(many));
    expect(parsed.ok && parsed.value.length).toBe(MAX_STEPS);
    expect(parsed.ok && parsed.ignored?.[0]?.why).toContain('3 left out');
  });

  it(`keeps the link within ${STEPS_MAX_LINK_LENGTH.toLocaleString('en-US')} characters`, () => {
    const long = { ...drop, caption: cleanStepCaption('{shock.change} '.repeat(40)) };
    const steps = Array.from({ length: 6 }, () => long);
    expect(linkLength(writeSteps(steps))).toBeGreaterThan(STEPS_MAX_LINK_LENGTH);
    const parsed = stepsCodec.parse(writeSteps(steps));
    if (!parsed.ok) throw new Error(parsed.why);
    expect(parsed.value.length).toBeLessThan(steps.length);
    expect(linkLength(writeSteps(parsed.value))).toBeLessThanOrEqual(STEPS_MAX_LINK_LENGTH);
    expect(parsed.ignored?.[0]?.why).toContain(
      `${String(steps.length - parsed.value.length)} left out`,
    );
  });

  it('makes a title and a caption one plain line', () => {
    const parsed = stepsCodec.parse(
      `1,2025-01-21,2025-02-04,,,${encodeURIComponent('a\nb\u202e')},${'x'.repeat(500)}`.replace(
        /%2C/g,
        ',',
      ),
    );
    const [step] = parsed.ok ? parsed.value : [];
    expect(step?.caption.length).toBe(400);
    expect(step?.caption.endsWith('…')).toBe(true);
  });

  it('can carry each of the default story’s steps', () => {
    for (const step of DEFAULT_STEPS) {
      expect(roundTrip([step])).toEqual({ ok: true, value: [step], ignored: [] });
    }
  });
});

describe('docs/story.md', () => {
  it('gives a steps= example that reads whole', () => {
    const docs = readFileSync(
      resolve(dirname(fileURLToPath(import.meta.url)), '../../docs/story.md'),
      'utf8',
    );
    const search = /`\?(steps=[^`]+)`/.exec(docs)?.[1];
    const value = new URLSearchParams(search).get('steps');
    if (value === null) throw new Error('no steps= example in docs/story.md');
    const parsed = stepsCodec.parse(value);
    expect(parsed.ok && parsed.ignored).toEqual([]);
    expect(parsed.ok && parsed.value.map((step) => step.title)).toEqual(['The fall', 'The peers']);
  });
});
