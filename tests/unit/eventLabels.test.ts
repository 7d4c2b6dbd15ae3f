import { describe, expect, it } from 'vitest';
import { storyEvents } from '../../mocks/dataset';
import { marketEventSchema } from '../../src/api/schemas';
import { labelOf, priorityOf } from '../../src/domain/eventLabels';
import type { MarketEvent } from '../../src/domain/types';

const event = (overrides: Partial<MarketEvent>): MarketEvent => ({
  id: 'an-event',
  title: 'An event',
  kind: 'news',
  start: '2025-01-27',
  end: null,
  summary: '',
  quote: null,
  sources: [],
  ...overrides,
});

describe('an event label', () => {
  it("is the event's own short label when it has one", () => {
    expect(
      labelOf(event({ title: 'A very long title about something', shortLabel: 'Short' })),
    ).toBe('Short');
  });

  it('is the title when it fits, else the title cut at a word with an ellipsis', () => {
    expect(labelOf(event({ title: 'Fits in the lane' }))).toBe('Fits in the lane');
    expect(labelOf(event({ title: 'OpenAI says DeepSeek distilled its models' }))).toBe(
      'OpenAI says DeepSeek…',
    );
  });
});

describe('an event priority', () => {
  it("is the event's own priority when it has one, else its kind's rank", () => {
    expect(priorityOf(event({ kind: 'product', priority: -3 }))).toBe(-3);
    const ranks = (['market', 'social', 'news', 'product'] as const).map((kind) =>
      priorityOf(event({ kind })),
    );
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(new Set(ranks).size).toBe(4);
  });
});

describe('the story events as served', () => {
  it('each carry a short label that fits the lane, and the four key events keep theirs first', () => {
    for (const served of storyEvents) {
      expect(served.shortLabel?.length).toBeGreaterThan(0);
      expect(served.shortLabel?.length).toBeLessThanOrEqual(24);
    }
    const first = [...storyEvents].sort((a, b) => priorityOf(a) - priorityOf(b)).slice(0, 4);
    expect(first.map((served) => served.id)).toEqual([
      'nvda-record-drop-jan27',
      'musk-obviously-reply',
      'wang-cnbc-davos-interview',
      'viral-weekend',
    ]);
  });

  it('pass the contract, whose label and priority fields are optional and checked', () => {
    for (const served of storyEvents)
      expect(marketEventSchema.safeParse(served).success).toBe(true);
    expect(marketEventSchema.safeParse(event({})).success).toBe(true);
    expect(marketEventSchema.safeParse(event({ shortLabel: 'x'.repeat(41) })).success).toBe(false);
    expect(marketEventSchema.safeParse(event({ priority: 1.5 })).success).toBe(false);
  });
});
