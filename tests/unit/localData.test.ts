import { afterEach, describe, expect, it } from 'vitest';
import { setLocalData, withLocalData } from '../../src/api/localData';
import { largestFall, storyWithLoadedData } from '../../src/story/loadedStory';
import { DEFAULT_STORY } from '../../src/story/story';
import * as fixtures from '../support/fixtures';

const avgo = fixtures.bars('AVGO');
const nvdaEvents = fixtures.storyEvents();

/** The source behind: knows NVDA's events only, as the bundled API does. */
const inner = (request: Request): Promise<Response> => {
  const url = new URL(request.url);
  const body =
    url.pathname.endsWith('/v1/events') && url.searchParams.get('symbol') === 'NVDA'
      ? { events: nvdaEvents }
      : url.pathname.endsWith('/v1/symbols')
        ? { symbols: [] }
        : { error: { code: 'not_found', message: 'Unknown symbol' } };
  return Promise.resolve(
    new Response(JSON.stringify(body), { status: 'error' in body ? 404 : 200 }),
  );
};
const get = async (path: string) => {
  const response = await withLocalData(inner)(new Request(`https://example.com/api${path}`));
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
};

afterEach(() => {
  setLocalData(null);
});

describe('a loaded file as a source of contract v1', () => {
  it('answers a loaded symbol’s prices with the API’s window and checks, and its events from the story', async () => {
    const mine = { symbol: 'MINE', name: 'Mine', from: 'x', date: '2025-01-27', title: 't' };
    setLocalData({
      series: [{ symbol: 'AVGO', name: 'AVGO', kind: 'stock', bars: avgo, shares: null }],
      events: {
        list: [
          {
            id: 'yours-1',
            title: mine.title,
            kind: 'news',
            start: mine.date,
            end: null,
            summary: '',
            quote: null,
            sources: [],
          },
        ],
        mode: 'add',
      },
      subject: 'AVGO',
      storySubject: 'NVDA',
    });
    const prices = await get('/v1/prices/AVGO?from=2025-01-24&to=2025-01-27');
    expect(prices.body.bars).toEqual(
      avgo.filter((bar) => bar.date >= '2025-01-24' && bar.date <= '2025-01-27'),
    );
    expect((await get('/v1/prices/AVGO?from=2025-02-30')).status).toBe(400);
    const shares = await get('/v1/shares/AVGO');
    expect(shares.status).toBe(404);
    expect(JSON.stringify(shares.body)).toContain('enter one under \\"Your data\\"');
    const events = await get('/v1/events?symbol=AVGO');
    expect((events.body.events as { id: string }[]).map((event) => event.id)).toEqual([
      ...nvdaEvents.map((event) => event.id),
      'yours-1',
    ]);
    // Anything else goes to the source behind.
    expect((await get('/v1/prices/QQQ')).status).toBe(404);
  });

  it('replaces the story’s events when asked, for the story’s own subject', async () => {
    setLocalData({
      series: [],
      events: { list: [], mode: 'replace' },
      subject: 'NVDA',
      storySubject: 'NVDA',
    });
    expect((await get('/v1/events?symbol=NVDA')).body.events).toEqual([]);
    setLocalData(null);
    expect((await get('/v1/events?symbol=NVDA')).body.events).toEqual(nvdaEvents);
  });
});

describe('the story a loaded file tells', () => {
  it('keeps the story’s shock day where the file has it, else takes its largest fall', () => {
    const loaded = { symbol: 'AVGO', name: 'AVGO', from: 'AVGO.csv', bars: avgo };
    const story = storyWithLoadedData(DEFAULT_STORY, { subject: loaded, benchmark: null });
    expect(story.symbol).toBe('AVGO');
    expect(story.shockDate).toBe('2025-01-27');
    expect(story.defaultWindow).toEqual(DEFAULT_STORY.defaultWindow);
    expect(story.peers).not.toContain('AVGO');
    const later = avgo.filter((bar) => bar.date > '2025-02-01');
    const moved = storyWithLoadedData(DEFAULT_STORY, {
      subject: { ...loaded, bars: later },
      benchmark: null,
    });
    const fall = largestFall(later);
    const changes = later
      .slice(1)
      .map((bar, index) => bar.close / (later[index]?.close ?? NaN) - 1);
    expect(moved.shockDate).toBe(later[changes.indexOf(Math.min(...changes)) + 1]?.date);
    expect(moved.shockDate).toBe(fall);
    expect(moved.defaultRebaseDate < moved.shockDate).toBe(true);
  });

  it('makes a loaded benchmark the default one', () => {
    const story = storyWithLoadedData(DEFAULT_STORY, {
      subject: null,
      benchmark: { symbol: 'MYIDX', name: 'MYIDX', from: 'idx.csv', bars: avgo },
    });
    expect(story.defaultBenchmark).toBe('MYIDX');
    expect(story.benchmarks[0]).toBe('MYIDX');
    expect(story.symbol).toBe('NVDA');
  });
});
