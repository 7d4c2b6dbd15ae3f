/**
 * Renders a view of the dashboard headless and saves it as PNG, SVG or CSV, through the same
 * buttons a reader clicks, so a report pipeline regenerates exactly what the page exports.
 *
 *   npm run export -- --view '?metric=rebased&from=2025-01-13' --out figures/peers.png
 *   npm run export -- --view '?chart=candles&volume=1&from=2025-01-17&to=2025-02-07' --out figures/gap.svg
 *
 * Options: --view <query of a dashboard link>, --out <file.png|file.svg|file.csv>,
 * --size 1x|2x|print (PNG; default 2x), --events (CSV of the events instead of the data),
 * --width <px> (browser width; default 1280), --rebuild (build the app even if dist/ exists).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, extname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
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
  },
});

const out = values.out ?? fail('give --out chart.png (or .svg, .csv)');
const format = extname(out).slice(1).toLowerCase();
if (format !== 'png' && format !== 'svg' && format !== 'csv')
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

const server = await serveStatic(resolve(root, 'dist'));
const browser = await launchChromium();
try {
  const page = await browser.newPage({
    viewport: { width, height: 1000 },
    acceptDownloads: true,
  });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const search = query.toString();
  await page.goto(new URL(search ? `./?${search}` : './', server.url).href);
  await page
    .waitForFunction(() => performance.getEntriesByName('chart-ready').length > 0, null, {
      timeout: 20_000,
    })
    .catch(() => {
      fail(`the chart did not draw within 20 s${errors.length ? `: ${errors.join('; ')}` : ''}`);
    });
  for (const notice of await page.locator('.notices li').allTextContents())
    console.error(`export: the page says: ${notice}`);
  await page.getByRole('button', { name: 'Share, embed, export' }).click();
  const button =
    format === 'png'
      ? BUTTONS[size]
      : format === 'svg'
        ? 'SVG'
        : values.events
          ? /^CSV of the events/
          : /^CSV of the data/;
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 30_000 }),
    page.getByRole('button', { name: button, exact: typeof button === 'string' }).click(),
  ]);
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  mkdirSync(dirname(resolve(out)), { recursive: true });
  writeFileSync(out, Buffer.concat(chunks));
  console.error(`export: wrote ${out} (${download.suggestedFilename()})`);
} finally {
  await browser.close();
  await server.close();
}
