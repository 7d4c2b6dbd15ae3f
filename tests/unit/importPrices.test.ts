import { describe, expect, it } from 'vitest';
import { parsePricesCsv, writePricesCsv, type LoadedPrices } from '../../src/import/pricesCsv';
import { decodeText, MAX_FILE_BYTES, sizeProblem } from '../../src/import/textFile';
import type { ImportResult } from '../../src/import/problems';
import * as fixtures from '../support/fixtures';

const accepted = (result: ImportResult<LoadedPrices>) => {
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result;
};
const refused = (result: ImportResult<LoadedPrices>) => {
  if (result.ok) throw new Error('expected the file to be refused');
  return result.problems;
};

// NVDA's real bars around the shock, as each source writes them.
const nvda = fixtures
  .bars('NVDA')
  .filter((bar) => bar.date >= '2025-01-22' && bar.date <= '2025-01-29');

describe('daily price files', () => {
  it('reads the Yahoo Finance form', () => {
    const text = [
      'Date,Open,High,Low,Close,Adj Close,Volume',
      ...nvda.map((b) => [b.date, b.open, b.high, b.low, b.close, b.adjClose, b.volume].join(',')),
    ].join('\n');
    const result = accepted(parsePricesCsv(text, 'NVDA.csv', 'NVDA'));
    expect(result.value.form).toBe('yahoo');
    expect(result.value.prices.bars).toEqual(nvda);
    expect(result.dropped).toEqual([]);
  });

  it('reads the Nasdaq form: dollar signs, US dates, newest first', () => {
    const text = [
      'Date,Close/Last,Volume,Open,High,Low',
      ...[...nvda]
        .reverse()
        .map((b) =>
          [
            `${b.date.slice(5, 7)}/${b.date.slice(8)}/${b.date.slice(0, 4)}`,
            `$${b.close}`,
            b.volume,
            `$${b.open}`,
            `$${b.high}`,
            `$${b.low}`,
          ].join(','),
        ),
    ].join('\r\n');
    const result = accepted(parsePricesCsv(text, 'HistoricalData.csv', 'NVDA'));
    expect(result.value.form).toBe('nasdaq');
    expect(result.value.prices.bars).toEqual(nvda.map((bar) => ({ ...bar, adjClose: null })));
    expect(result.notes).toEqual([]);
    const monday = result.value.prices.bars.find((bar) => bar.date === '2025-01-27');
    expect(monday?.close).toBe(118.42);
  });

  it('reads the Stooq form, and a semicolon file with decimal commas and a byte-order mark', () => {
    const stooq = accepted(
      parsePricesCsv(
        'Date,Open,High,Low,Close,Volume\n2025-01-24,148.37,148.97,141.88,142.62,234657600\n2025-01-27,124.8,128.4,116.7,118.42,818830900\n',
        'nvda_us_d.csv',
        'NVDA',
      ),
    );
    expect(stooq.value.form).toBe('stooq');
    const decoded = decodeText(
      'nvda.csv',
      new TextEncoder().encode(
        '\uFEFFDate;Open;High;Low;Close;Volume\r\n24.01.2025;148,37;148,97;141,88;142,62;234.657.600\r\n27.01.2025;124,8;128,4;116,7;118,42;818.830.900\r\n',
      ),
    );
    if (!('text' in decoded)) throw new Error(decoded.reason);
    const european = accepted(parsePricesCsv(decoded.text, 'nvda.csv', 'NVDA'));
    expect(european.value.prices.bars).toEqual(stooq.value.prices.bars);
  });

  it('reads tab-separated text with thousands separators', () => {
    const result = accepted(
      parsePricesCsv(
        'Date\tOpen\tHigh\tLow\tClose\tAdj Close\tVolume\n2025-01-24\t148.37\t148.97\t141.88\t142.62\t142.58\t234,657,600\n2025-01-27\t124.80\t128.40\t116.70\t118.42\t118.38\t818,830,900\n',
        'x.tsv',
        'NVDA',
      ),
    );
    expect(result.value.prices.bars.map((bar) => bar.volume)).toEqual([234657600, 818830900]);
  });

  it('sorts unsorted rows, drops a repeated date and names every dropped row', () => {
    const text = [
      'Date,Open,High,Low,Close,Adj Close,Volume',
      '2025-01-27,124.8,128.4,116.7,118.42,118.38,818830900',
      '2025-01-24,148.37,148.97,141.88,142.62,142.58,234657600',
      '2025-01-28,121.81,129,116.25,128.99,128.95,579666400',
      '2025-01-27,124.8,128.4,116.7,118.5,118.38,818830900',
      '2025-01-29,126.5,126.89,120.05,123.7,123.66,467120600',
      '2025-01-30,=HYPERLINK("x"),125,118.1,124.65,124.61,392925500',
    ].join('\n');
    const result = accepted(parsePricesCsv(text, 'mixed.csv', 'NVDA'));
    expect(result.value.prices.bars.map((bar) => bar.date)).toEqual([
      '2025-01-24',
      '2025-01-27',
      '2025-01-28',
      '2025-01-29',
    ]);
    expect(result.value.prices.bars[1]?.close).toBe(118.42);
    expect(result.notes).toEqual(['The rows were not in date order: they are sorted.']);
    expect(result.dropped).toEqual([
      {
        file: 'mixed.csv',
        row: 5,
        column: 'Date',
        reason: '2025-01-27 was given before, at row 2, with other values: the first is kept',
      },
      { file: 'mixed.csv', row: 7, column: 'Open', reason: 'not a number: "=HYPERLINK(\\"x\\")"' },
    ]);
  });

  it('refuses a file without its columns, naming them and the form', () => {
    const problems = refused(parsePricesCsv('Date,Open,Close\n2025-01-24,1,2\n', 'p.csv', 'X'));
    expect(problems[0]?.reason).toMatch(/^missing columns High, Low /);
    expect(problems[0]?.row).toBe(1);
    const unknown = refused(parsePricesCsv('hello,world\n1,2\n', 'p.csv', 'X'));
    expect(unknown[0]?.reason).toMatch(/not a header of a known form; expected Yahoo Finance/);
  });

  it('refuses a file that is mostly wrong, and one with a weekend row it names', () => {
    const problems = refused(
      parsePricesCsv(
        'Date,Open,High,Low,Close,Volume\n2025-01-25,1,2,1,2,3\n2025-01-26,1,2,1,2,3\n2025-01-27,1,2,1,2,3\n',
        'w.csv',
        'X',
      ),
    );
    expect(problems.map((item) => item.row)).toEqual([2, 3, null]);
    expect(problems[0]?.reason).toBe('2025-01-25 is a weekend: no session');
  });

  it('says a file is too large from its size, and that binary bytes are not text', () => {
    expect(sizeProblem('big.csv', 50 * 1024 * 1024)?.reason).toMatch(
      /^the file is 50\.0 MB; the limit is 10\.0 MB/,
    );
    expect(sizeProblem('ok.csv', MAX_FILE_BYTES)).toBeNull();
    const junk = decodeText(
      'x.csv',
      Uint8Array.from({ length: 400 }, (_, i) => (i * 37) % 256),
    );
    expect('reason' in junk && junk.reason).toMatch(/not text/);
    const xlsx = decodeText('x.xlsx', Uint8Array.from([0x50, 0x4b, 3, 4, 0, 0]));
    expect('reason' in xlsx && xlsx.reason).toMatch(/Excel workbook/);
  });

  it('writes each form back as its source does', () => {
    const yahoo = accepted(parsePricesCsv(writePricesCsv('yahoo', nvda), 'a', 'NVDA'));
    expect(yahoo.value.prices.bars).toEqual(nvda);
    expect(writePricesCsv('nasdaq', nvda.slice(-1))).toBe(
      `Date,Close/Last,Volume,Open,High,Low\n01/29/2025,$${nvda.at(-1)?.close},${nvda.at(-1)?.volume},$${nvda.at(-1)?.open},$${nvda.at(-1)?.high},$${nvda.at(-1)?.low}\n`,
    );
  });
});
