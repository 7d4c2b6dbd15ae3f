import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { annotationArb } from '../support/annotationArb';
import { notesCodec, notesFit } from '../../src/app/url/notesCodec';
import { parseViewState, serializeViewState, DEFAULT_VIEW } from '../../src/app/viewState';
import type { Annotation } from '../../src/domain/annotations';

const RUNS = Number(process.env.FUZZ_RUNS ?? 200);

const note = (text: string, price: number | null = null): Annotation => ({
  kind: 'note',
  date: '2025-01-27',
  price,
  text,
});
const range = (text: string): Annotation => ({
  kind: 'range',
  from: '2025-01-21',
  to: '2025-01-24',
  text,
});

/** The notes a link carries, read the way the page reads its address. */
const throughLink = (notes: readonly Annotation[]) =>
  parseViewState(serializeViewState({ ...DEFAULT_VIEW, notes }));

describe('notes= in the link', () => {
  it('writes the documented form, with readable commas and words', () => {
    const search = serializeViewState({
      ...DEFAULT_VIEW,
      notes: [note('Our article', 118.42), range('Earnings window')],
    });
    expect(search).toBe(
      '?notes=1,n,2025-01-27,118.42,Our+article,r,2025-01-21,2025-01-24,Earnings+window',
    );
  });

  it('leaves notes out of the link when there are none', () => {
    expect(serializeViewState(DEFAULT_VIEW)).toBe('');
  });

  it('keeps hostile text as the same text: markup, quotes, unicode, the URL’s own characters', () => {
    const texts = [
      '<img src=x onerror=alert(1)>',
      '"she said" & it\'s',
      'a,b;c&d=e?f#g%h+i/j %2C %25',
      '日本語 👩‍👩‍👧 é',
      '=cmd|/C calc',
    ];
    const notes = texts.map((text) => note(text));
    const { state, notices } = throughLink(notes);
    expect(notices).toEqual([]);
    expect(state.notes.map((read) => read.text)).toEqual(texts);
  });

  it('makes a note one plain line: no line breaks, control or bidi characters', () => {
    const { state } = parseViewState(
      `?notes=${encodeURIComponent('1,n,2025-01-27,,line one\nline\u202e two\u0000')}`,
    );
    expect(state.notes).toEqual([note('line one line two')]);
  });

  it('refuses another version whole, with a notice', () => {
    const { state, notices } = parseViewState('?notes=2,n,2025-01-27,,x');
    expect(state.notes).toEqual([]);
    expect(notices).toEqual([
      'Ignored notes="2,n,2025-01-27,,x": expected notes in form 1, such as 1,n,2025-01-27,,Our+article.',
    ]);
  });

  it('drops an annotation it cannot read, names it, and keeps the others', () => {
    const { state, notices } = parseViewState(
      '?notes=1,n,2025-02-30,,bad+date,r,2025-01-24,2025-01-21,backwards,n,2025-01-27,abc,x,n,2025-01-27,,kept',
    );
    expect(state.notes).toEqual([note('kept')]);
    expect(notices).toEqual([
      'Ignored notes="n,2025-02-30,,bad date": a note needs a date such as 2025-01-27.',
      'Ignored notes="r,2025-01-24,2025-01-21,backwards": the range ends before it starts.',
      'Ignored notes="n,2025-01-27,abc,x": a note’s price is a number such as 118.42.',
    ]);
  });

  it('stops at an unknown kind of annotation, with a notice', () => {
    const { state, notices } = parseViewState('?notes=1,n,2025-01-27,,a,x,1,2,3,n,2025-01-28,,b');
    expect(state.notes).toEqual([note('a')]);
    expect(notices).toEqual([
      'Ignored notes="x,1,2,3": each annotation starts with n (a note) or r (a range).',
    ]);
  });

  it('keeps at most 1,500 characters of link, says how many it left out', () => {
    const long = 'x'.repeat(80);
    const many = Array.from({ length: 18 }, () => note(long));
    expect(notesFit(many)).toBe(false);
    const { state, notices } = parseViewState(`?notes=${notesCodec.write(many)}`);
    const kept = state.notes.length;
    expect(kept).toBeGreaterThan(0);
    expect(kept).toBeLessThan(18);
    expect(notesFit(state.notes)).toBe(true);
    expect(serializeViewState({ ...DEFAULT_VIEW, notes: state.notes }).length).toBeLessThan(1510);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toContain(`${String(18 - kept)} left out`);
  });

  it('keeps at most 20 notes', () => {
    const many = Array.from({ length: 25 }, (_, index) => note(String(index)));
    const { state, notices } = parseViewState(`?notes=${notesCodec.write(many)}`);
    expect(state.notes).toEqual(many.slice(0, 20));
    expect(notices[0]).toContain('5 left out');
  });

  it('reads back any notes it wrote, through the whole link, with no notice', () => {
    fc.assert(
      fc.property(fc.array(annotationArb, { maxLength: 6 }), (notes) => {
        fc.pre(notesFit(notes));
        const { state, notices } = throughLink(notes);
        expect(notices).toEqual([]);
        expect(state.notes).toEqual(notes);
      }),
      { numRuns: RUNS },
    );
  });

  it('never throws on any text, and keeps only notes that fit', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        const parsed = notesCodec.parse(`1,${text}`);
        if (parsed.ok) expect(notesFit(parsed.value)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('the README’s notes= examples', () => {
  it('each read as annotations, with no notice', () => {
    const readme = readFileSync(resolve(import.meta.dirname, '../../README.md'), 'utf8');
    const examples = [...readme.matchAll(/`\?(notes=[^`]+)`/g)].map((match) => match[1] ?? '');
    expect(examples.length).toBeGreaterThan(1);
    for (const example of examples) {
      const { state, notices } = parseViewState(`?${example}`);
      expect(notices, example).toEqual([]);
      expect(state.notes.length, example).toBeGreaterThan(0);
    }
  });
});
