import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chartSelector } from '../support/selectors';
import { withBuiltApp } from './builtApp';

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

const built = withBuiltApp();

let context: BrowserContext;
let page: Page;

beforeEach(async () => {
  context = await built.browser.newContext({ viewport: { width: 1280, height: 1000 } });
  page = await context.newPage();
});

afterEach(async () => {
  await context.close();
});

/** The WCAG 2.1 A and AA violations axe finds, as "rule: target" lines a failure can show. */
async function violations(): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
  return results.violations.flatMap((violation) =>
    violation.nodes.map(
      (node) => `${violation.id}: ${node.target.join(' ')} (${node.failureSummary ?? ''})`,
    ),
  );
}

async function open(search: string, ready = chartSelector.line('price-line')) {
  await page.goto(`${built.url}${search}`);
  await page.locator(ready).first().waitFor({ timeout: 15_000 });
  await page.waitForTimeout(200);
}

describe('accessibility (axe-core, WCAG 2.1 A and AA), in Chromium', () => {
  it('the dashboard', async () => {
    await open('');
    expect(await violations()).toEqual([]);
  });

  it('the dashboard in the dark theme, with the reader’s notes and their editor', async () => {
    // A note pinned at a price and a range: their labels, ring, band and "Your notes" items.
    await open(
      '?theme=dark&notes=1,n,2025-01-27,118.42,Our+article,r,2025-01-13,2025-01-17,Window',
    );
    await page.locator('[data-note-pin="note-1"]').waitFor();
    expect(await violations()).toEqual([]);
  });

  it('the dashboard with an event card open', async () => {
    await open('');
    await page.locator('[data-event-label="musk-obviously-reply"]').focus();
    await page.keyboard.press('Enter');
    await page.locator('.event-card').waitFor();
    expect(await violations()).toEqual([]);
  });

  it('the data table and description, open', async () => {
    await open('?metric=abnormal', chartSelector.anySurface);
    await page.locator('.chart-data summary').click();
    await page.locator('.chart-data table').waitFor();
    expect(await violations()).toEqual([]);
  });

  it('the share dialog', async () => {
    await open('');
    await page.getByRole('button', { name: 'Share, embed, export' }).click();
    await page.locator('.share-dialog').waitFor();
    expect(await violations()).toEqual([]);
  });

  it('the embed, light and dark, with the toggles', async () => {
    await page.setViewportSize({ width: 800, height: 500 });
    await open('?embed=1&controls=toggles');
    expect(await violations()).toEqual([]);
    await open('?embed=1&theme=dark');
    expect(await violations()).toEqual([]);
  });

  it('the error state', async () => {
    await open('?scenario=unknown-symbol', '.error-state');
    expect(await violations()).toEqual([]);
  });

  it('the analytic modes', async () => {
    await open('?metric=abnormal', chartSelector.anySurface);
    expect(await violations()).toEqual([]);
    await open('?metric=rebased&theme=dark', chartSelector.anySurface);
    expect(await violations()).toEqual([]);
  });

  it('keyboard: arrows announce each session, N and P open the events in order, Escape closes', async () => {
    await open('?from=2025-01-21&to=2025-01-31');
    const live = page.locator('.price-chart [role=status]');
    await page.locator(chartSelector.surface('price')).focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => live.textContent()).toMatch(/^Wed 22 Jan 2025: close \$\d+\.\d\d/);
    // Walk to Monday 27 January: the record drop is announced with its figures.
    for (let step = 0; step < 3; step++) await page.keyboard.press('ArrowRight');
    await expect
      .poll(() => live.textContent())
      .toBe('Mon 27 Jan 2025: close $118.42, -16.97% on the day; market value $2.90T.');

    await page.keyboard.press('n');
    const title = page.locator('.event-card__title');
    const first = await title.first().textContent();
    expect(first).toBeTruthy();
    await page.keyboard.press('n');
    await expect.poll(() => title.first().textContent()).not.toBe(first);
    await page.keyboard.press('p');
    await expect.poll(() => title.first().textContent()).toBe(first);
    // The card has focus, so a screen reader reads it; Escape gives focus back to the chart.
    expect(await page.evaluate(() => document.activeElement?.closest('.event-card') !== null)).toBe(
      true,
    );
    await page.keyboard.press('Escape');
    expect(await page.locator('.event-card').count()).toBe(0);
    expect(
      await page.evaluate(() => document.activeElement?.closest('.price-chart') !== null),
    ).toBe(true);
  });
});
