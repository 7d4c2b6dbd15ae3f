import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatMoneyCompact, formatShares } from '../../src/domain/numberFormat';
import { formatTradingDate } from '../../src/domain/tradingDate';
import { bars, nvdaSharePoints } from '../support/fixtures';
import { chartSelector } from '../support/selectors';
import { ARTIFACTS, withBuiltApp } from './builtApp';
import { chromiumReaderPage } from './engines/chromium';
import { keepSavedFiles, savedFiles } from './engines/downloads';

// A reader's own files, in Chromium: prices of another symbol in the forms people download, and
// a hostile events file. The files are made here from the bundled data (mocks/fixtures).

const built = withBuiltApp();
const PRICE_LINE = chartSelector.line('price-line');
let page: Page;
let errors: string[];

beforeEach(async () => {
  page = await built.browser.newPage({ viewport: { width: 1280, height: 1000 } });
  errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
});
afterEach(async () => {
  await page.close();
});

async function load(role: string, name: string, text: string, symbol = '') {
  await page.getByRole('radio', { name: role }).check();
  if (symbol) await page.getByRole('textbox', { name: 'Symbol' }).fill(symbol);
  await page.getByTestId('your-data-file').setInputFiles({
    name,
    mimeType: name.endsWith('.json') ? 'application/json' : 'text/csv',
    buffer: Buffer.from(text),
  });
}

/** The closes of 24 and 27 Jan 2025, from the bundled data. */
const closes = (symbol: string): [number, number] => {
  const series = bars(symbol);
  const at = series.findIndex((bar) => bar.date === '2025-01-27');
  return [series[at - 1]?.close ?? NaN, series[at]?.close ?? NaN];
};
const usd = (value: number) => `$${value.toFixed(2)}`;

describe('your own data (Chromium)', () => {
  it('charts a Yahoo Finance file of another symbol, with its event study', async () => {
    await page.goto(built.url);
    await page.locator(PRICE_LINE).waitFor({ timeout: 15_000 });
    const yahoo = [
      'Date,Open,High,Low,Close,Adj Close,Volume',
      ...bars('AVGO').map((b) =>
        [b.date, b.open, b.high, b.low, b.close, b.adjClose ?? 'null', b.volume ?? 'null'].join(
          ',',
        ),
      ),
    ].join('\n');
    await load('Prices of the subject', 'AVGO.csv', yahoo);
    await page.getByRole('heading', { level: 1, name: /^AVGO: your prices around/ }).waitFor();
    await page.locator(PRICE_LINE).waitFor();
    const [before, shock] = closes('AVGO');
    const headline = await page.getByRole('region', { name: 'Headline figures' }).textContent();
    expect(headline).toContain(`${usd(before)} → ${usd(shock)}`);
    expect(headline).toContain('share count unknown');
    const report = await page.locator('.your-data__report').textContent();
    expect(report).toContain(
      `Loaded AVGO from AVGO.csv (Yahoo Finance form): ${bars('AVGO').length} sessions`,
    );
    // The market value panel says why it is absent, and the study runs against QQQ.
    await page.getByText('No share count is known for AVGO').first().waitFor();
    await page.locator('[data-table="windows"]').waitFor({ timeout: 15_000 });
    const study = await page.locator('.event-study').textContent();
    expect(study).toMatch(/-\d+\.\d+%/);
    expect(study).not.toContain('No event study');
    writeFileSync(
      resolve(ARTIFACTS, 'your-data-yahoo.png'),
      await page.screenshot({ fullPage: true }),
    );
    expect(errors).toEqual([]);
  });

  it('takes the share count a reader enters for a loaded subject', async () => {
    await page.goto(built.url);
    await page.locator(PRICE_LINE).waitFor({ timeout: 15_000 });
    const yahoo = [
      'Date,Open,High,Low,Close,Adj Close,Volume',
      ...bars('NVDA').map((b) =>
        [b.date, b.open, b.high, b.low, b.close, b.adjClose, b.volume].join(','),
      ),
    ].join('\n');
    await load('Prices of the subject', 'NVDA.csv', yahoo);
    await page.getByRole('heading', { level: 1, name: /^NVDA: your prices around/ }).waitFor();
    const figure = page.locator('[data-figure="market-value"] .figure__value');
    await expect.poll(() => figure.textContent()).toBe('share count unknown');
    // NVIDIA's count in force over 24-27 Jan 2025 (its 10-Q), as the bundled data has it.
    const count = nvdaSharePoints()
      .filter((point) => point.asOf <= '2025-01-24')
      .at(-1);
    if (!count) throw new Error('no share count before the shock');
    await page
      .getByRole('textbox', { name: /^Shares outstanding of NVDA/ })
      .fill(String(count.shares));
    await page.getByLabel('as of').fill(count.asOf);
    await page.getByRole('button', { name: 'Use this share count' }).click();
    const [before, shock] = closes('NVDA');
    await expect
      .poll(() => figure.textContent(), { timeout: 10_000 })
      .toBe(formatMoneyCompact((shock - before) * count.shares));
    expect(await page.locator('.your-data').textContent()).toContain(
      `uses ${formatShares(count.shares)} shares as of ${formatTradingDate(count.asOf)}, entered by the reader`,
    );
    await page
      .locator('.your-data')
      .screenshot({ path: resolve(ARTIFACTS, 'your-data-shares.png') });
    expect(errors).toEqual([]);
  });

  it('reads a Nasdaq file dropped on the page: dollar signs, US dates, newest first', async () => {
    await page.goto(built.url);
    await page.locator(PRICE_LINE).waitFor({ timeout: 15_000 });
    const us = (date: string) => `${date.slice(5, 7)}/${date.slice(8)}/${date.slice(0, 4)}`;
    const nasdaq = [
      'Date,Close/Last,Volume,Open,High,Low',
      ...bars('TSM')
        .reverse()
        .map((b) =>
          [us(b.date), `$${b.close}`, b.volume, `$${b.open}`, `$${b.high}`, `$${b.low}`].join(','),
        ),
    ].join('\r\n');
    // Dropped on the page, as a reader drags it from their downloads.
    await page.getByRole('radio', { name: 'Prices of the subject' }).check();
    await page.getByRole('textbox', { name: 'Symbol' }).fill('TSM');
    await page.evaluate((text) => {
      const files = new DataTransfer();
      files.items.add(new File([text], 'HistoricalData_1738.csv', { type: 'text/csv' }));
      document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: files, bubbles: true }));
    }, nasdaq);
    await page.getByRole('heading', { level: 1, name: /^TSM: your prices around/ }).waitFor();
    const [before, shock] = closes('TSM');
    const headline = await page.getByRole('region', { name: 'Headline figures' }).textContent();
    expect(headline).toContain(`${usd(before)} → ${usd(shock)}`);
    expect(await page.locator('.your-data__report').textContent()).toContain('(Nasdaq form)');
    expect(errors).toEqual([]);
  });

  it('shows a hostile events file as text and guards its CSV cells', async () => {
    await page.goto(built.url);
    await page.locator(PRICE_LINE).waitFor({ timeout: 15_000 });
    const hostile = [
      'date,title,kind,url',
      '2025-01-27,"<img src=x onerror=""window.pwned=1"">",news,https://example.com/a',
      '2025-01-28,"=HYPERLINK(""https://evil.example"",""x"")",social,',
      '2025-01-29,Bad link,news,javascript:alert(1)',
    ].join('\n');
    await load('Events', 'mine.csv', hostile);
    await page.getByText('Loaded 2 events from mine.csv').waitFor();
    expect(await page.locator('.your-data__problems').textContent()).toContain(
      'mine.csv, row 4, column url: not an http(s) link: "javascript:alert(1)"',
    );
    // The title is listed as the text it is, among the story's events.
    await page.locator('.side-column').getByText('<img src=x onerror="window.pwned=1">').waitFor();
    expect(await page.evaluate(() => 'pwned' in window)).toBe(false);
    expect(await page.locator('img[src=x]').count()).toBe(0);

    await keepSavedFiles(chromiumReaderPage(page));
    await page.getByRole('button', { name: 'Share, embed, export' }).click();
    await page.getByRole('button', { name: /^CSV of the events/ }).click();
    await expect.poll(async () => (await savedFiles(chromiumReaderPage(page))).length).toBe(1);
    const [csv] = await savedFiles(chromiumReaderPage(page));
    const text = Buffer.from(csv?.base64 ?? '', 'base64').toString('utf8');
    expect(text).toContain(`"'=HYPERLINK(""https://evil.example"",""x"")"`);
    expect(text).toContain('<img src=x onerror=""window.pwned=1"">');
    expect(text).not.toMatch(/(^|,)=/m);
    await page.keyboard.press('Escape');
    await page
      .locator('.your-data')
      .screenshot({ path: resolve(ARTIFACTS, 'your-data-panel.png') });
    expect(errors).toEqual([]);
  });

  it('loads prices= and benchmarkPrices= from https addresses that allow it (CORS)', async () => {
    const stooq = (symbol: string) =>
      [
        'Date,Open,High,Low,Close,Volume',
        ...bars(symbol).map((b) =>
          [b.date, b.open, b.high, b.low, b.close, b.volume ?? ''].join(','),
        ),
      ].join('\n');
    await page.route('https://data.example/**', (route) =>
      route.fulfill({
        status: 200,
        headers: { 'Access-Control-Allow-Origin': '*', 'Content-Type': 'text/csv' },
        body: stooq(route.request().url().endsWith('/AVGO.csv') ? 'AVGO' : 'SOXX'),
      }),
    );
    await page.goto(
      `${built.url}?prices=https://data.example/AVGO.csv&benchmarkPrices=https://data.example/MYIDX.csv`,
    );
    await page.getByRole('heading', { level: 1, name: /^AVGO: your prices around/ }).waitFor();
    await page.locator(PRICE_LINE).waitFor({ timeout: 15_000 });
    const benchmark = page.getByRole('combobox', { name: 'Benchmark' });
    await expect.poll(() => benchmark.inputValue(), { timeout: 15_000 }).toBe('MYIDX');
    await page.locator('[data-table="windows"]').waitFor({ timeout: 15_000 });
    expect(await page.locator('.event-study').textContent()).toContain('R(MYIDX)');
    expect(errors).toEqual([]);
  });

  it('names an https address it cannot read, and keeps the story', async () => {
    const address = 'https://127.0.0.1:9/AVGO.csv';
    await page.goto(`${built.url}?prices=${encodeURIComponent(address)}`);
    await page.locator(PRICE_LINE).waitFor({ timeout: 15_000 });
    await page.getByText(`${address} was not loaded; the page keeps its data.`).first().waitFor();
    const heading = await page.getByRole('heading', { level: 1 }).textContent();
    expect(heading).toBe('NVIDIA and the DeepSeek shock');
  });
});
