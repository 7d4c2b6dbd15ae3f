import { describe, expect, it } from 'vitest';
import {
  annotationEvents,
  idAfterRemoval,
  moveAnnotation,
  type Annotation,
} from '../../src/domain/annotations';
import { placeEvents } from '../../src/domain/eventPlacement';
import { labelOf, priorityOf } from '../../src/domain/eventLabels';

// NYSE sessions around the shock (Sat 25 and Sun 26 Jan closed).
const SESSIONS = ['2025-01-22', '2025-01-23', '2025-01-24', '2025-01-27', '2025-01-28'];

const note: Annotation = { kind: 'note', date: '2025-01-27', price: 118.42, text: 'Our article' };
const range: Annotation = { kind: 'range', from: '2025-01-23', to: '2025-01-24', text: '' };

describe('annotations as overlays', () => {
  it('makes a note a dated overlay of kind note, pinned at its price', () => {
    const [event] = annotationEvents([note]);
    expect(event).toMatchObject({
      id: 'note-1',
      kind: 'note',
      title: 'Our article',
      start: '2025-01-27',
      end: null,
      pinnedPrice: 118.42,
      sources: [],
    });
    expect(event?.summary).toBe('Your note on 27 Jan 2025, at $118.42.');
  });

  it('makes a range a span, placed as a band over its sessions, named even without text', () => {
    const events = annotationEvents([note, range]);
    expect(events[1]?.id).toBe('note-2');
    expect(events[1]?.title).toBe('Range');
    expect(events[1]).not.toHaveProperty('pinnedPrice');
    const { placed } = placeEvents(events, SESSIONS);
    const band = placed.find((event) => event.event.id === 'note-2')?.band;
    expect(band).not.toBeNull();
    expect((band?.toDay ?? 0) - (band?.fromDay ?? 0)).toBe(1);
  });

  it('gives the reader’s notes their labels before any event’s', () => {
    const [event] = annotationEvents([note]);
    if (!event) throw new Error('no event');
    expect(priorityOf(event)).toBeLessThan(priorityOf({ ...event, kind: 'market' }));
    expect(labelOf(event)).toBe('Our article');
  });
});

describe('moving an annotation by sessions', () => {
  it('moves a note over the weekend to the next session, and lets go of its price', () => {
    const moved = moveAnnotation({ ...note, date: '2025-01-24' }, SESSIONS, 1);
    expect(moved).toEqual({ ...note, date: '2025-01-27', price: null });
  });

  it('moves a range with both ends, keeping its length in sessions', () => {
    expect(moveAnnotation(range, SESSIONS, 2)).toEqual({
      ...range,
      from: '2025-01-27',
      to: '2025-01-28',
    });
    expect(moveAnnotation(range, SESSIONS, -1)).toEqual({
      ...range,
      from: '2025-01-22',
      to: '2025-01-23',
    });
  });

  it('goes as far as the edge of the data, and stays put there', () => {
    const first = { ...range, from: '2025-01-22', to: '2025-01-23' };
    expect(moveAnnotation(range, SESSIONS, -5)).toEqual(first);
    expect(moveAnnotation(first, SESSIONS, -1)).toBe(first);
    const last = { ...note, date: '2025-01-28' };
    expect(moveAnnotation(last, SESSIONS, 1)).toBe(last);
  });
});

describe('ids after a deletion', () => {
  it('moves the later notes’ ids up a place, drops the deleted one’s, keeps the events’', () => {
    expect(
      ['note-1', 'note-2', 'note-3', 'musk-obviously-reply'].map((id) => idAfterRemoval(id, 1)),
    ).toEqual(['note-1', null, 'note-2', 'musk-obviously-reply']);
  });
});
