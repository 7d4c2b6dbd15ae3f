import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pricesResponseSchema } from '../../src/api/schemas';
import { parseEventsFile } from '../../src/import/eventsFile';
import { parsePricesCsv, writePricesCsv, type PriceForm } from '../../src/import/pricesCsv';
import { decodeText } from '../../src/import/textFile';
import { addDays, weekdayOf } from '../../src/domain/tradingDate';
import type { PriceBar } from '../../src/domain/types';

/**
 * Generated price files, clean and damaged, in the three forms: reading never throws, and what it
 * accepts is exact (written back in the same form, it reads back to the same bars). At least 2,000
 * files per property by default; FUZZ_RUNS lowers it where the suite runs once per time zone.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 2000);

const FORMS: readonly PriceForm[] = ['yahoo', 'nasdaq', 'stooq'];

/** A price the way files write them: cents, sometimes four decimals, from pennies to thousands. */
const price = fc
  .tuple(fc.integer({ min: 1, max: 5_000_000 }), fc.constantFrom(100, 10_000))
  .map(([units, scale]) => units / scale);

const bar = fc
  .record({
    open: price,
    close: price,
    adjClose: fc.option(price, { nil: null }),
    volume: fc.option(fc.integer({ min: 0, max: 5_000_000_000 }), { nil: null }),
    spread: fc.nat({ max: 500 }).map((cents) => cents / 100),
  })
  .map(({ open, close, adjClose, volume, spread }) => ({
    open,
    close,
    high: Number((Math.max(open, close) + spread).toFixed(4)),
    low: Math.min(open, close),
    adjClose,
    volume,
  }));

/** Weekday bars from a start date, ascending, each a few days after the one before. */
const series = fc
  .tuple(
    fc.integer({ min: 0, max: 40_000 }),
    fc.array(fc.tuple(fc.integer({ min: 1, max: 4 }), bar), { minLength: 2, maxLength: 16 }),
  )
  .map(([start, steps]) => {
    let date = addDays('1950-01-02', start);
    const bars: PriceBar[] = [];
    for (const [gap, values] of steps) {
      date = addDays(date, gap);
      while ([0, 6].includes(weekdayOf(date))) date = addDays(date, 1);
      bars.push({ date, ...values });
    }
    return bars;
  });

/** What a form keeps of a bar: Nasdaq has no adjusted close, Stooq none either. */
const asKept = (form: PriceForm, bars: PriceBar[]) =>
  bars.map((item) => (form === 'yahoo' ? item : { ...item, adjClose: null }));

/** Changes real downloads show that lose nothing: the same bars must come out. */
const harmless: ((text: string) => string)[] = [
  (text) => text,
  (text) => `\uFEFF${text}`,
  (text) => text.replace(/\n/g, '\r\n'),
  // A European spreadsheet's export: semicolons, decimal commas.
  (text) => text.replace(/,/g, ';').replace(/(\d)\.(\d)/g, '$1,$2'),
  (text) => text.replace(/,/g, '\t'),
  (text) => {
    const [header = '', ...lines] = text.trim().split('\n');
    return [header, ...lines.reverse()].join('\n');
  },
];

/** Damage: a repeated row, a formula, a cut, a renamed column, a NUL byte. */
const harmful: ((text: string) => string)[] = [
  (text) => {
    const lines = text.trim().split('\n');
    return [...lines, lines[1] ?? ''].join('\n');
  },
  (text) => text.replace(/\n(\d)/, '\n=$1'),
  (text) => text.slice(0, Math.floor(text.length / 2)),
  (text) => text.replace('Date', 'Datum'),
  (text) => text.replace(/\d/, '\u0000'),
];

const junk = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({
    unit: fc.constantFrom(...'Date,Open;High\tLow\r\nClose$"0123456789.,-/ '.split('')),
    maxLength: 400,
  }),
);

/** Accepted bars must be contract bars, ascending, one per date, and read back the same. */
function expectExact(form: PriceForm, bars: readonly PriceBar[]) {
  expect(
    pricesResponseSchema.safeParse({ symbol: 'X', currency: 'USD', timezone: 'Z', bars }).success,
  ).toBe(true);
  for (let index = 1; index < bars.length; index++) {
    expect((bars[index - 1]?.date ?? '') < (bars[index]?.date ?? '')).toBe(true);
  }
  const again = parsePricesCsv(writePricesCsv(form, bars), 'again.csv', 'X');
  expect(again.ok && again.value.prices.bars).toEqual(asKept(form, [...bars]));
}

describe('reading generated price files', () => {
  it('reads clean and harmlessly changed files exactly, never throws on damage or junk, and what it accepts round-trips', () => {
    const file = fc.oneof(
      fc
        .tuple(
          series,
          fc.constantFrom(...FORMS),
          fc.nat({ max: harmless.length + harmful.length - 1 }),
        )
        .map(([bars, form, change]) => {
          const hurt = harmless[change] ?? harmful[change - harmless.length] ?? String;
          return {
            bars,
            form,
            lossless: change < harmless.length,
            text: hurt(writePricesCsv(form, bars)),
          };
        }),
      fc
        .tuple(junk, fc.constantFrom(...FORMS))
        .map(([text, form]) => ({ bars: [], form, lossless: false, text })),
    );
    fc.assert(
      fc.property(file, ({ bars, form, lossless, text }) => {
        const result = parsePricesCsv(text, 'f.csv', 'X');
        if (lossless) {
          expect(result.ok && result.value.form).toBe(form);
          expect(result.ok && result.value.prices.bars).toEqual(asKept(form, bars));
          expect(result.ok && result.dropped).toEqual([]);
        }
        if (!result.ok) {
          expect(result.problems.length).toBeGreaterThan(0);
          for (const item of result.problems) expect(item.reason).not.toBe('');
          return;
        }
        expectExact(result.value.form, result.value.prices.bars);
      }),
      { numRuns: RUNS },
    );
  });

  it('says a binary file is not text, whatever its bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 64, maxLength: 400 }), (bytes) => {
        const decoded = decodeText('f.bin', bytes);
        if ('text' in decoded) expect(parsePricesCsv(decoded.text, 'f.bin', 'X').ok).toBe(false);
      }),
      { numRuns: Math.ceil(RUNS / 4) },
    );
  });

  it('never throws on events files, JSON or CSV, and keeps only web links', () => {
    const cell = fc.oneof(
      fc.string({ maxLength: 20 }),
      fc.constantFrom(
        '2025-01-27',
        '01/24/2025',
        'news',
        'social',
        '=1+2',
        '<b>x</b>',
        'javascript:alert(1)',
        'https://example.com',
        '09:30',
        'Europe/London',
      ),
    );
    const csv = fc
      .array(fc.array(cell, { minLength: 1, maxLength: 6 }), { maxLength: 8 })
      .map((rows) =>
        ['date,title,kind,url,time,zone', ...rows.map((row) => row.join(','))].join('\n'),
      );
    fc.assert(
      fc.property(fc.oneof(csv, fc.json(), fc.string({ maxLength: 200 })), (text) => {
        const result = parseEventsFile(text, 'e');
        if (!result.ok) return;
        for (const event of result.value) {
          for (const source of event.sources) {
            expect(source.url === null || /^https?:/i.test(source.url)).toBe(true);
          }
        }
      }),
      { numRuns: Math.ceil(RUNS / 4) },
    );
  });
});
