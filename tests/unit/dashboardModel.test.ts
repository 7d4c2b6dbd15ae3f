import { describe, expect, it } from 'vitest';
import { eventsCsv } from '../../src/export/csv';
import {
  createDashboardModel,
  type DashboardData,
  type DashboardModel,
} from '../../src/app/model/dashboardModel';
import { DEFAULT_VIEW, type ViewState } from '../../src/app/viewState';
import type { PricesResult } from '../../src/api/endpoints';
import { analysisCode } from '../../src/app/model/analysisCode';
import { bars, nvdaSharePoints, storyEvents } from '../support/fixtures';

// The dashboard's state, derived from the view and the data with no DOM and no React: what each
// panel is handed, and which steps a change recomputes.

const nvda: PricesResult = {
  symbol: 'NVDA',
  currency: 'USD',
  timezone: 'America/New_York',
  bars: bars('NVDA'),
  issues: [],
  breaks: new Set(),
};
const ARRIVED: DashboardData = {
  prices: nvda,
  pricesFailed: false,
  shares: nvdaSharePoints(),
  sharesSettled: true,
  events: storyEvents(),
  compared: new Map(['QQQ', 'SPY', 'AVGO', 'TSM', 'VST'].map((symbol) => [symbol, bars(symbol)])),
  analysisCode,
};
const NOTHING_YET: DashboardData = {
  prices: null,
  pricesFailed: false,
  shares: null,
  sharesSettled: false,
  events: null,
  compared: new Map(),
  analysisCode: null,
};

const modelOf = (view: Partial<ViewState>, data = ARRIVED): DashboardModel =>
  createDashboardModel()({ ...DEFAULT_VIEW, ...view }, data);

describe('the dashboard model, from the view and the data', () => {
  it('draws the sessions of the window, and describes them', () => {
    const model = modelOf({ from: '2025-01-21', to: '2025-01-31' });
    expect(model.visibleRows.map((row) => row.date)).toEqual([
      '2025-01-21',
      '2025-01-22',
      '2025-01-23',
      '2025-01-24',
      '2025-01-27',
      '2025-01-28',
      '2025-01-29',
      '2025-01-30',
      '2025-01-31',
    ]);
    expect(model.words.chart.from).toBe('2025-01-21');
    expect(model.words.chart.to).toBe('2025-01-31');
    expect(model.words.description.caption).toMatch(/27 Jan/);
    expect(model.bounds).toEqual({ from: '2024-07-15', to: '2025-06-30' });
  });

  it('clips a window that reaches past the data, and says so', () => {
    const model = modelOf({ from: '2024-01-01', to: '2024-08-01' });
    expect(model.window).toEqual({ from: '2024-07-15', to: '2024-08-01' });
    expect(model.notices[0]).toMatch(/The data covers 15 Jul 2024 to 30 Jun 2025/);
  });

  it('draws only the events switched on and inside the window, each with a label', () => {
    const all = modelOf({ from: '2025-01-21', to: '2025-01-31' });
    const noSocial = modelOf({ from: '2025-01-21', to: '2025-01-31', hiddenKinds: ['social'] });
    const ids = (model: DashboardModel) => model.events.map((placed) => placed.event.id);
    expect(ids(all)).toContain('musk-obviously-reply');
    expect(ids(noSocial)).not.toContain('musk-obviously-reply');
    expect(noSocial.events.every((placed) => placed.event.kind !== 'social')).toBe(true);
    expect(all.events.every((placed) => placed.label.length > 0)).toBe(true);
    // The figure's export carries the same events as the chart.
    expect(noSocial.words.chart.events).toEqual(noSocial.events);
  });

  it('gives each mode its own legend lines before the overlays', () => {
    const labels = (model: DashboardModel) => model.words.figure.legend.map((item) => item.label);
    expect(labels(modelOf({ mode: 'price' })).slice(0, 2)).toEqual(['Close', 'Market value']);
    expect(labels(modelOf({ mode: 'rebased', peers: ['AVGO', 'TSM'] })).slice(0, 3)).toEqual([
      'NVDA',
      'AVGO',
      'TSM',
    ]);
    expect(labels(modelOf({ mode: 'abnormal' }))).not.toContain('Close');
  });

  it('studies the picked event, and the shock day when none is picked', () => {
    const study = (model: DashboardModel) =>
      model.analysis?.study.status === 'ok' ? model.analysis.study.day0 : null;
    expect(study(modelOf({}))).toBe('2025-01-27');
    expect(study(modelOf({ studyEvent: 'wang-cnbc-davos-interview' }))).toBe('2025-01-23');
  });

  it('waits with the headline and the price caption until the share count has answered', () => {
    const waiting = modelOf({}, { ...ARRIVED, shares: null, sharesSettled: false });
    expect(waiting.headlineReady).toBe(false);
    expect(waiting.words.description.caption).toBe('Loading the data…');
    // The other modes do not name the market value: they need not wait.
    expect(
      modelOf({ mode: 'abnormal' }, { ...ARRIVED, sharesSettled: false }).words.description.caption,
    ).not.toBe('Loading the data…');
    expect(modelOf({}).headlineReady).toBe(true);
  });

  it('has nothing to draw, and says it is loading, before the data arrives', () => {
    const model = modelOf({}, NOTHING_YET);
    expect(model.rows).toBeNull();
    expect(model.visibleRows).toEqual([]);
    expect(model.analysis).toBeNull();
    expect(model.words.description.caption).toBe('Loading the data…');
  });

  it('draws the chart before the event study’s code is in, and runs the study once it is', () => {
    const waiting = modelOf({}, { ...ARRIVED, analysisCode: null });
    expect(waiting.visibleRows.length).toBeGreaterThan(0);
    expect(waiting.analysis).toBeNull();
    expect(waiting.eventNotes.size).toBe(0);
    const loaded = modelOf({});
    expect(loaded.analysis?.study.status).toBe('ok');
    expect(loaded.eventNotes.size).toBeGreaterThan(0);
  });

  it('puts the reader title on the figure and in its alt text', () => {
    const model = modelOf({ title: 'Our report' });
    expect(model.words.figure.title).toBe('Our report');
    expect(model.words.figure.alt.startsWith('Our report. ')).toBe(true);
  });
});

describe('the dashboard model recomputes only what a change touches', () => {
  it('keeps the drawn rows and the study when an event is switched off', () => {
    const model = createDashboardModel();
    const before = model(DEFAULT_VIEW, ARRIVED);
    const after = model({ ...DEFAULT_VIEW, hiddenEvents: ['musk-obviously-reply'] }, ARRIVED);
    expect(after.visibleRows).toBe(before.visibleRows);
    expect(after.analysis).toBe(before.analysis);
    expect(after.placement).toBe(before.placement);
    expect(after.events).not.toBe(before.events);
  });

  it('keeps the placement and the study when the window moves', () => {
    const model = createDashboardModel();
    const before = model(DEFAULT_VIEW, ARRIVED);
    const after = model({ ...DEFAULT_VIEW, from: '2025-01-13' }, ARRIVED);
    expect(after.placement).toBe(before.placement);
    expect(after.analysis).toBe(before.analysis);
    expect(after.visibleRows).not.toBe(before.visibleRows);
  });

  it('runs the study again for another benchmark, and only then', () => {
    const model = createDashboardModel();
    const before = model(DEFAULT_VIEW, ARRIVED);
    const same = model({ ...DEFAULT_VIEW }, ARRIVED);
    const other = model({ ...DEFAULT_VIEW, benchmark: 'SPY' }, ARRIVED);
    expect(same.analysis).toBe(before.analysis);
    expect(other.analysis).not.toBe(before.analysis);
    expect(other.eventNotes.get('musk-obviously-reply')).toMatch(/^Against SPY: /);
  });
});

describe('the reader’s notes, in everything the chart is exported as', () => {
  const notes: ViewState['notes'] = [
    { kind: 'note', date: '2025-01-27', price: 118.42, text: 'Our article, =1+1 <b>' },
    { kind: 'range', from: '2025-01-13', to: '2025-01-17', text: 'Earnings window' },
  ];

  it('names each note by its full text in the alt text (in date order), apart from the events', () => {
    const { words } = modelOf({ notes });
    expect(words.description.alt).toContain(
      'The reader’s notes: “Earnings window” from 13 Jan to 17 Jan; “Our article, =1+1 <b>” on 27 Jan at $118.42.',
    );
    expect(words.figure.legend.map((item) => item.label)).toEqual(
      expect.arrayContaining(['Your note', 'Earnings window']),
    );
  });

  it('puts the notes in the events CSV, as text a spreadsheet cannot run', () => {
    const csv = eventsCsv(modelOf({ notes }).words.chart.events);
    const line = csv.split('\n').find((row) => row.startsWith('note-1,'));
    expect(line).toContain('note-1,note,"Our article, =1+1 <b>",2025-01-27,,2025-01-27');
    expect(csv).toContain('note-2,note,Earnings window,2025-01-13,2025-01-17');
  });

  it('writes a note that starts like a formula as text in the CSV', () => {
    const formula = modelOf({
      notes: [{ kind: 'note', date: '2025-01-27', price: null, text: '=HYPERLINK("http://x")' }],
    });
    const line = eventsCsv(formula.words.chart.events)
      .split('\n')
      .find((row) => row.startsWith('note-1,'));
    expect(line).toContain(`note-1,note,"'=HYPERLINK(""http://x"")",`);
  });

  it('leaves them out when their kind is switched off', () => {
    const { words } = modelOf({ notes, hiddenKinds: ['note'] });
    expect(words.description.alt).not.toContain('reader’s');
    expect(words.chart.events.some((placed) => placed.event.kind === 'note')).toBe(false);
  });
});
