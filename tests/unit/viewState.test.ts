import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STORY } from '../../src/story/story';
import { FORMER_NAMES } from '../../src/app/url/migrations';
import { PARAM_NAMES } from '../../src/app/url/params';
import { notesFit } from '../../src/app/url/notesCodec';
import { cleanTitle } from '../../src/app/url/title';
import { annotationArb } from '../support/annotationArb';
import {
  DEFAULT_VIEW,
  parseViewState,
  serializeViewState,
  showsVolume,
  type ViewState,
} from '../../src/app/viewState';
import { RETURN_MODEL_NAMES } from '../../src/domain/returnModels';
import { EVENT_KINDS } from '../../src/domain/types';
import {
  CHART_MODE_NAMES,
  CHART_TYPE_NAMES,
  EMBED_CONTROLS,
  THEMES,
} from '../../src/domain/vocabulary';

// ---------------------------------------------------------------------------------------------
// Independent helpers
// ---------------------------------------------------------------------------------------------

/** Every name the page reads, derived from the parameter table so a new one is tested at once. */
const PARAMETER_NAMES = [...PARAM_NAMES, ...Object.keys(FORMER_NAMES)];

/** A real Gregorian date written YYYY-MM-DD, checked with a month-length table (not with Date). */
function isRealDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  const length = lengths[month - 1];
  return length !== undefined && day >= 1 && day <= length;
}

const EVENT_ID = /^[a-z0-9][a-z0-9-]{0,79}$/;

/** Every field of the state holds a value the app can use. */
describe('showsVolume', () => {
  it('shows the volume in the full page unless volume=0, and in an embed only with volume=1', () => {
    const read = (search: string) => showsVolume(parseViewState(search).state);
    expect(read('')).toBe(true);
    expect(read('?volume=0')).toBe(false);
    expect(read('?embed=1')).toBe(false);
    expect(read('?embed=1&volume=1')).toBe(true);
  });
});

function expectUsableState(state: ViewState): void {
  expect(isRealDate(state.from)).toBe(true);
  expect(isRealDate(state.to)).toBe(true);
  expect(state.from <= state.to).toBe(true);
  expect(isRealDate(state.rebaseDate)).toBe(true);
  for (const id of state.hiddenEvents) expect(id).toMatch(EVENT_ID);
  for (const kind of state.hiddenKinds) expect(EVENT_KINDS).toContain(kind);
  expect(CHART_MODE_NAMES).toContain(state.mode);
  expect(typeof state.logScale).toBe('boolean');
  expect(CHART_TYPE_NAMES).toContain(state.chartType);
  expect([true, false, null]).toContain(state.volume);
  expect(STORY.benchmarks).toContain(state.benchmark);
  expect(['market-model', 'market-adjusted']).toContain(state.model);
  if (state.studyEvent !== null) expect(state.studyEvent).toMatch(EVENT_ID);
  if (state.carWindow !== null) {
    const [a, b] = state.carWindow;
    expect(Number.isInteger(a) && Number.isInteger(b)).toBe(true);
    expect(a <= b && Math.abs(a) <= 30 && Math.abs(b) <= 30).toBe(true);
  }
  for (const peer of state.peers) expect(STORY.peers).toContain(peer);
}

/** Without repeats, first occurrence kept. */
const unique = <T>(items: readonly T[]): T[] => [...new Set(items)];

// ---------------------------------------------------------------------------------------------
// Reading
// ---------------------------------------------------------------------------------------------

describe('parseViewState: defaults', () => {
  it('gives the default view with no notice for an empty query', () => {
    for (const search of ['', '?']) {
      const { state, notices } = parseViewState(search);
      expect(state).toEqual(DEFAULT_VIEW);
      expect(notices).toEqual([]);
    }
  });

  it('has the defaults the story asks for', () => {
    expect(DEFAULT_VIEW).toEqual({
      from: '2025-01-02',
      to: '2025-02-28',
      hiddenEvents: [],
      hiddenKinds: [],
      mode: 'price',
      logScale: false,
      chartType: 'line',
      volume: null,
      benchmark: 'QQQ',
      model: 'market-model',
      studyEvent: null,
      carWindow: null,
      peers: ['AVGO', 'TSM', 'VST', 'QQQ'],
      rebaseDate: '2025-01-24',
      theme: 'light',
      title: null,
      story: null,
      step: 1,
      steps: '',
      embed: false,
      staticChart: false,
      controls: 'none',
      notes: [],
      pricesUrl: null,
      benchmarkPricesUrl: null,
      eventsUrl: null,
      eventsMode: 'add',
    });
  });

  it('opens the shipped story on a step, and says why it ignores an unknown story or a bad step', () => {
    expect(parseViewState('?story=nvda-deepseek&step=4')).toEqual({
      state: { ...DEFAULT_VIEW, story: 'nvda-deepseek', step: 4 },
      notices: [],
    });
    const { state, notices } = parseViewState('?story=tesla-recall&step=0');
    expect(state.story).toBeNull();
    expect(state.step).toBe(1);
    expect(notices).toEqual([
      'Ignored story="tesla-recall": stories are nvda-deepseek, yours.',
      'Ignored step="0": expected a step number such as 2; the story opens on step 1.',
    ]);
    expect(parseViewState(`?story=yours&steps=${'x'.repeat(4001)}`).notices).toEqual([
      `Ignored steps="${'x'.repeat(40)}…": longer than 4000 characters.`,
    ]);
    for (const bad of ['-1', '2.5', 'two', '1e2', '1000'])
      expect(parseViewState(`?story=nvda-deepseek&step=${bad}`).state.step).toBe(1);
    expect(serializeViewState({ ...DEFAULT_VIEW, story: 'nvda-deepseek', step: 1 })).toBe(
      '?story=nvda-deepseek',
    );
    expect(serializeViewState({ ...DEFAULT_VIEW, story: 'nvda-deepseek', step: 3 })).toBe(
      '?story=nvda-deepseek&step=3',
    );
  });

  it('fetches only https addresses, and says so of any other', () => {
    const { state, notices } = parseViewState(
      '?prices=http://example.com/AVGO.csv&events=javascript:alert(1)',
    );
    expect(state.pricesUrl).toBeNull();
    expect(state.eventsUrl).toBeNull();
    expect(notices).toEqual([
      'Ignored prices="http://example.com/AVGO.csv": only an https:// address of a file is fetched; the current data stays.',
      'Ignored events="javascript:alert(1)": only an https:// address of a file is fetched; the current data stays.',
    ]);
  });

  it('passes over the mock scenario and link-tracking parameters without a notice', () => {
    const { state, notices } = parseViewState('?scenario=slow&utm_source=x&fbclid=1');
    expect(state).toEqual(DEFAULT_VIEW);
    expect(notices).toEqual([]);
  });

  it('names a parameter it does not know, so a misspelt one is not silently lost', () => {
    const { state, notices } = parseViewState('?metrc=rebased&metric=abnormal');
    expect(state.mode).toBe('abnormal');
    expect(notices).toEqual(['Ignored "metrc": not a setting of this page.']);
  });
});

describe('parseViewState: valid values are read', () => {
  const cases: [string, Partial<ViewState>][] = [
    ['?from=2025-01-10&to=2025-02-14', { from: '2025-01-10', to: '2025-02-14' }],
    ['?from=2025-01-10', { from: '2025-01-10' }],
    ['?to=2025-01-31', { to: '2025-01-31' }],
    ['?from=2024-02-29&to=2024-02-29', { from: '2024-02-29', to: '2024-02-29' }],
    ['?hide=deepseek-r1,stargate', { hiddenEvents: ['deepseek-r1', 'stargate'] }],
    ['?hide=', { hiddenEvents: [] }],
    ['?hideKinds=news,social', { hiddenKinds: ['news', 'social'] }],
    ['?hideKinds=market,product', { hiddenKinds: ['market', 'product'] }],
    ['?metric=rebased', { mode: 'rebased' }],
    ['?metric=abnormal', { mode: 'abnormal' }],
    ['?metric=price', { mode: 'price' }],
    ['?chart=candles', { chartType: 'candles' }],
    ['?chart=ohlc', { chartType: 'ohlc' }],
    ['?chart=line', { chartType: 'line' }],
    ['?volume=0', { volume: false }],
    ['?volume=1', { volume: true }],
    ['?log=1', { logScale: true }],
    ['?log=0', { logScale: false }],
    ['?model=adjusted', { model: 'market-adjusted' }],
    ['?model=market', { model: 'market-model' }],
    ['?event=deepseek-r1', { studyEvent: 'deepseek-r1' }],
    ['?car=-2,3', { carWindow: [-2, 3] }],
    ['?car=-2%2C3', { carWindow: [-2, 3] }],
    ['?car=0,0', { carWindow: [0, 0] }],
    ['?car=-30,30', { carWindow: [-30, 30] }],
    ['?car=5,5', { carWindow: [5, 5] }],
    ['?peers=AMD,MSFT', { peers: ['AMD', 'MSFT'] }],
    ['?peers=SOXX', { peers: ['SOXX'] }],
    ['?rebase=2025-01-10', { rebaseDate: '2025-01-10' }],
  ];

  it.each(cases)('%s', (search, expected) => {
    const { state, notices } = parseViewState(search);
    expect(notices).toEqual([]);
    expect(state).toEqual({ ...DEFAULT_VIEW, ...expected });
  });

  it.each(STORY.benchmarks.map((benchmark) => [benchmark]))('benchmark=%s', (benchmark) => {
    const { state, notices } = parseViewState(`?benchmark=${benchmark}`);
    expect(notices).toEqual([]);
    expect(state).toEqual({ ...DEFAULT_VIEW, benchmark });
  });

  it.each(STORY.peers.map((peer) => [peer]))('peers=%s', (peer) => {
    const { state, notices } = parseViewState(`?peers=${peer}`);
    expect(notices).toEqual([]);
    expect(state.peers).toEqual([peer]);
  });

  it('reads every parameter at once', () => {
    const search =
      '?from=2025-01-13&to=2025-02-07&hide=a1,b-2&hideKinds=social&metric=abnormal&log=1' +
      '&chart=ohlc&volume=0&benchmark=SOX&model=adjusted&event=deepseek-r1&car=-1,4&peers=AMD,TSM&rebase=2025-01-17' +
      '&theme=dark&title=%20Nvidia%20%3C%2027%20Jan%0A%26%20after&embed=1&static=1&controls=toggles' +
      '&notes=1,n,2025-01-27,118.42,Our+article,r,2025-01-21,2025-01-24,Window' +
      '&prices=https://example.com/AVGO.csv&benchmarkPrices=https://example.com/b.csv' +
      '&events=https://example.com/e.json&eventsMode=replace&story=nvda-deepseek&step=3&steps=1,2025-01-21,2025-02-04,,,Drop,x';
    const { state, notices } = parseViewState(search);
    expect(notices).toEqual([]);
    expect(state).toEqual({
      from: '2025-01-13',
      to: '2025-02-07',
      hiddenEvents: ['a1', 'b-2'],
      hiddenKinds: ['social'],
      mode: 'abnormal',
      logScale: true,
      chartType: 'ohlc',
      volume: false,
      benchmark: 'SOX',
      model: 'market-adjusted',
      studyEvent: 'deepseek-r1',
      carWindow: [-1, 4],
      peers: ['AMD', 'TSM'],
      rebaseDate: '2025-01-17',
      theme: 'dark',
      title: 'Nvidia < 27 Jan & after',
      story: 'nvda-deepseek',
      step: 3,
      steps: '1,2025-01-21,2025-02-04,,,Drop,x',
      embed: true,
      staticChart: true,
      controls: 'toggles',
      notes: [
        { kind: 'note', date: '2025-01-27', price: 118.42, text: 'Our article' },
        { kind: 'range', from: '2025-01-21', to: '2025-01-24', text: 'Window' },
      ],
      pricesUrl: 'https://example.com/AVGO.csv',
      benchmarkPricesUrl: 'https://example.com/b.csv',
      eventsUrl: 'https://example.com/e.json',
      eventsMode: 'replace',
    });
  });

  it('reads scale=log and the former log=1 alike, the current name winning', () => {
    expect(parseViewState('?scale=log').state.logScale).toBe(true);
    expect(parseViewState('?log=1').state.logScale).toBe(true);
    expect(parseViewState('?log=0&scale=log').state.logScale).toBe(true);
    expect(parseViewState('?log=1').notices).toEqual([]);
    expect(parseViewState('?log=yes').notices).toEqual([
      'Ignored log="yes": use scale=linear or scale=log.',
    ]);
  });

  it('takes `peers=` (empty) as no peers and a missing `peers` as the default ones', () => {
    const empty = parseViewState('?peers=');
    expect(empty.state.peers).toEqual([]);
    expect(empty.notices).toEqual([]);
    const absent = parseViewState('?metric=rebased');
    expect(absent.state.peers).toEqual(['AVGO', 'TSM', 'VST', 'QQQ']);
  });
});

describe('parseViewState: invalid values are ignored with a notice', () => {
  /** [query, parameter, value the notice names, the state expected (default for what was ignored)] */
  const cases: [string, string, string, Partial<ViewState>][] = [
    ['?from=2025-13-45', 'from', '2025-13-45', {}],
    ['?to=2025-02-30', 'to', '2025-02-30', {}],
    ['?from=2025-1-2', 'from', '2025-1-2', {}],
    ['?to=yesterday', 'to', 'yesterday', {}],
    ['?from=2025-13-45&to=2025-02-14', 'from', '2025-13-45', { to: '2025-02-14' }],
    ['?hideKinds=news,rumour', 'hideKinds', 'rumour', { hiddenKinds: ['news'] }],
    ['?hideKinds=NEWS', 'hideKinds', 'NEWS', { hiddenKinds: [] }],
    ['?benchmark=DJI', 'benchmark', 'DJI', {}],
    ['?benchmark=qqq', 'benchmark', 'qqq', {}],
    ['?metric=volume', 'metric', 'volume', {}],
    ['?chart=candle', 'chart', 'candle', {}],
    ['?chart=Candles', 'chart', 'Candles', {}],
    ['?volume=yes', 'volume', 'yes', {}],
    ['?model=capm', 'model', 'capm', {}],
    ['?model=market-model', 'model', 'market-model', {}],
    ['?log=yes', 'log', 'yes', {}],
    ['?car=3,-2', 'car', '3,-2', {}],
    ['?car=-99,1', 'car', '-99,1', {}],
    ['?car=a,b', 'car', 'a,b', {}],
    ['?car=-31,0', 'car', '-31,0', {}],
    ['?car=0,31', 'car', '0,31', {}],
    ['?car=1', 'car', '1', {}],
    ['?car=1.5,2', 'car', '1.5,2', {}],
    ['?peers=AVGO,XYZ', 'peers', 'XYZ', { peers: ['AVGO'] }],
    ['?peers=NVDA,AMD', 'peers', 'NVDA', { peers: ['AMD'] }],
    ['?hide=<script>,ok-id', 'hide', '<script>', { hiddenEvents: ['ok-id'] }],
    ['?hide=Capital', 'hide', 'Capital', { hiddenEvents: [] }],
    ['?event=<script>alert(1)</script>', 'event', '<script>alert(1)</script>', {}],
    ['?event=-starts-with-dash', 'event', '-starts-with-dash', {}],
    ['?rebase=2025-02-29', 'rebase', '2025-02-29', {}],
  ];

  it.each(cases)('%s', (search, name, value, expected) => {
    const { state, notices } = parseViewState(search);
    expect(state).toEqual({ ...DEFAULT_VIEW, ...expected });
    expect(notices).toHaveLength(1);
    const notice = notices[0] ?? '';
    expect(notice).toContain(name);
    expect(notice).toContain(value);
  });

  it('names each bad item of a list in its own notice', () => {
    const { state, notices } = parseViewState('?peers=XYZ,AMD,ABC');
    expect(state.peers).toEqual(['AMD']);
    expect(notices).toHaveLength(2);
    expect(notices[0]).toContain('XYZ');
    expect(notices[1]).toContain('ABC');
    for (const notice of notices) expect(notice).toContain('peers');
  });

  it('keeps the default window when the window given ends before it starts', () => {
    const { state, notices } = parseViewState('?from=2025-02-10&to=2025-01-05');
    expect(state.from).toBe(DEFAULT_VIEW.from);
    expect(state.to).toBe(DEFAULT_VIEW.to);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toContain('2025-02-10');
    expect(notices[0]).toContain('2025-01-05');
  });

  it('keeps a lone `from` after the default end, with a window of the default length', () => {
    // The default window, 2 Jan to 28 Feb 2025, is 57 days long.
    const late = parseViewState('?from=2025-03-03');
    expect([late.state.from, late.state.to]).toEqual(['2025-03-03', '2025-04-29']);
    expect(late.notices).toEqual([]);
    const early = parseViewState('?to=2024-12-31');
    expect([early.state.from, early.state.to]).toEqual(['2024-11-04', '2024-12-31']);
    expect(early.notices).toEqual([]);
  });

  it('keeps the valid parameters next to an invalid one', () => {
    const { state, notices } = parseViewState('?metric=bogus&benchmark=SPY&car=9,1&log=1');
    expect(state).toEqual({ ...DEFAULT_VIEW, benchmark: 'SPY', logScale: true });
    expect(notices).toHaveLength(2);
    expect(notices.some((notice) => notice.includes('metric') && notice.includes('bogus'))).toBe(
      true,
    );
    expect(notices.some((notice) => notice.includes('car') && notice.includes('9,1'))).toBe(true);
  });

  it('keeps a notice short for a very long value', () => {
    const junk = 'x'.repeat(5_000);
    const { state, notices } = parseViewState(`?metric=${junk}`);
    expect(state.mode).toBe('price');
    expect(notices).toHaveLength(1);
    expect(notices[0]).toContain('metric');
    expect(notices[0]).toContain('x'.repeat(20));
    expect((notices[0] ?? '').length).toBeLessThan(200);
  });

  // Regression: MODELS in src/app/viewState.ts is a plain object, so `MODELS[value]` finds
  // Object.prototype members: ?model=toString sets state.model to a function, with no notice.
  for (const name of ['toString', 'constructor', '__proto__', 'hasOwnProperty']) {
    it(`ignores model=${name} (an Object.prototype member) with a notice`, () => {
      const { state, notices } = parseViewState(`?model=${name}`);
      expect(state.model).toBe('market-model');
      expect(notices).toHaveLength(1);
      expect(notices[0]).toContain('model');
    });
  }
});

// ---------------------------------------------------------------------------------------------
// Writing
// ---------------------------------------------------------------------------------------------

describe('serializeViewState', () => {
  it('writes the default view as an empty string', () => {
    expect(serializeViewState(DEFAULT_VIEW)).toBe('');
    expect(serializeViewState({ ...DEFAULT_VIEW, peers: ['AVGO', 'TSM', 'VST', 'QQQ'] })).toBe('');
  });

  it('writes only what differs from the default', () => {
    expect(serializeViewState({ ...DEFAULT_VIEW, mode: 'rebased' })).toBe('?metric=rebased');
    expect(serializeViewState({ ...DEFAULT_VIEW, chartType: 'candles', volume: false })).toBe(
      '?chart=candles&volume=0',
    );
    expect(serializeViewState({ ...DEFAULT_VIEW, logScale: true })).toBe('?scale=log');
    expect(serializeViewState({ ...DEFAULT_VIEW, embed: true, theme: 'auto' })).toBe(
      '?theme=auto&embed=1',
    );
    expect(serializeViewState({ ...DEFAULT_VIEW, model: 'market-adjusted' })).toBe(
      '?model=adjusted',
    );
    expect(serializeViewState({ ...DEFAULT_VIEW, from: '2025-01-10' })).toBe('?from=2025-01-10');
    expect(serializeViewState({ ...DEFAULT_VIEW, studyEvent: 'deepseek-r1' })).toBe(
      '?event=deepseek-r1',
    );
  });

  it('writes the CAR window, the lists and an empty peer list so they read back', () => {
    const written = serializeViewState({
      ...DEFAULT_VIEW,
      carWindow: [-2, 3],
      hiddenEvents: ['a', 'b'],
      hiddenKinds: ['news'],
      peers: [],
    });
    const params = new URLSearchParams(written);
    expect(params.get('car')).toBe('-2,3');
    expect(params.get('hide')).toBe('a,b');
    expect(params.get('hideKinds')).toBe('news');
    expect(params.get('peers')).toBe('');
    expect([...params.keys()].sort()).toEqual(['car', 'hide', 'hideKinds', 'peers']);
  });

  it('writes the default peers in another order (order is a choice)', () => {
    const params = new URLSearchParams(
      serializeViewState({ ...DEFAULT_VIEW, peers: ['QQQ', 'VST', 'TSM', 'AVGO'] }),
    );
    expect(params.get('peers')).toBe('QQQ,VST,TSM,AVGO');
  });

  it('keeps unrelated parameters passed in `keep` and replaces its stale view parameters', () => {
    expect(serializeViewState(DEFAULT_VIEW, new URLSearchParams('scenario=slow'))).toBe(
      '?scenario=slow',
    );
    const keep = new URLSearchParams('scenario=slow&metric=rebased&car=1,2&debug=1');
    const written = serializeViewState({ ...DEFAULT_VIEW, benchmark: 'SPY' }, keep);
    const params = new URLSearchParams(written);
    expect(params.get('scenario')).toBe('slow');
    expect(params.get('debug')).toBe('1');
    expect(params.get('benchmark')).toBe('SPY');
    expect(params.has('metric')).toBe(false);
    expect(params.has('car')).toBe(false);
    expect(keep.toString()).toBe('scenario=slow&metric=rebased&car=1%2C2&debug=1');
  });

  it('writes lists with plain commas, readable in a shared link', () => {
    expect(
      serializeViewState({ ...DEFAULT_VIEW, peers: ['AVGO', 'TSM'], carWindow: [-2, 3] }),
    ).toBe('?car=-2,3&peers=AVGO,TSM');
  });

  it('reads back what it wrote next to the kept parameters', () => {
    const state: ViewState = { ...DEFAULT_VIEW, carWindow: [-5, 0], mode: 'abnormal' };
    const written = serializeViewState(state, new URLSearchParams('scenario=slow'));
    const { state: read, notices } = parseViewState(written);
    expect(read).toEqual(state);
    expect(notices).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------------------------

const MS_PER_DAY = 86_400_000;
const dateArb = fc
  .integer({ min: Date.UTC(1990, 0, 1) / MS_PER_DAY, max: Date.UTC(2100, 11, 31) / MS_PER_DAY })
  .map((day) => new Date(day * MS_PER_DAY).toISOString().slice(0, 10));
const ALNUM = Array.from('abcdefghijklmnopqrstuvwxyz0123456789');
const eventIdArb = fc
  .tuple(
    fc.constantFrom(...ALNUM),
    fc.string({ unit: fc.constantFrom(...ALNUM, '-'), maxLength: 79 }),
  )
  .map(([head, tail]) => head + tail);
const offsetArb = fc.integer({ min: -30, max: 30 });
/** An https address of a file, written as the URL parser writes it back. */
const httpsFileArb = fc
  .tuple(fc.domain(), fc.string({ unit: fc.constantFrom(...ALNUM), minLength: 1, maxLength: 12 }))
  .map(([host, name]) => new URL(`https://${host}/${name}.csv`).href);

const viewStateArb: fc.Arbitrary<ViewState> = fc
  .record({
    dates: fc.tuple(dateArb, dateArb),
    hiddenEvents: fc.array(eventIdArb, { maxLength: 5 }),
    hiddenKinds: fc.array(fc.constantFrom(...EVENT_KINDS), { maxLength: 6 }),
    mode: fc.constantFrom(...CHART_MODE_NAMES),
    logScale: fc.boolean(),
    chartType: fc.constantFrom(...CHART_TYPE_NAMES),
    volume: fc.option(fc.boolean(), { nil: null }),
    benchmark: fc.constantFrom(...STORY.benchmarks),
    model: fc.constantFrom(...RETURN_MODEL_NAMES),
    studyEvent: fc.option(eventIdArb, { nil: null }),
    carWindow: fc.option(fc.tuple(offsetArb, offsetArb), { nil: null }),
    peers: fc.oneof(
      fc.constant(STORY.defaultPeers),
      fc.array(fc.constantFrom(...STORY.peers), { maxLength: 15 }),
    ),
    rebaseDate: dateArb,
    theme: fc.constantFrom(...THEMES),
    title: fc.option(
      fc
        .oneof(
          fc.string({ unit: 'grapheme', maxLength: 150 }),
          fc.string({ unit: 'binary', maxLength: 150 }),
        )
        .map(cleanTitle)
        .filter((title) => title !== null),
      { nil: null },
    ),
    story: fc.constantFrom(null, STORY.id, 'yours'),
    step: fc.integer({ min: 1, max: 999 }),
    steps: fc.string({ maxLength: 300 }),
    embed: fc.boolean(),
    staticChart: fc.boolean(),
    controls: fc.constantFrom(...EMBED_CONTROLS),
    notes: fc.array(annotationArb, { maxLength: 3 }).filter(notesFit),
    pricesUrl: fc.option(httpsFileArb, { nil: null }),
    benchmarkPricesUrl: fc.option(httpsFileArb, { nil: null }),
    eventsUrl: fc.option(httpsFileArb, { nil: null }),
    eventsMode: fc.constantFrom('add' as const, 'replace' as const),
  })
  .map(({ dates, carWindow, ...rest }) => {
    const [a, b] = dates[0] <= dates[1] ? dates : [dates[1], dates[0]];
    const car: ViewState['carWindow'] =
      carWindow === null ? null : [Math.min(...carWindow), Math.max(...carWindow)];
    return { ...rest, from: a, to: b, carWindow: car };
  });

/** Query strings made of view parameters (and others) with hostile or plausible values. */
const hostileValueArb = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme' }),
  dateArb,
  fc.constantFrom(
    '%',
    '%%',
    '%E0%A4%A',
    '%zz',
    '%00',
    '%2C',
    '2025-13-45',
    '2025-02-29',
    '0000-00-00',
    '9999-12-31',
    '-99,1',
    '3,-2',
    'a,b',
    ',',
    ',,',
    '-0,0',
    '<script>',
    'AVGO,,XYZ',
    'market',
    'adjusted',
    'log',
    'dark',
    'toggles',
    'javascript:alert(1)',
    '<img src=x onerror=alert(1)>',
    '\u202e\u0000',
    '1',
    '0',
    '',
  ),
);
const keyArb = fc.oneof(fc.constantFrom(...PARAMETER_NAMES, 'scenario'), fc.string());
const queryArb = fc
  .tuple(
    fc.boolean(),
    fc.array(fc.tuple(keyArb, hostileValueArb), { maxLength: 14 }),
    fc.constantFrom('&', '&&', ';'),
  )
  .map(
    ([question, pairs, separator]) =>
      (question ? '?' : '') + pairs.map(([key, value]) => `${key}=${value}`).join(separator),
  );

describe('reading hostile text', () => {
  it('keeps a title as one line of plain text, at most 120 characters, never empty', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' })),
        (raw) => {
          const title = parseViewState(`?title=${encodeURIComponent(raw)}`).state.title;
          if (title === null) return;
          expect(Array.from(title).length).toBeLessThanOrEqual(120);
          expect(title).toBe(title.trim());
          expect(title).not.toMatch(/[\p{Cc}\u202a-\u202e]/u);
          expect(title).not.toBe('');
        },
      ),
      { numRuns: 500 },
    );
  });

  it('drops a part with broken percent-encoding and names it, keeping the others', () => {
    const { state, notices } = parseViewState('?from=%E0%A4%A&metric=rebased&title=50%');
    expect(state.from).toBe(DEFAULT_VIEW.from);
    expect(state.mode).toBe('rebased');
    expect(state.title).toBeNull();
    expect(notices).toEqual([
      'Ignored "from": its value is not valid percent-encoding.',
      'Ignored "title": its value is not valid percent-encoding.',
    ]);
  });
});

describe('viewState properties', () => {
  it('reads back any valid view it wrote, with no notice', () => {
    fc.assert(
      fc.property(viewStateArb, (state) => {
        const { state: read, notices } = parseViewState(serializeViewState(state));
        expect(notices).toEqual([]);
        expect(read).toEqual({
          ...state,
          hiddenEvents: unique(state.hiddenEvents),
          hiddenKinds: unique(state.hiddenKinds),
          peers: unique(state.peers),
        });
      }),
      { numRuns: 300 },
    );
  });

  it('writes the same text again for the state it reads back', () => {
    fc.assert(
      fc.property(viewStateArb, (state) => {
        const once = serializeViewState(state);
        const twice = serializeViewState(parseViewState(once).state);
        expect(twice).toBe(once);
      }),
    );
  });

  it('never throws and always returns a usable state, for any string', () => {
    const anyString = fc.oneof(
      fc.string(),
      fc.string({ unit: 'binary' }),
      fc.string({ unit: 'grapheme' }),
      queryArb,
    );
    fc.assert(
      fc.property(anyString, (search) => {
        const { state, notices } = parseViewState(search);
        expectUsableState(state);
        for (const notice of notices) expect(typeof notice).toBe('string');
      }),
      { numRuns: 500 },
    );
  });

  it('names each parameter it ignores', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(
          'metric',
          'chart',
          'volume',
          'benchmark',
          'log',
          'car',
          'rebase',
          'from',
          'scale',
          'theme',
          'embed',
          'static',
          'controls',
        ),
        fc.string({
          unit: fc.constantFrom('x', 'y', 'z', 'X', 'Y', 'Z', '!'),
          minLength: 1,
          maxLength: 8,
        }),
        (name, value) => {
          const { state, notices } = parseViewState(`?${name}=${encodeURIComponent(value)}`);
          expect(state).toEqual(DEFAULT_VIEW);
          expect(notices).toHaveLength(1);
          expect(notices[0]).toContain(`${name}=`);
          expect(notices[0]).toContain(value);
        },
      ),
    );
  });
});
