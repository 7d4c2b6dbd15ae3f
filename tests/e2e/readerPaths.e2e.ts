import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { writeSteps } from '../../src/app/url/stepsCodec';
import { formatUsd } from '../../src/domain/numberFormat';
import type { StoryStep } from '../../src/story/steps';
import { DEFAULT_STORY } from '../../src/story/story';
import { DEFAULT_STEPS } from '../../src/story/deepseekSteps';
import { bars } from '../support/fixtures';
import { chartSelector } from '../support/selectors';
import { ARTIFACTS, serveBuild } from './builtApp';
import { enginesToRun, launchEngine } from './engines';
import { keepSavedFiles, savedFiles } from './engines/downloads';
import { click, drag, focus, hover, textOf, waitFor } from './engines/reader';
import { sleep, type Engine, type ReaderPage } from './engines/readerPage';
import { serveHostPages } from './hostPage';

// What a reader does, in every engine the reports are read in: Chromium, Firefox and WebKit (the
// engine of Safari), each from Debian's packages, against the production build in dist/.

const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

const PRICE_LINE = chartSelector.line('price-line');
const SESSIONS = bars('NVDA').map((bar) => bar.date);

/** The trading date `steps` sessions before `date`, from the bundled data. */
const sessionsBefore = (date: string, steps: number) =>
  SESSIONS[SESSIONS.indexOf(date) - steps] ?? 'none';

/** The window's two date fields (the study has date fields of its own). */
const WINDOW_FIELDS = '.window-controls input[type=date]';

/** Waits until the window's date fields pass `check`, and gives them. */
async function windowWhen(
  page: ReaderPage,
  what: string,
  check: (from: string, to: string) => boolean,
  timeoutMs = 15_000,
): Promise<{ from: string; to: string }> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const [from = '', to = ''] = await page.evaluate(
      (fields) => [...document.querySelectorAll<HTMLInputElement>(fields)].map((f) => f.value),
      WINDOW_FIELDS,
    );
    if (check(from, to)) return { from, to };
    if (Date.now() > end)
      throw new Error(`${page.engine}: the window never ${what}; it is ${from} to ${to}`);
    await sleep(100);
  }
}

const search = (page: ReaderPage) => page.evaluate(() => location.search);

/**
 * Makes the page's history refuse writes as a browser may: past `past` writes in 10 s (WebKit's
 * rule), or every write for the next `allFor` ms. A refused write throws a SecurityError.
 */
async function refuseHistoryWrites(
  page: ReaderPage,
  rule: { past?: number; allFor?: number },
): Promise<void> {
  await page.evaluate(({ past = Infinity, allFor = 0 }) => {
    const refuseUntil = performance.now() + allFor;
    const writes: number[] = [];
    for (const method of ['replaceState', 'pushState'] as const) {
      const write = history[method].bind(history);
      history[method] = (...args: Parameters<History['replaceState']>) => {
        const now = performance.now();
        while (writes.length > 0 && (writes[0] ?? 0) < now - 10_000) writes.shift();
        if (now < refuseUntil || writes.length >= past)
          throw new DOMException(`history.${method}() refused`, 'SecurityError');
        writes.push(now);
        write(...args);
      };
    }
  }, rule);
}

/** Whether the page's crash boundary replaced it: the check that a refused call did no harm. */
const crashed = async (page: ReaderPage) => (await textOf(page)).includes('failed to draw');

/** The WCAG 2.1 A and AA failures axe finds on the page as it stands. */
async function axeViolations(page: ReaderPage): Promise<string[]> {
  await page.addScript(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            options: unknown,
          ) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    const results = await axe.run({
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return results.violations.flatMap((violation) =>
      violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')}`),
    );
  });
}

const STORY_LINK = `?story=${DEFAULT_STORY.id}`;

/** A reader's own story of two steps, as the editor writes it into the link. */
const YOUR_STEPS: readonly StoryStep[] = [
  {
    title: 'Before the drop',
    caption: '{company} closed at {before.close} on {before.date}.',
    view: { from: '2025-01-13', to: '2025-01-24', mode: 'price' },
  },
  {
    title: 'The drop',
    caption: '{company} closed at {shock.close} on {shock.date}, {shock.change}.',
    view: { from: '2025-01-21', to: '2025-02-04', mode: 'price', chartType: 'candles' },
  },
];

/**
 * Waits for the stepper to show step `n` of however many the story has, and checks that its
 * words are filled and its dot is the current one, named after the title shown.
 */
async function stepShown(page: ReaderPage, n: number) {
  const shown = await waitFor(
    page,
    `step ${String(n)} shown`,
    (n) => {
      const text = (selector: string) => document.querySelector(selector)?.textContent ?? '';
      const dots = [...document.querySelectorAll('.story-stepper__dot')].map((dot) => ({
        name: dot.getAttribute('aria-label') ?? '',
        current: dot.getAttribute('aria-current'),
      }));
      const count = text('.story-stepper__count');
      return count === `Step ${String(n)} of ${String(dots.length)}`
        ? {
            count,
            dots,
            title: text('.story-stepper__title'),
            caption: text('.story-stepper__caption'),
          }
        : null;
    },
    n,
  );
  expect(shown.dots[n - 1]).toEqual({ name: `Step ${String(n)}: ${shown.title}`, current: 'step' });
  expect(shown.dots.filter((dot) => dot.current !== null)).toHaveLength(1);
  expect(shown.caption.length).toBeGreaterThan(20);
  expect(shown.caption).not.toMatch(/[{}]/);
  return shown;
}

/** Waits for the window's date fields to show step `n`'s window (from the story's own steps). */
async function windowAt(page: ReaderPage, n: number) {
  const view = DEFAULT_STEPS[n - 1]?.view;
  if (!view) throw new Error(`the default story has no step ${String(n)}`);
  await windowWhen(
    page,
    `reached step ${String(n)}'s window`,
    (from, to) => from === view.from && to === view.to,
  );
}

describe.each(enginesToRun())('%s: the reader’s paths', (name) => {
  let engine: Engine;
  let app: Awaited<ReturnType<typeof serveBuild>>;
  let host: Awaited<ReturnType<typeof serveHostPages>>;
  let page: ReaderPage;
  const shots = resolve(ARTIFACTS, name);

  beforeAll(async () => {
    mkdirSync(shots, { recursive: true });
    app = await serveBuild();
    host = await serveHostPages();
    engine = await launchEngine(name);
  }, 60_000);

  afterAll(async () => {
    await engine.close();
    await app.close();
    await host.close();
  });

  beforeEach(async () => {
    page = await engine.newPage();
  });

  afterEach(async () => {
    await page.close();
  });

  const open = async (query = '', ready = PRICE_LINE) => {
    await page.goto(`${app.url}${query}`);
    await waitFor(page, `${ready} on ${query}`, (ready) => !!document.querySelector(ready), ready);
  };

  const screenshot = async (file: string) => {
    writeFileSync(resolve(shots, file), await page.screenshot());
  };

  it('draws the page, its headline and the event labels', async () => {
    await open();
    const drawn = await page.evaluate((line) => {
      const path = document.querySelector(line)?.getAttribute('d') ?? '';
      return {
        heading: document.querySelector('h1')?.textContent ?? '',
        points: path.match(/[ML]/g)?.length ?? 0,
        labels: document.querySelectorAll('[data-event-label]').length,
      };
    }, PRICE_LINE);
    // 2 Jan to 28 Feb 2025: 39 sessions.
    expect(drawn).toMatchObject({ heading: 'NVIDIA and the DeepSeek shock', points: 39 });
    expect(drawn.labels).toBeGreaterThan(5);
    const headline = await textOf(page, '[aria-label="Headline figures"]');
    expect(headline).toContain('$142.62 → $118.42');
    expect(headline).toContain('-16.97%');
    await screenshot('dashboard.png');
  });

  it('switches an event off and on by pointer, and the address follows', async () => {
    await open();
    const toggle = '[data-event-toggle="wang-cnbc-davos-interview"]';
    const overlay = '[data-event-id="wang-cnbc-davos-interview"]';
    await click(page, toggle);
    await waitFor(
      page,
      'the overlay to go',
      (overlay) => !document.querySelector(overlay),
      overlay,
    );
    await waitFor(page, 'hide= in the address', () => location.search.includes('hide=wang'));
    await click(page, toggle);
    await waitFor(
      page,
      'the overlay back',
      (overlay) => !!document.querySelector(overlay),
      overlay,
    );
  });

  it('opens an event card by pointer, and by keyboard into its links', async () => {
    await open();
    const card = '[data-event-card="musk-obviously-reply"]';
    await hover(page, '[data-event-label="musk-obviously-reply"]');
    await waitFor(page, 'the card on hover', (card) => !!document.querySelector(card), card);
    expect(await textOf(page, card)).toContain('date only');

    await page.mouseMove(5, 5);
    await focus(page, '[data-event-label="wang-cnbc-davos-interview"]');
    await page.press('Enter');
    await waitFor(
      page,
      'focus in the card',
      () => !!document.activeElement?.closest('.event-card'),
    );
    await page.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toMatch(/^(A|BUTTON)$/);
    await page.press('Escape');
    await waitFor(
      page,
      'focus back on the label',
      () =>
        document.activeElement?.getAttribute('data-event-label') === 'wang-cnbc-davos-interview',
    );
    expect(
      await page.evaluate(
        () => !!document.querySelector('[data-event-card="wang-cnbc-davos-interview"]'),
      ),
    ).toBe(false);
  });

  it('moves the window by dragging the navigator’s handle', async () => {
    await open('?from=2024-10-01&to=2025-02-28', chartSelector.navigatorHandles);
    await drag(page, `${chartSelector.navigatorHandles}:last-of-type`, -120);
    const { to } = await windowWhen(page, 'moved', (_, to) => to < '2025-02-28');
    expect(to < '2025-02-14').toBe(true);
    await waitFor(page, 'the address', (to) => location.search.includes(`to=${to}`), to);
    expect(await crashed(page)).toBe(false);
  });

  it('moves the window by a held arrow key on the navigator, every step, and keeps the page', async () => {
    await open('?from=2024-07-15&to=2025-06-30', chartSelector.navigatorHandles);
    // WebKit allows 100 history writes in 10 s and throws past them, which a held key reached
    // when each step wrote the address. A slow machine takes more than 10 s for 100 steps, so
    // the rule here is stricter (20 writes) and the test the same on any machine: a page that
    // writes each step meets a refusal, and one that coalesces its writes survives it.
    await refuseHistoryWrites(page, { past: 20 });
    const handles = await page.evaluate(
      (selector) => document.querySelectorAll(selector).length,
      chartSelector.navigatorHandles,
    );
    await focus(page, chartSelector.navigatorHandles, handles - 1);
    await page.holdKey('ArrowLeft', 60);
    const expected = sessionsBefore('2025-06-30', 60);
    await windowWhen(page, `ended at ${expected}`, (_, to) => to === expected);
    expect(await crashed(page)).toBe(false);
    expect(await page.evaluate((line) => !!document.querySelector(line), PRICE_LINE)).toBe(true);
    await waitFor(
      page,
      'the address',
      (to) => location.search.includes(`to=${to}`),
      expected,
      25_000,
    );
    await screenshot('after-held-key.png');
  }, 60_000);

  it('keeps the page when the browser refuses history writes, and the address catches up', async () => {
    await open('?from=2024-10-01&to=2025-02-28', chartSelector.navigatorHandles);
    // Every engine may refuse a write (WebKit past its rate limit, a browser in a sandbox):
    // refused for two seconds, the writes wait and the view does not.
    await refuseHistoryWrites(page, { allFor: 2000 });
    const handles = await page.evaluate(
      (selector) => document.querySelectorAll(selector).length,
      chartSelector.navigatorHandles,
    );
    await focus(page, chartSelector.navigatorHandles, handles - 1);
    await page.press('ArrowLeft', 'ArrowLeft', 'ArrowLeft');
    await windowWhen(page, 'ended at 2025-02-25', (_, to) => to === '2025-02-25');
    expect(await crashed(page)).toBe(false);
    expect(await search(page)).toBe('?from=2024-10-01&to=2025-02-28');
    await waitFor(page, 'the address', () => location.search === '?from=2024-10-01&to=2025-02-25');
  });

  it('moves the window by a preset and by typed dates', async () => {
    await open();
    await click(page, '.window-controls button', 'Event week');
    await windowWhen(
      page,
      'became the event week',
      (from, to) => from < '2025-01-27' && to > '2025-01-27' && to < '2025-02-10',
    );
    // Typed as a reader types: WebKit's field does not move to the next part after two digits,
    // as Chromium's and Firefox's do, but every engine takes the separator.
    await focus(page, WINDOW_FIELDS, 0);
    await page.type('01/06/2025');
    await page.press('Enter');
    await waitFor(page, 'the typed date', () => location.search.includes('from=2025-01-06'));
    await windowWhen(page, 'started on 2025-01-06', (from) => from === '2025-01-06');
  });

  it('shows the three chart modes and the event study’s figures', async () => {
    await open('?metric=rebased', chartSelector.line('rebased-line--NVDA'));
    // NVDA and the default peers, each its own line.
    const lines = await page.evaluate(
      () => document.querySelectorAll('[class*="rebased-line--"] path[data-chart-series]').length,
    );
    expect(lines).toBeGreaterThan(2);
    await screenshot('rebased.png');
    await open('?metric=abnormal', chartSelector.line('car-line'));
    await waitFor(
      page,
      'the study tables',
      () => !!document.querySelector('[data-table="windows"]'),
    );
    const windows = await textOf(page, '[data-table="windows"]');
    // Against QQQ, NVDA's abnormal return on 27 Jan 2025 is about -11%, t about -5.3.
    expect(windows).toMatch(/-1[01]\.\d+%/);
    expect(windows).toMatch(/-5\.\d/);
    await screenshot('abnormal.png');
    await click(page, 'button', 'Price and market value');
    await waitFor(page, 'the price chart', (line) => !!document.querySelector(line), PRICE_LINE);
    await waitFor(page, 'metric= gone', () => !location.search.includes('metric='));
  });

  it('draws 27 Jan 2025 as a candle from its session, below a gap, over the tallest volume bar', async () => {
    await open('?chart=candles', chartSelector.candle('2025-01-27'));
    await waitFor(
      page,
      'the volume bars',
      (bars) => !!document.querySelector(bars),
      chartSelector.volumeBars,
    );
    const drawn = await page.evaluate(
      ({ ticks, candle, bars, dates }) => {
        // The price axis as drawn: each tick label's value and height, so a price maps to a y.
        const axis = [...document.querySelectorAll(ticks)].map((tick) => ({
          value: Number(tick.textContent.replace(/[$,]/g, '')),
          y: Number(tick.getAttribute('y')),
        }));
        const shape = (date: string) => {
          const group = document.querySelector(candle.replace('DATE', date));
          const body = group?.querySelector('.candle__body');
          const wick = group?.querySelector('.candle__wick');
          const number = (element: Element | null | undefined, name: string) =>
            Number(element?.getAttribute(name));
          return {
            data: ['open', 'high', 'low', 'close'].map((name) => number(group, `data-${name}`)),
            bodyTop: number(body, 'y'),
            bodyBottom: number(body, 'y') + number(body, 'height'),
            wickTop: Math.min(number(wick, 'y1'), number(wick, 'y2')),
            wickBottom: Math.max(number(wick, 'y1'), number(wick, 'y2')),
            // Filled: the body painted in the candle's own colour, not the background's.
            filled: body?.getAttribute('fill') === group?.getAttribute('stroke'),
          };
        };
        const tallest = [...document.querySelectorAll(bars)].reduce<Element | null>(
          (best, bar) =>
            best === null ||
            Number(bar.getAttribute('height')) > Number(best.getAttribute('height'))
              ? bar
              : best,
          null,
        );
        return {
          axis,
          sessions: dates.map(shape),
          tallest: tallest?.getAttribute('data-date'),
          tallestVolume: Number(tallest?.getAttribute('data-volume')),
        };
      },
      {
        ticks: chartSelector.yTickValues('price'),
        candle: chartSelector.candle('DATE'),
        bars: chartSelector.volumeBars,
        dates: ['2025-01-24', '2025-01-27'],
      },
    );
    // The y of a price, from two ticks of the axis (a linear axis by default).
    const [a, b] = [drawn.axis[0], drawn.axis.at(-1)];
    if (!a || !b || a.value === b.value) throw new Error(`${name}: no price axis to read`);
    const yOf = (price: number) => a.y + ((price - a.value) * (b.y - a.y)) / (b.value - a.value);
    const [friday, monday] = drawn.sessions;
    if (!friday || !monday) throw new Error(`${name}: the candles are missing`);
    for (const [date, shape] of [
      ['2025-01-24', friday],
      ['2025-01-27', monday],
    ] as const) {
      const session = bars('NVDA').find((bar) => bar.date === date);
      if (!session) throw new Error(`no bar of ${date} in the data`);
      const { open, high, low, close } = session;
      expect(shape.data).toEqual([open, high, low, close]);
      // The body from the open to the close, the wick from the high to the low (within a pixel).
      expect(shape.bodyTop).toBeCloseTo(yOf(Math.max(open, close)), 0);
      expect(shape.bodyBottom).toBeCloseTo(yOf(Math.min(open, close)), 0);
      expect(shape.wickTop).toBeCloseTo(yOf(high), 0);
      expect(shape.wickBottom).toBeCloseTo(yOf(low), 0);
    }
    // 27 Jan closed below its open: a filled body.
    expect(monday.filled).toBe(true);
    // The gap: Monday's body lies wholly below Friday's, with room between them.
    expect(monday.bodyTop).toBeGreaterThan(friday.bodyBottom + 10);
    const record = bars('NVDA').find((bar) => bar.date === '2025-01-27')?.volume;
    expect(drawn.tallest).toBe('2025-01-27');
    expect(drawn.tallestVolume).toBe(record);
    await screenshot('candles.png');
  });

  it('saves the chart as PNG and SVG and its data as CSV from the share dialog', async () => {
    await open('?from=2025-01-13&to=2025-02-07');
    await keepSavedFiles(page);
    await click(page, 'button', 'Share, embed, export');
    const buttons = ['PNG 2×', 'SVG', 'CSV of the data'];
    for (const [done, button] of buttons.entries()) {
      await click(page, '.share-section button', button);
      // An image export takes a moment, and the buttons wait for it.
      await waitFor(
        page,
        `the ${button} file`,
        (count) =>
          ((window as unknown as { savedFiles?: unknown[] }).savedFiles ?? []).length === count,
        done + 1,
      );
    }
    const [png, svg, csv] = await savedFiles(page);
    if (!png || !svg || !csv) throw new Error('missing files');
    const pngBytes = Buffer.from(png.base64, 'base64');
    expect(pngBytes.subarray(1, 4).toString()).toBe('PNG');
    // The IHDR chunk: width and height, at twice the chart's size on screen.
    const width = pngBytes.readUInt32BE(16);
    expect(width).toBeGreaterThan(1000);
    writeFileSync(resolve(shots, png.name), pngBytes);
    const svgText = Buffer.from(svg.base64, 'base64').toString('utf8');
    expect(svgText).toMatch(/^<\?xml|^<svg/);
    expect(svgText).toContain('data-chart-series');
    expect(svgText).not.toMatch(/NaN/);
    const csvText = Buffer.from(csv.base64, 'base64').toString('utf8');
    expect(csvText).toContain('2025-01-27');
    expect(csvText).toContain('118.42');
  });

  it('fits a sandboxed embed to its frame, and its height follows', async () => {
    await open('?from=2025-01-13&to=2025-02-07');
    await click(page, 'button', 'Share, embed, export');
    const snippet = await waitFor(
      page,
      'the embed code',
      () => document.querySelector<HTMLTextAreaElement>('textarea[aria-label="Embed code"]')?.value,
    );
    // A host that sandboxes what it embeds gives the chart an opaque origin: no storage.
    const sandboxed = snippet.replace('<iframe ', '<iframe sandbox="allow-scripts" ');
    expect(sandboxed).toContain('sandbox=');
    host.pages.set(
      '/article',
      `<!doctype html><title>Article</title><link rel="icon" href="data:,"><body style="margin:0;width:700px">${sandboxed}</body>`,
    );
    await page.goto(`${host.url}/article`);
    const height = await waitFor(
      page,
      'the iframe sized by its content',
      () => {
        const frame = document.querySelector('iframe');
        return frame && frame.style.height && parseFloat(frame.style.height);
      },
      null,
      20_000,
    );
    expect(height).toBeGreaterThan(250);
    await screenshot('embed.png');
  });

  it('recovers from an outage with one Retry, keeping the window and toggles', async () => {
    const view = '?from=2025-01-13&to=2025-02-07&hide=musk-obviously-reply';
    await open(`${view}&scenario=outage-then-recover`, '.chart-column [role=alert] button');
    expect(await textOf(page, '.chart-column [role=alert]')).toContain('HTTP 503');
    await click(page, '.chart-column [role=alert] button', 'Retry');
    await waitFor(page, 'the price line', (line) => !!document.querySelector(line), PRICE_LINE);
    const path = await page.evaluate(
      (line) => document.querySelector(line)?.getAttribute('d') ?? '',
      PRICE_LINE,
    );
    // 13 Jan to 7 Feb 2025: 19 sessions (20 Jan closed).
    expect(path.match(/[ML]/g)?.length).toBe(19);
    const address = await search(page);
    expect(address).toContain('from=2025-01-13');
    expect(address).toContain('hide=musk-obviously-reply');
  });

  it('prints the page on A4 and Letter, portrait and landscape', async () => {
    await open();
    for (const format of ['A4', 'Letter'] as const)
      for (const landscape of [false, true]) {
        const pdf = await page.pdf({ format, landscape });
        // WebKit's driver has no print command: its print styles are checked in the other engines.
        if (name === 'webkit') {
          expect(pdf).toBeNull();
          continue;
        }
        if (!pdf) throw new Error('no PDF');
        expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
        writeFileSync(
          resolve(shots, `print-${format}-${landscape ? 'landscape' : 'portrait'}.pdf`),
          pdf,
        );
      }
  });

  it('passes axe (WCAG 2.1 A and AA)', async () => {
    await open();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('reads the story in steps: step=N, Next and →, the address, and a reload on the same step', async () => {
    await open(`${STORY_LINK}&step=2`, '.story-stepper');
    // The steps' count and titles are read from the page; their windows from the story itself.
    const first = await stepShown(page, 2);
    expect(first.dots.length).toBeGreaterThan(3);
    await windowAt(page, 2);
    await click(page, '.story-stepper button', 'Next →');
    await stepShown(page, 3);
    await windowAt(page, 3);
    await waitFor(page, 'step=3 in the address', () => location.search.endsWith('step=3'));
    // The keys step while the focus is in the stepper (the chart's arrows are its own).
    await focus(page, '.story-stepper__dot', 2);
    await page.press('ArrowRight');
    const fourth = await stepShown(page, 4);
    await windowAt(page, 4);
    await waitFor(page, 'step=4 in the address', () => location.search.endsWith('step=4'));
    await page.goto(`${app.url}${await search(page)}`);
    await stepShown(page, 4);
    // Its figures fill in as the data arrives: the same words once it is all in.
    await waitFor(
      page,
      'the same caption after the reload',
      (caption) => document.querySelector('.story-stepper__caption')?.textContent === caption,
      fourth.caption,
    );
    await windowAt(page, 4);
    await screenshot('story-step4.png');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('reads a story of the reader’s own from the link (story=yours&steps=), stepping with Next', async () => {
    await open(`?story=yours&steps=${writeSteps(YOUR_STEPS)}`, '.story-stepper');
    const first = await stepShown(page, 1);
    expect(first.dots).toHaveLength(2);
    expect(first.title).toBe('Before the drop');
    await click(page, '.story-stepper button', 'Next →');
    const second = await stepShown(page, 2);
    expect(second.title).toBe('The drop');
    const monday = bars('NVDA').find((bar) => bar.date === '2025-01-27');
    expect(second.caption).toContain(formatUsd(monday?.close ?? Number.NaN));
    await windowWhen(
      page,
      'the second step’s window',
      (from, to) => from === '2025-01-21' && to === '2025-02-04',
    );
  });
});
