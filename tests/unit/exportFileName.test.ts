import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportFileName } from '../../src/export/fileName';

/** What every name must look like: safe characters only, one dot, a known extension. */
const SAFE_NAME = /^[a-z0-9_-]+\.(png|svg|csv)$/;

const shown = { symbol: 'NVDA', what: 'price', from: '2025-01-02', to: '2025-02-28' };

describe('export file names', () => {
  it('says what the file holds: symbol, metric and the dates shown', () => {
    expect(exportFileName(shown, 'png')).toBe('nvda-price-2025-01-02_2025-02-28.png');
    expect(exportFileName(shown, 'svg')).toBe('nvda-price-2025-01-02_2025-02-28.svg');
    expect(exportFileName(shown, 'csv')).toBe('nvda-price-2025-01-02_2025-02-28.csv');
    expect(exportFileName({ ...shown, what: 'abnormal' }, 'png')).toBe(
      'nvda-abnormal-2025-01-02_2025-02-28.png',
    );
  });

  it('appends a suffix after the dates, cleaned like the rest', () => {
    expect(exportFileName(shown, 'csv', 'data')).toBe('nvda-price-2025-01-02_2025-02-28-data.csv');
    expect(exportFileName(shown, 'csv', 'events')).toBe(
      'nvda-price-2025-01-02_2025-02-28-events.csv',
    );
    expect(exportFileName(shown, 'png', '2x')).toBe('nvda-price-2025-01-02_2025-02-28-2x.png');
    expect(exportFileName(shown, 'png', '1800x1000')).toBe(
      'nvda-price-2025-01-02_2025-02-28-1800x1000.png',
    );
    expect(exportFileName(shown, 'png', 'Print Size!')).toBe(
      'nvda-price-2025-01-02_2025-02-28-print-size.png',
    );
  });

  it('adds nothing for an empty suffix or one with no safe character', () => {
    expect(exportFileName(shown, 'png', '')).toBe('nvda-price-2025-01-02_2025-02-28.png');
    expect(exportFileName(shown, 'png', '../')).toBe('nvda-price-2025-01-02_2025-02-28.png');
    expect(exportFileName(shown, 'png', '😀')).toBe('nvda-price-2025-01-02_2025-02-28.png');
  });

  it('lower-cases and turns every run of other characters into one hyphen, none at the ends', () => {
    expect(
      exportFileName(
        { symbol: ' BRK.B ', what: 'Market  Value', from: '2025/01/02', to: '2025 02 28' },
        'csv',
      ),
    ).toBe('brk-b-market-value-2025-01-02_2025-02-28.csv');
    expect(exportFileName({ ...shown, what: '--price--' }, 'png')).toBe(
      'nvda-price-2025-01-02_2025-02-28.png',
    );
  });

  it('takes the path out of a path-traversal attempt', () => {
    const name = exportFileName(
      { symbol: '../../etc/passwd', what: 'a/b\\c', from: '..', to: '%2e%2e%2f' },
      'csv',
    );
    expect(name).toBe('etc-passwd-a-b-c-_2e-2e-2f.csv');
    expect(name).not.toContain('/');
    expect(name).not.toContain('\\');
    expect(name).not.toContain('..');
  });

  it('never returns an empty name: "chart" stands in when nothing survives', () => {
    expect(exportFileName({ symbol: '', what: '', from: '', to: '' }, 'png')).toBe('chart.png');
    expect(exportFileName({ symbol: '../', what: '😀', from: '\0', to: '...' }, 'svg')).toBe(
      'chart.svg',
    );
  });

  it('keeps the dates pair readable when one end is missing', () => {
    expect(exportFileName({ ...shown, from: '' }, 'png')).toBe('nvda-price-_2025-02-28.png');
    expect(exportFileName({ ...shown, to: '' }, 'png')).toBe('nvda-price-2025-01-02_.png');
    expect(exportFileName({ ...shown, from: '', to: '' }, 'png')).toBe('nvda-price.png');
  });

  it('caps each part at 40 characters', () => {
    const long = 'x'.repeat(100);
    expect(exportFileName({ ...shown, what: long }, 'png')).toBe(
      `nvda-${'x'.repeat(40)}-2025-01-02_2025-02-28.png`,
    );
  });

  it('is safe on every system for any input, unicode and control characters included', () => {
    const hostile = fc.constantFrom(
      '../../etc/passwd',
      '..\\..\\windows\\system32',
      'CON',
      'a/b\\c',
      '😀🚀',
      '\0',
      'nul\0byte',
      '.',
      '..',
      '...',
      ' ',
      '',
      'İstanbul',
      'ß',
      '\u212a', // Kelvin sign: lower-cases to a plain k
      'file.png',
      'a:b*c?d"e<f>g|h',
      '\u202e', // right-to-left override
    );
    const part = fc.oneof(
      hostile,
      fc.string(),
      fc.string({ unit: 'grapheme' }),
      fc.string({ unit: 'binary' }),
      fc.string({ unit: fc.constantFrom('.', '/', '\\', '-', '_', ' ', 'A', 'z', '0', '\0') }),
    );
    fc.assert(
      fc.property(
        fc.record({ symbol: part, what: part, from: part, to: part }),
        fc.constantFrom('png' as const, 'svg' as const, 'csv' as const),
        fc.oneof(fc.constant(''), part),
        (parts, extension, suffix) => {
          const name = exportFileName(parts, extension, suffix);
          expect(name).toMatch(SAFE_NAME);
          expect(name).not.toContain('..');
          expect(name.endsWith(`.${extension}`)).toBe(true);
          const stem = name.slice(0, -(extension.length + 1));
          expect(stem.length).toBeGreaterThan(0);
          expect(stem).not.toMatch(/^[-_]+$/);
          // Four parts of at most 40 characters, three hyphens and the "_" between the dates.
          expect(stem.length).toBeLessThanOrEqual(4 * 40 + 4);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('keeps a name made of safe lower-case words unchanged, in order', () => {
    const word = fc.stringMatching(/^[a-z0-9]{1,12}$/);
    fc.assert(
      fc.property(word, word, word, word, word, (symbol, what, from, to, suffix) => {
        expect(exportFileName({ symbol, what, from, to }, 'csv', suffix)).toBe(
          `${symbol}-${what}-${from}_${to}-${suffix}.csv`,
        );
      }),
      { numRuns: 300 },
    );
  });

  it('never leaves a hyphen at the end of a part cut to length', () => {
    const name = exportFileName(
      { symbol: `${'a'.repeat(39)} b`, what: 'price', from: '2025-01-02', to: '2025-02-28' },
      'png',
    );
    expect(name).toBe(`${'a'.repeat(39)}-price-2025-01-02_2025-02-28.png`);
  });
});
