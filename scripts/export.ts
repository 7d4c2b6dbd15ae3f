/**
 * Renders a view of the dashboard headless and saves it as PNG, SVG or CSV, through the same
 * buttons a reader clicks, so a report pipeline regenerates exactly what the page exports.
 *
 *   npm run export -- --view '?metric=rebased&from=2025-01-13' --out figures/peers.png
 *   npm run export -- --view '?chart=candles&volume=1&from=2025-01-17&to=2025-02-07' --out figures/gap.svg
 *   npm run export -- --story nvda-deepseek --out deck/
 *
 * Options: --view <query of a dashboard link>, --out <file.png|file.svg|file.csv>,
 * --size 1x|2x|print (PNG; default 2x), --events (CSV of the events instead of the data),
 * --width <px> (browser width; default 1280), --rebuild (build the app even if dist/ exists).
 * With --story <id> (the story's own, or `yours` with the steps= of --view), --out is a folder that
 * gets a deck: one PNG and one SVG per step, titled and captioned with the step's words, and
 * captions.md with every step's title and caption.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { launchChromium } from '../tests/e2e/browser';
import { serveStatic } from '../tests/e2e/staticServer';

const BUTTONS = {
  '1x': 'PNG 1×',
  '2x': 'PNG 2×',
  print: 'PNG 1800×1000',
} as const;

function fail(message: string): never {
  console.error(`export: ${message}`);
  process.exit(1);
}

const { values } = parseArgs({
  options: {
    view: { type: 'string', default: '' },
    out: { type: 'string' },
    size: { type: 'string', default: '2x' },
    events: { type: 'boolean', default: false },
    width: { type: 'string', default: '1280' },
    rebuild: { type: 'boolean', default: false },
    story: { type: 'string' },
  },
});

const out = values.out ?? fail('give --out chart.png (or .svg, .csv; a folder with --story)');
const format = extname(out).slice(1).toLowerCase();
if (!values.story && format !== 'png' && format !== 'svg' && format !== 'csv')
  fail('--out must end in .png, .svg or .csv');
const size = values.size as keyof typeof BUTTONS;
if (!(size in BUTTONS)) fail('--size is 1x, 2x or print');
const width = Number(values.width);
if (!Number.isInteger(width) || width < 360 || width > 3840) fail('--width is 360 to 3840 pixels');
// A whole link or just its query: only the query is used, on the local build.
const view = values.view.includes('?') ? values.view.slice(values.view.indexOf('?')) : '';
const query = new URLSearchParams(view);
for (const name of ['embed', 'static', 'controls']) query.delete(name);

const root = resolve(import.meta.dirname, '..');
if (values.rebuild || !existsSync(resolve(root, 'dist/index.html'))) {
  console.error('export: building the app (npm run build)…');
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
}

/** Opens the view and waits for its chart; says the page's notices, as a reader would see them. */
async function open(page: Page, search: URLSearchParams, base: string): Promise<void> {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const text = search.toString();
  await page.goto(new URL(text ? `./?${text}` : './', base).href);
  await page
    .waitForFunction(() => performance.getEntriesByName('chart-ready').length > 0, null, {
      timeout: 20_000,
    })
    .catch(() => {
      fail(`the chart did not draw within 20 s${errors.length ? `: ${errors.join('; ')}` : ''}`);
    });
  for (const notice of await page.locator('.notices li').allTextContents())
    console.error(`export: the page says: ${notice}`);
}

/** Clicks an export button of the share dialog and writes what it downloads to `file`. */
async function download(page: Page, button: string | RegExp, file: string): Promise<string> {
  await page.getByRole('button', { name: 'Share, embed, export' }).click();
  const [started] = await Promise.all([
    page.waitForEvent('download', { timeout: 30_000 }),
    page.getByRole('button', { name: button, exact: typeof button === 'string' }).click(),
  ]);
  const stream = await started.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  mkdirSync(dirname(resolve(file)), { recursive: true });
  writeFileSync(file, Buffer.concat(chunks));
  await page.keyboard.press('Escape');
  return started.suggestedFilename();
}

/** A file name's worth of a step's title: "04-mon-27-jan-2025-nvidia-falls-16-97". */
const slug = (n: number, title: string) =>
  `${String(n).padStart(2, '0')}-${title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 48)}`;

/** One PNG and one SVG per step of the story, and captions.md. */
async function exportDeck(page: Page, story: string, base: string): Promise<void> {
  query.set('story', story);
  const captions: string[] = [];
  for (let n = 1; ; n++) {
    query.set('step', String(n));
    await open(page, query, base);
    const stepper = page.locator('.story-stepper');
    await stepper.waitFor({ timeout: 20_000 }).catch(() => {
      fail(`the page shows no story "${story}"`);
    });
    const title = (await stepper.locator('.story-stepper__title').textContent()) ?? '';
    const caption = (await stepper.locator('.story-stepper__caption').textContent()) ?? '';
    const count = await stepper.locator('.story-stepper__dot').count();
    const name = slug(n, title);
    for (const [button, extension] of [
      [BUTTONS[size], 'png'],
      ['SVG', 'svg'],
    ] as const)
      await download(page, button, join(out, `${name}.${extension}`));
    captions.push(`## ${String(n)}. ${title}\n\n${caption}\n`);
    console.error(`export: step ${String(n)} of ${String(count)}: ${name}.png, ${name}.svg`);
    if (n >= count) break;
  }
  writeFileSync(join(out, 'captions.md'), captions.join('\n'));
  console.error(`export: wrote ${out} (captions.md and ${String(captions.length * 2)} files)`);
}

const server = await serveStatic(resolve(root, 'dist'));
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width, height: 1000 }, acceptDownloads: true });
  if (values.story) {
    mkdirSync(out, { recursive: true });
    await exportDeck(page, values.story, server.url);
  } else {
    await open(page, query, server.url);
    const button =
      format === 'png'
        ? BUTTONS[size]
        : format === 'svg'
          ? 'SVG'
          : values.events
            ? /^CSV of the events/
            : /^CSV of the data/;
    const name = await download(page, button, out);
    console.error(`export: wrote ${out} (${name})`);
  }
} finally {
  await browser.close();
  await server.close();
}
