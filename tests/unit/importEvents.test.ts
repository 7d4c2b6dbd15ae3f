import { describe, expect, it } from 'vitest';
import { parseEventsFile, zonedTimestamp } from '../../src/import/eventsFile';
import type { MarketEvent } from '../../src/domain/types';
import type { ImportResult } from '../../src/import/problems';
import * as fixtures from '../support/fixtures';

const accepted = (result: ImportResult<MarketEvent[]>) => {
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result;
};

describe('events files', () => {
  it('reads contract v1 events JSON, the story’s own events unchanged', () => {
    const events = fixtures.storyEvents();
    const result = accepted(parseEventsFile(JSON.stringify({ events }), 'events.json'));
    expect(result.value).toEqual(events);
  });

  it('names a JSON event that breaks the contract or links to a script, keeping the rest', () => {
    const [first, second, third, ...rest] = fixtures.storyEvents();
    if (!first || !second || !third) throw new Error('fixture events');
    const list = [
      first,
      { ...second, kind: 'rumour' },
      {
        ...third,
        sources: [{ title: 't', publisher: 'p', url: 'javascript:alert(1)', date: null }],
      },
      { ...first, title: 'again' },
      ...rest,
    ];
    const result = accepted(parseEventsFile(JSON.stringify(list), 'e.json'));
    expect(result.value).toEqual([first, ...rest]);
    expect(result.dropped.map((item) => [item.row, item.column, item.reason])).toEqual([
      [2, 'kind', 'Invalid input, got "rumour"'],
      [3, 'sources.0.url', 'not an http(s) link'],
      [4, 'id', `the id "${first.id}" is used before: the first is kept`],
    ]);
  });

  it('reads a CSV with time and zone, keeping markup and formulas as the text they are', () => {
    const text = [
      'date,title,kind,url,time,zone',
      '2025-01-27,<img src=x onerror=alert(1)>,news,https://example.com/a,09:30,',
      '01/24/2025,=1+2,social,,23:15,Europe/London',
      '2025-01-25,Weekend post,market,,,',
      '2025-01-26,bad,rumour,ftp://x,25:00,',
    ].join('\n');
    const result = accepted(parseEventsFile(text, 'mine.csv'));
    expect(result.value.map((event) => [event.title, event.kind, event.start])).toEqual([
      ['<img src=x onerror=alert(1)>', 'news', '2025-01-27T09:30:00-05:00'],
      ['=1+2', 'social', '2025-01-24T23:15:00+00:00'],
      ['Weekend post', 'market', '2025-01-25'],
    ]);
    expect(result.value[0]?.sources).toEqual([
      {
        title: '<img src=x onerror=alert(1)>',
        publisher: 'example.com',
        url: 'https://example.com/a',
        date: '2025-01-27',
      },
    ]);
    expect(result.dropped.map((item) => `${item.row}/${item.column}: ${item.reason}`)).toEqual([
      '5/kind: kind "rumour" is not one of news, social, market, product',
      '5/url: not an http(s) link: "ftp://x"',
      '5/time: not a time: "25:00" (use HH:MM, 24-hour)',
    ]);
  });

  it('refuses a CSV without its columns and one whose rows are all wrong', () => {
    const missing = parseEventsFile('date,name\n2025-01-27,x\n', 'e.csv');
    expect(!missing.ok && missing.problems[0]?.reason).toMatch(/^missing columns title, kind/);
    const wrong = parseEventsFile('date,title,kind\nsoon,x,news\n', 'e.csv');
    expect(!wrong.ok && wrong.problems.map((item) => item.reason)).toEqual([
      'not a date: "soon" (use YYYY-MM-DD or MM/DD/YYYY)',
      'the file has fewer than one usable row',
    ]);
  });

  it('puts a wall-clock time on the zone’s clock, summer time included', () => {
    expect(zonedTimestamp('2025-07-01', '09:30', 'America/New_York')).toBe(
      '2025-07-01T09:30:00-04:00',
    );
    expect(zonedTimestamp('2025-01-27', '14:00', 'Asia/Kolkata')).toBe('2025-01-27T14:00:00+05:30');
    expect(zonedTimestamp('2025-01-27', '14:00', '-03:00')).toBe('2025-01-27T14:00:00-03:00');
    expect(zonedTimestamp('2025-01-27', '14:00', 'Mars/Olympus')).toBeNull();
  });
});
