/**
 * The benchmark (`npm run bench`): builds the app and the benchmark pages into a temp folder, serves
 * them on 127.0.0.1, drives headless Chromium over several cold runs and prints medians and p95 of
 *
 *   - the JS loaded before the first chart paint, gzip, per chunk (real-API and default builds);
 *   - what readers load: the default build (`npm run build`, no API URL) as a page and as an embed
 *     (`?embed=1`) beside the real-API build, each cold: the bytes (JS, CSS, data, other; gzip)
 *     that finished before performance.mark('chart-ready'), the time to that mark, TBT and the
 *     longest task between first paint and chart-ready, CLS;
 *   - on a SYNTHETIC series of 1k to 1M points: cold load, render, redraw on a window change, toggle of
 *     an event overlay (each to the next paint) and the heap after GC, for our PriceChart with and
 *     without downsampling, uPlot and lightweight-charts, and our/peer ratios;
 *   - the recompute of the analytics (tests/bench/recompute.ts).
 *
 *   npm run bench                    the full sweep (1k, 10k, 100k, 1M points; 5 cold runs)
 *   npm run bench -- --check         the CI case (budgets.json "check": 1k and 10k points, 5 runs);
 *                                    exit 1 when a figure breaks tests/bench/budgets.json
 *   options: --sizes=1000,10000  --runs=3  --no-full (skip "without downsampling")  --keep (builds)
 *            --only=app (the recompute and the app builds only, no synthetic sweep: the budgets
 *            of the sweep are then not judged)
 *            --variants=candles,lwcCandles (only these pages of the sweep: keys of VARIANTS)
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { runnerImport } from 'vite';
import { launchChromium } from '../e2e/browser';
import { serveStatic } from '../e2e/staticServer';
import {
  heapAfterGc,
  loadMetrics,
  OBSERVERS_INIT_SCRIPT,
  waitForChartReady,
  type LoadMetrics,
} from './browserMetrics';
import {
  buildBenchPages,
  buildDefaultApp,
  buildRealApiApp,
  ROOT,
  type BuildResult,
} from './builds';
import type { BenchPage } from './pages/common';
import { medianKB, printReaders } from './readers';
import { runRecompute } from './recompute';
import { fixed, formatPoints, median, medianP95, table } from './stats';
import { SYNTHETIC_LABEL } from './synthetic';
import { recordTransfer, type Transfer } from './transfer';

/** Every limit is enforced by --check unless its entry lists it in "notEnforced" (and says why). */
interface Enforcement {
  notEnforced?: string[];
}
/** A way readers open the default build (its path and query) and its limits. */
type ReaderBudget = {
  path: string;
  beforeChartGzipKB: number;
  chartReadyMs: number;
  tbtMs: number;
  cls: number;
} & Enforcement;
interface Budgets {
  recompute: { medianMs: number; p95Ms: number } & Enforcement;
  initialJs: { gzipKB: number; forbidden: string[]; benchOnly: string[] } & Enforcement;
  coldLoad: { points: number; chartReadyMs: number; tbtMs: number; cls: number } & Enforcement;
  appColdLoad: { chartReadyMs: number; tbtMs: number; cls: number } & Enforcement;
  defaultBuildColdLoad: Record<'page' | 'embed', ReaderBudget>;
  toggle: { maxMs: number } & Enforcement;
  redraw: { maxMs: number } & Enforcement;
  heap: { points: number; maxMB: number } & Enforcement;
  candles: {
    renderVsLightweightCharts: { atPoints: number; max: number } & Enforcement;
    redraw: { maxMs: number } & Enforcement;
    toggle: { maxMs: number } & Enforcement;
  };
  ratios: {
    renderVsLightweightCharts: { fromPoints: number; max: number } & Enforcement;
    toggleVsUplot: { fromPoints: number; max: number } & Enforcement;
  };
  check: { sizes: number[]; runs: number };
}

const budgets = JSON.parse(
  readFileSync(resolve(import.meta.dirname, 'budgets.json'), 'utf8'),
) as Budgets;

// ---------------------------------------------------------------------------------------------
// Options

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const option = (name: string) =>
  args.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
const CHECK = flag('check');
const SIZES: number[] =
  option('sizes')?.split(',').map(Number) ??
  (CHECK ? budgets.check.sizes : [1_000, 10_000, 100_000, 1_000_000]);
const RUNS = Number(option('runs') ?? (CHECK ? budgets.check.runs : 5));
/** "Without downsampling" is skipped above this size: Recharts takes ~20 s a render at 1M points. */
const FULL_CAP = 100_000;
const WITH_FULL = !CHECK && !flag('no-full');
/** --only=app: the recompute and the app's builds, without the synthetic sweep (minutes shorter). */
const ONLY = option('only');
if (ONLY !== undefined && ONLY !== 'app') throw new Error(`--only=${ONLY}: only --only=app exists`);
const SWEEP = ONLY === undefined;
/** Window changes and toggles per page load; only 2 each where a render takes over a second. */
const ACTIONS = 10;
const ACTIONS_WHEN_SLOW = 2;
/** A page that has not finished all of its measurements in this time is reported as timed out. */
const PAGE_TIMEOUT_MS = 150_000;
const VIEWPORT = { width: 1280, height: 800 };

interface Variant {
  key: 'ours' | 'full' | 'uplot' | 'lwc' | 'candles' | 'lwcCandles';
  label: string;
  page: 'ours' | 'uplot' | 'lwc';
  mode: 'downsampled' | 'full';
  /** The close as a line, or a candle per point (one per pixel column in ours). */
  chart: 'line' | 'candles';
}

const ALL_VARIANTS: Variant[] = [
  { key: 'ours', label: 'ours (M4)', page: 'ours', mode: 'downsampled', chart: 'line' },
  { key: 'full', label: 'ours, no downsampling', page: 'ours', mode: 'full', chart: 'line' },
  { key: 'uplot', label: 'uPlot', page: 'uplot', mode: 'downsampled', chart: 'line' },
  { key: 'lwc', label: 'lightweight-charts', page: 'lwc', mode: 'downsampled', chart: 'line' },
  { key: 'candles', label: 'ours, candles', page: 'ours', mode: 'downsampled', chart: 'candles' },
  {
    key: 'lwcCandles',
    label: 'lightweight-charts, candles',
    page: 'lwc',
    mode: 'downsampled',
    chart: 'candles',
  },
];
const VARIANT_KEYS = option('variants')?.split(',');
const VARIANTS = ALL_VARIANTS.filter(
  (variant) => VARIANT_KEYS === undefined || VARIANT_KEYS.includes(variant.key),
);

// ---------------------------------------------------------------------------------------------
// Measuring

interface CellSamples {
  load: LoadMetrics[];
  render: number[];
  redraw: number[];
  toggle: number[];
  heap: number[];
  prepare: number[];
  drawn: number[];
  notes: string[];
}

const emptyCell = (): CellSamples => ({
  load: [],
  render: [],
  redraw: [],
  toggle: [],
  heap: [],
  prepare: [],
  drawn: [],
  notes: [],
});

function withTimeout<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      reject(new Error(`timeout: ${what} took over ${ms / 1000} s`));
    }, ms);
  });
  return Promise.race([work, timeout]).finally(() => {
    clearTimeout(timer);
  });
}

async function coldPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  await context.addInitScript(OBSERVERS_INIT_SCRIPT);
  const page = await context.newPage();
  page.on('pageerror', (error) => {
    console.error(`  page error: ${String(error)}`);
  });
  return page;
}

const settle = (page: Page, ms: number) => page.waitForTimeout(ms);

/** One cold load of a benchmark page, then its redraws, toggles and heap. */
async function measurePage(
  browser: Browser,
  baseUrl: string,
  variant: Variant,
  points: number,
  cell: CellSamples,
): Promise<void> {
  const page = await coldPage(browser);
  const work = (async () => {
    await page.goto(
      `${baseUrl}${variant.page}.html?n=${points}&mode=${variant.mode}&chart=${variant.chart}`,
    );
    const info = await page.evaluate(async () => {
      const bench = (await window.benchPage) as BenchPage;
      return { render: bench.renderMs, prepare: bench.prepareMs, drawn: bench.drawnPoints() };
    });
    await waitForChartReady(page, PAGE_TIMEOUT_MS);
    await settle(page, 300);
    const load = await loadMetrics(page);
    const actions = info.render > 1000 ? ACTIONS_WHEN_SLOW : ACTIONS;
    const redraws: number[] = [];
    for (let run = 1; run <= actions; run++) {
      redraws.push(
        await page.evaluate(
          async (index) => ((await window.benchPage) as BenchPage).setWindow(index),
          run % 2,
        ),
      );
      await settle(page, 60);
    }
    const toggles: number[] = [];
    for (let run = 0; run < actions; run++) {
      toggles.push(
        await page.evaluate(async () => ((await window.benchPage) as BenchPage).toggle()),
      );
      await settle(page, 60);
    }
    const heap = await heapAfterGc(page);
    return { info, load, redraws, toggles, heap };
  })();
  try {
    const result = await withTimeout(work, PAGE_TIMEOUT_MS, `${variant.label} at ${points}`);
    cell.load.push(result.load);
    cell.render.push(result.info.render);
    cell.prepare.push(result.info.prepare);
    cell.drawn.push(result.info.drawn);
    cell.redraw.push(...result.redraws);
    cell.toggle.push(...result.toggles);
    cell.heap.push(result.heap.heapMB);
  } catch (error) {
    cell.notes.push(error instanceof Error ? error.message : String(error));
    work.catch(() => undefined);
  } finally {
    await page
      .context()
      .close()
      .catch(() => undefined);
  }
}

/** One cold load of the app (a fresh context: empty cache), to its chart-ready mark. */
async function measureApp(
  browser: Browser,
  url: string,
): Promise<{ load: LoadMetrics; transfer: Transfer }> {
  const page = await coldPage(browser);
  try {
    const transferred = recordTransfer(page);
    await page.goto(url);
    await waitForChartReady(page, 30_000);
    await settle(page, 500);
    return { load: await loadMetrics(page), transfer: await transferred() };
  } finally {
    await page.context().close();
  }
}

// ---------------------------------------------------------------------------------------------
// Initial JS

interface ChunkSize {
  file: string;
  rawKB: number;
  gzipKB: number;
  sources: string;
  forbidden: string[];
}

/** Modules of the packages named (a trailing /* for a scope), or of any package named *devtools*. */
const FORBIDDEN_PATTERN = (names: string[]) =>
  new RegExp(
    `node_modules/(${names
      .map((name) => name.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace('/*', '/[^/]+'))
      .join('|')}|(@[^/]+/)?[^/]*devtools[^/]*)/`,
    'i',
  );

function chunkSizes(build: BuildResult, scripts: string[]): ChunkSize[] {
  const forbidden = FORBIDDEN_PATTERN(budgets.initialJs.forbidden);
  const files = [...new Set(scripts.map((path) => path.replace(/^\//, '')))];
  return files.map((file) => {
    const code = readFileSync(join(build.outDir, file));
    const info = build.chunks.get(file);
    const total = [...(info?.sources.values() ?? [])].reduce((sum, bytes) => sum + bytes, 0);
    const sources = [...(info?.sources ?? [])]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 6)
      .map(([name, bytes]) => `${name} ${fixed((100 * bytes) / total)}%`)
      .join(', ');
    return {
      file,
      rawKB: code.length / 1024,
      gzipKB: gzipSync(code).length / 1024,
      sources,
      forbidden: [
        ...new Set(
          (info?.moduleIds ?? []).filter((id) => forbidden.test(id)).map((id) => sourceName(id)),
        ),
      ],
    };
  });
}

const sourceName = (id: string) =>
  id.includes('node_modules/') ? (id.split('node_modules/').pop()?.split('/')[0] ?? id) : id;

function printChunks(title: string, chunks: ChunkSize[]): number {
  const total = chunks.reduce((sum, chunk) => sum + chunk.gzipKB, 0);
  console.log(`\n${title}`);
  console.log(
    table(
      ['chunk', 'raw KB', 'gzip KB', 'largest sources (share of the chunk before minifying)'],
      [
        ...chunks.map((chunk) => [
          chunk.file,
          fixed(chunk.rawKB, 1),
          fixed(chunk.gzipKB, 1),
          chunk.sources,
        ]),
        [
          'total',
          fixed(
            chunks.reduce((sum, chunk) => sum + chunk.rawKB, 0),
            1,
          ),
          fixed(total, 1),
          '',
        ],
      ],
    ),
  );
  return total;
}

// ---------------------------------------------------------------------------------------------
// Budgets

interface Verdict {
  what: string;
  value: string;
  limit: string;
  ok: boolean | null;
  enforced: boolean;
}
const verdicts: Verdict[] = [];
function judge<B extends Enforcement>(
  budget: B,
  key: keyof B & string,
  what: string,
  value: number,
  digits = 0,
  unit = '',
): void {
  const limit = Number(budget[key]);
  const ok = Number.isFinite(value) ? value <= limit : null;
  verdicts.push({
    what,
    value: Number.isFinite(value) ? `${fixed(value, digits)}${unit}` : 'not measured',
    limit: `<= ${limit}${unit}`,
    ok,
    enforced: !(budget.notEnforced ?? []).includes(key),
  });
}

/** The layout shifts of each run that had any, with what moved: a CLS breach says where to look. */
function printShifts(label: string, loads: readonly LoadMetrics[]): void {
  loads.forEach((load, run) => {
    for (const shift of load.shifts)
      console.log(
        `  ${label}, run ${String(run + 1)}: shift ${fixed(shift.value, 4)} at ${fixed(shift.start, 0)} ms: ${shift.moved.join('; ') || '(no source given)'}`,
      );
  });
}

/** The cold loads of one way into the app: the page's timings and what it transferred. */
interface ColdLoads {
  loads: LoadMetrics[];
  transfers: Transfer[];
  push: (sample: { load: LoadMetrics; transfer: Transfer }) => void;
}
function coldLoads(): ColdLoads {
  const samples: ColdLoads = {
    loads: [],
    transfers: [],
    push: ({ load, transfer }) => {
      samples.loads.push(load);
      samples.transfers.push(transfer);
    },
  };
  return samples;
}

/** A path and query of a served build (budgets.json says "/", "/?embed=1"). */
const siteUrl = (site: { url: string }, path: string) => new URL(path, site.url).href;

/** The default build's limits for one way readers open it, on the medians of its cold loads. */
function judgeReader(budget: ReaderBudget, what: string, samples: ColdLoads): void {
  judge(
    budget,
    'beforeChartGzipKB',
    `${what}: bytes before chart-ready (gzip)`,
    medianKB(samples.transfers, 'total'),
    1,
    ' KB',
  );
  const { loads } = samples;
  judge(
    budget,
    'chartReadyMs',
    `${what}: cold load -> chart-ready`,
    median(loads.map((l) => l.chartReadyMs)),
    0,
    ' ms',
  );
  judge(
    budget,
    'tbtMs',
    `${what}: TBT first paint -> chart-ready`,
    median(loads.map((l) => l.tbtMs)),
    0,
    ' ms',
  );
  judge(budget, 'cls', `${what}: CLS`, median(loads.map((l) => l.cls)), 3);
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const started = performance.now();
  console.log(
    `Benchmark (${CHECK ? 'check: the CI case' : 'full sweep'}): sizes ${SIZES.map(formatPoints).join(', ')}, ${RUNS} cold runs each.`,
  );
  const [startLoad] = loadavg();
  console.log(
    `Medians and p95 (nearest rank; with few samples the p95 is the largest). Load average at the start ${fixed(startLoad ?? NaN, 1)} on ${cpus().length} cores: timings stretch with the load.`,
  );

  // The analytics recompute, first, before Chromium competes for the CPU.
  const recompute = runRecompute();
  console.log(
    `\nFull recompute, ${recompute.symbols} symbols x ${recompute.sessions} sessions, ${recompute.events} events (${recompute.runs} runs, checksum ${recompute.checksum})`,
  );
  console.log(
    `  median ${fixed(recompute.medianMs, 2)} ms, p95 ${fixed(recompute.p95Ms, 2)} ms, max ${fixed(recompute.maxMs, 2)} ms`,
  );
  judge(budgets.recompute, 'medianMs', 'recompute median', recompute.medianMs, 2, ' ms');
  judge(budgets.recompute, 'p95Ms', 'recompute p95', recompute.p95Ms, 2, ' ms');

  const work = mkdtempSync(join(tmpdir(), 'market-impact-bench-'));
  // The e2e tests' API server (the mock handlers over HTTP): loaded through Vite, which reads the
  // bundled CSVs (`?raw`, import.meta.glob) the way the app's build does.
  const { module: apiServer } = await runnerImport<typeof import('../e2e/apiServer')>(
    resolve(ROOT, 'tests/e2e/apiServer.ts'),
    { configFile: false, root: ROOT, logLevel: 'warn' },
  );
  const api = await apiServer.serveApi();
  const realBuild = await buildRealApiApp(join(work, 'app-real-api'), api.baseUrl);
  const defaultBuild = await buildDefaultApp(join(work, 'app-default'));
  const pagesBuild = SWEEP ? await buildBenchPages(join(work, 'pages')) : null;
  console.log(
    `\nBuilt into ${work} (real-API app ${fixed(realBuild.seconds, 1)} s, default app ${fixed(defaultBuild.seconds, 1)} s${pagesBuild ? `, benchmark pages ${fixed(pagesBuild.seconds, 1)} s` : ''}).`,
  );
  const realSite = await serveStatic(realBuild.outDir);
  const defaultSite = await serveStatic(defaultBuild.outDir);
  const pagesSite = pagesBuild ? await serveStatic(pagesBuild.outDir) : null;
  const browser = await launchChromium();
  try {
    // --- the app itself: cold loads of both builds, the default one as a page and an embed ------
    // Interleaved, so a burst of load on the shared machine falls on all three alike.
    const readerBudgets = budgets.defaultBuildColdLoad;
    const appLoads = { real: coldLoads(), page: coldLoads(), embed: coldLoads() };
    for (let run = 0; run < RUNS; run++) {
      appLoads.real.push(await measureApp(browser, realSite.url));
      appLoads.page.push(await measureApp(browser, siteUrl(defaultSite, readerBudgets.page.path)));
      appLoads.embed.push(
        await measureApp(browser, siteUrl(defaultSite, readerBudgets.embed.path)),
      );
    }

    console.log('\n== JS loaded before the first chart paint (gzip -6 of each file as built) ==');
    const realChunks = chunkSizes(realBuild, appLoads.real.loads[0]?.scriptsBeforeReady ?? []);
    const defaultChunks = chunkSizes(
      defaultBuild,
      appLoads.page.loads[0]?.scriptsBeforeReady ?? [],
    );
    const realTotal = printChunks(
      'Real-API build (VITE_API_BASE_URL set, as deployed):',
      realChunks,
    );
    const forbiddenFound = realChunks.flatMap((chunk) => chunk.forbidden);
    console.log(
      forbiddenFound.length === 0
        ? `  none of ${budgets.initialJs.forbidden.join(', ')} or any devtools in these chunks.`
        : `  FOUND in the initial chunks: ${forbiddenFound.join(', ')}`,
    );
    const defaultTotal = printChunks(
      'Default build (npm run build, no VITE_API_BASE_URL: static hosts and embeds), the page:',
      defaultChunks,
    );
    const extra = defaultTotal - realTotal;
    console.log(
      `  the default build loads ${fixed(Math.abs(extra), 1)} KB gzip ${extra >= 0 ? 'more' : 'less'} JS before the chart than the real-API build.`,
    );
    judge(budgets.initialJs, 'gzipKB', 'initial JS, real-API build (gzip)', realTotal, 1, ' KB');
    verdicts.push({
      what: `initial chunks of the real-API build free of ${budgets.initialJs.forbidden.join(', ')}, devtools`,
      value: forbiddenFound.length === 0 ? 'none' : forbiddenFound.join(', '),
      limit: 'none',
      ok: forbiddenFound.length === 0,
      enforced: true,
    });
    // The peers of the benchmark pages are devDependencies: never in any chunk of either app build.
    const benchOnly = new RegExp(`node_modules/(${budgets.initialJs.benchOnly.join('|')})/`);
    const leaked = [
      ...new Set(
        [...realBuild.chunks.values(), ...defaultBuild.chunks.values()]
          .flatMap((chunk) => chunk.moduleIds)
          .filter((id) => benchOnly.test(id))
          .map(sourceName),
      ),
    ];
    verdicts.push({
      what: `app builds (all chunks) free of ${budgets.initialJs.benchOnly.join(', ')}`,
      value: leaked.length === 0 ? 'none' : leaked.join(', '),
      limit: 'none',
      ok: leaked.length === 0,
      enforced: true,
    });

    console.log(
      `\n== What readers load: the app cold (empty cache) to performance.mark('chart-ready') (real data, 241 sessions; ${RUNS} runs) ==`,
    );
    const readers = [
      { label: `default build, page (${readerBudgets.page.path})`, ...appLoads.page },
      { label: `default build, embed (${readerBudgets.embed.path})`, ...appLoads.embed },
      { label: 'real-API build (local API server)', ...appLoads.real },
    ];
    printReaders(readers);
    printShifts('default page', appLoads.page.loads);
    printShifts('default embed', appLoads.embed.loads);
    printShifts('real API', appLoads.real.loads);
    for (const key of ['page', 'embed'] as const)
      judgeReader(readerBudgets[key], `default build ${key}`, appLoads[key]);
    const real = appLoads.real.loads;
    judge(
      budgets.appColdLoad,
      'chartReadyMs',
      'app cold load -> chart-ready, real-API build',
      median(real.map((l) => l.chartReadyMs)),
      0,
      ' ms',
    );
    judge(
      budgets.appColdLoad,
      'tbtMs',
      'app TBT (first paint -> chart-ready), real-API build',
      median(real.map((l) => l.tbtMs)),
      0,
      ' ms',
    );
    judge(budgets.appColdLoad, 'cls', 'app CLS, real-API build', median(real.map((l) => l.cls)), 3);

    // --- the synthetic sweep (not with --only=app) ----------------------------------------------
    if (pagesSite) {
      const cells = new Map<string, CellSamples>();
      const cellOf = (variant: Variant, points: number) => {
        const key = `${variant.key}@${points}`;
        const cell = cells.get(key) ?? emptyCell();
        cells.set(key, cell);
        return cell;
      };
      for (let run = 0; run < RUNS; run++) {
        for (const points of SIZES) {
          for (const variant of VARIANTS) {
            if (variant.key === 'full' && !WITH_FULL) continue;
            const cell = cellOf(variant, points);
            if (variant.key === 'full' && points > FULL_CAP) {
              if (run === 0)
                cell.notes.push(
                  `skipped: capped at ${formatPoints(FULL_CAP)} (about 20 s a render at 1M points)`,
                );
              continue;
            }
            // A variant that timed out once is not tried again at that size.
            if (cell.notes.some((note) => note.startsWith('timeout'))) continue;
            await measurePage(browser, pagesSite.url, variant, points, cell);
          }
        }
        process.stdout.write(`  run ${run + 1}/${RUNS} done\n`);
      }

      console.log(`\n== ${SYNTHETIC_LABEL}: ${RUNS} cold runs per cell ==`);
      console.log(
        `Each page: cold load, render, ${ACTIONS} window changes (all <-> middle 90%) and ${ACTIONS} toggles of the 27 Jan overlay (${ACTIONS_WHEN_SLOW} each where a render takes over 1 s), heap after GC. Chart 1200 x 400 px.`,
      );
      const rows: string[][] = [];
      for (const points of SIZES) {
        for (const variant of VARIANTS) {
          const cell = cells.get(`${variant.key}@${points}`);
          if (!cell) continue;
          if (cell.render.length === 0) {
            rows.push([
              formatPoints(points),
              variant.label,
              ...Array<string>(9).fill('-'),
              cell.notes[0] ?? 'no result',
            ]);
            continue;
          }
          rows.push([
            formatPoints(points),
            variant.label,
            fixed(median(cell.drawn)),
            fixed(median(cell.prepare)),
            medianP95(cell.load.map((load) => load.chartReadyMs)),
            medianP95(cell.load.map((load) => load.tbtMs)),
            medianP95(
              cell.load.map((load) => load.cls),
              3,
            ),
            medianP95(cell.render),
            medianP95(cell.redraw),
            medianP95(cell.toggle, 1),
            medianP95(cell.heap, 1),
            cell.notes.length > 0 ? `${cell.notes.length} failed: ${cell.notes[0] ?? ''}` : '',
          ]);
        }
      }
      console.log(
        table(
          [
            'points',
            'chart',
            'drawn',
            'prep ms',
            'load->ready ms',
            'TBT ms',
            'CLS',
            'render ms',
            'redraw ms',
            'toggle ms',
            'heap MB',
            'notes',
          ],
          rows,
        ),
      );
      console.log(
        '  drawn: points handed to the renderer for the whole series; prep: the series built (and for lightweight-charts its {time, value} objects), before the render is timed; heap: JS heap + array buffers after GC.',
      );

      const value = (
        key: Variant['key'],
        points: number,
        pick: (cell: CellSamples) => number[],
      ) => {
        const cell = cells.get(`${key}@${points}`);
        return cell ? median(pick(cell)) : NaN;
      };
      const ratio = (
        key: Variant['key'],
        points: number,
        pick: (cell: CellSamples) => number[],
      ): number => value('ours', points, pick) / value(key, points, pick);
      console.log(
        '\n== Ratios, ours (M4) / peer, of the medians (below 1: ours is faster/smaller) ==',
      );
      console.log(
        table(
          [
            'points',
            'render/uPlot',
            'render/LWC',
            'redraw/uPlot',
            'redraw/LWC',
            'toggle/uPlot',
            'toggle/LWC',
            'heap/uPlot',
            'heap/LWC',
          ],
          SIZES.map((points) => [
            formatPoints(points),
            ...(['render', 'redraw', 'toggle', 'heap'] as const).flatMap((metric) =>
              (['uplot', 'lwc'] as const).map((peer) =>
                fixed(
                  ratio(peer, points, (cell) => cell[metric]),
                  2,
                ),
              ),
            ),
          ]),
        ),
      );

      // --- budgets on the sweep --------------------------------------------------------------------
      const coldPoints = budgets.coldLoad.points;
      if (SIZES.includes(coldPoints)) {
        const loads = cells.get(`ours@${coldPoints}`)?.load ?? [];
        const at = formatPoints(coldPoints);
        judge(
          budgets.coldLoad,
          'chartReadyMs',
          `ours at ${at}: cold load -> chart-ready`,
          median(loads.map((l) => l.chartReadyMs)),
          0,
          ' ms',
        );
        judge(
          budgets.coldLoad,
          'tbtMs',
          `ours at ${at}: TBT first paint -> chart-ready`,
          median(loads.map((l) => l.tbtMs)),
          0,
          ' ms',
        );
        printShifts(`ours at ${at}`, loads);
        judge(budgets.coldLoad, 'cls', `ours at ${at}: CLS`, median(loads.map((l) => l.cls)), 3);
      }
      for (const points of SIZES) {
        const at = formatPoints(points);
        judge(
          budgets.toggle,
          'maxMs',
          `ours at ${at}: toggle -> next paint`,
          value('ours', points, (c) => c.toggle),
          1,
          ' ms',
        );
        judge(
          budgets.redraw,
          'maxMs',
          `ours at ${at}: redraw on a window change`,
          value('ours', points, (c) => c.redraw),
          0,
          ' ms',
        );
        if (points >= budgets.ratios.renderVsLightweightCharts.fromPoints)
          judge(
            budgets.ratios.renderVsLightweightCharts,
            'max',
            `ours at ${at}: render / lightweight-charts`,
            ratio('lwc', points, (c) => c.render),
            2,
            'x',
          );
        if (points >= budgets.ratios.toggleVsUplot.fromPoints)
          judge(
            budgets.ratios.toggleVsUplot,
            'max',
            `ours at ${at}: toggle / uPlot`,
            ratio('uplot', points, (c) => c.toggle),
            2,
            'x',
          );
      }
      // Candles, against lightweight-charts' candlestick series (its home ground).
      for (const points of SIZES) {
        if (!cells.has(`candles@${points}`)) continue;
        const at = formatPoints(points);
        judge(
          budgets.candles.redraw,
          'maxMs',
          `candles at ${at}: redraw on a window change`,
          value('candles', points, (c) => c.redraw),
          0,
          ' ms',
        );
        judge(
          budgets.candles.toggle,
          'maxMs',
          `candles at ${at}: toggle -> next paint`,
          value('candles', points, (c) => c.toggle),
          1,
          ' ms',
        );
        if (points === budgets.candles.renderVsLightweightCharts.atPoints)
          judge(
            budgets.candles.renderVsLightweightCharts,
            'max',
            `candles at ${at}: render / lightweight-charts' candlesticks`,
            value('candles', points, (c) => c.render) /
              value('lwcCandles', points, (c) => c.render),
            2,
            'x',
          );
      }
      if (SIZES.includes(budgets.heap.points))
        judge(
          budgets.heap,
          'maxMB',
          `ours at ${formatPoints(budgets.heap.points)}: heap after GC`,
          value('ours', budgets.heap.points, (c) => c.heap),
          1,
          ' MB',
        );
    }
  } finally {
    await browser.close();
    await Promise.all([realSite.close(), defaultSite.close(), pagesSite?.close(), api.close()]);
    if (!flag('keep')) rmSync(work, { recursive: true, force: true });
  }

  console.log('\n== Budgets (tests/bench/budgets.json), on the medians ==');
  console.log(
    table(
      ['', 'what', 'value', 'budget'],
      verdicts.map((verdict) => [
        verdict.ok === null ? 'n/a' : verdict.ok ? 'ok' : verdict.enforced ? 'BREACH' : 'breach*',
        verdict.what,
        verdict.value,
        verdict.limit,
      ]),
    ),
  );
  const breaches = verdicts.filter((verdict) => verdict.ok === false);
  const enforcedBreaches = breaches.filter((verdict) => verdict.enforced);
  if (breaches.length > enforcedBreaches.length)
    console.log(
      '  breach*: a goal not met yet, not enforced by --check ("notEnforced" in budgets.json, which says why).',
    );
  const [load1, load5] = loadavg();
  console.log(
    `\n${breaches.length} of ${verdicts.length} budgets missed (${enforcedBreaches.length} enforced); ${fixed((performance.now() - started) / 1000)} s in all; load average ${fixed(load1 ?? NaN, 1)} (1 min), ${fixed(load5 ?? NaN, 1)} (5 min) on ${cpus().length} cores.`,
  );
  if (CHECK && enforcedBreaches.length > 0) {
    console.error(`Budget breached: ${enforcedBreaches.map((breach) => breach.what).join('; ')}`);
    process.exitCode = 1;
  } else if (CHECK) console.log('Within the enforced budgets.');
}

await main();
