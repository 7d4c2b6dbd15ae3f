/**
 * What the benchmark reads from Chromium: paint and long-task timings, layout shifts, the time the
 * chart's line is first painted, the scripts loaded before the chart, and the heap after GC.
 */
import type { Page } from 'playwright-core';

/**
 * Runs in the page before any of its scripts: observers for long tasks and layout shifts, and a
 * MutationObserver that stamps the first paint after the price line is in the DOM.
 */
export const OBSERVERS_INIT_SCRIPT = `(() => {
  const perf = { longTasks: [], shifts: [], linePaintedAt: null };
  window.__benchPerf = perf;
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) perf.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        if (!entry.hadRecentInput)
          perf.shifts.push({
            start: entry.startTime,
            value: entry.value,
            moved: (entry.sources || []).map((source) => {
              const node = source.node;
              const name = !node ? '(removed node)' : node.nodeType === 1
                ? node.localName + (node.classList.length ? '.' + [...node.classList].join('.') : '')
                : '#text in ' + (node.parentElement ? node.parentElement.localName : '?');
              const box = (rect) => [rect.x, rect.y, rect.width, rect.height].map(Math.round).join(',');
              return name + ' from ' + box(source.previousRect) + ' to ' + box(source.currentRect);
            }),
          });
    }).observe({ type: 'layout-shift', buffered: true });
  } catch {}
  const seen = new MutationObserver(() => {
    if (!document.querySelector('.price-line path.recharts-line-curve')) return;
    seen.disconnect();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => { perf.linePaintedAt = performance.now(); };
      channel.port2.postMessage(null);
    });
  });
  seen.observe(document, { childList: true, subtree: true });
})();`;

export interface LoadMetrics {
  /** performance.mark('chart-ready') of the page, ms from navigation start. */
  chartReadyMs: number;
  /** The first paint after the price line is in the DOM (pages with a Recharts price line only). */
  linePaintedMs: number;
  fcpMs: number;
  /** Total blocking time between first contentful paint and chart-ready: sum of (task - 50 ms). */
  tbtMs: number;
  /** The longest task between first contentful paint and chart-ready. */
  longestTaskMs: number;
  /** Cumulative layout shift up to the end of the measurement. */
  cls: number;
  /** Each shift: when, how much, and which elements moved (x,y,width,height before and after). */
  shifts: { start: number; value: number; moved: string[] }[];
  /** Scripts (URL paths) whose responses ended before chart-ready. */
  scriptsBeforeReady: string[];
}

interface PagePerf {
  longTasks: { start: number; duration: number }[];
  shifts: { start: number; value: number; moved: string[] }[];
  linePaintedAt: number | null;
}

export async function waitForChartReady(page: Page, timeoutMs: number): Promise<void> {
  await page.waitForFunction(() => performance.getEntriesByName('chart-ready').length > 0, null, {
    timeout: timeoutMs,
    polling: 50,
  });
}

/** Reads the load metrics once chart-ready is marked (and the page has settled a little). */
export async function loadMetrics(page: Page): Promise<LoadMetrics> {
  const raw = await page.evaluate(() => {
    const perf = (window as unknown as { __benchPerf: PagePerf }).__benchPerf;
    const ready = performance.getEntriesByName('chart-ready')[0]?.startTime ?? NaN;
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
    const scripts = performance
      .getEntriesByType('resource')
      .filter(
        (entry): entry is PerformanceResourceTiming =>
          entry instanceof PerformanceResourceTiming &&
          new URL(entry.name).pathname.endsWith('.js') &&
          entry.responseEnd <= ready,
      )
      .map((entry) => new URL(entry.name).pathname);
    // The entry script is in the resource timeline too (it is a module script of the document).
    return { perf, ready, fcp, scripts };
  });
  const { perf, ready, fcp } = raw;
  const inWindow = perf.longTasks.filter((task) => task.start >= fcp && task.start < ready);
  return {
    chartReadyMs: ready,
    linePaintedMs: perf.linePaintedAt ?? NaN,
    fcpMs: fcp,
    tbtMs: inWindow.reduce((sum, task) => sum + Math.max(0, task.duration - 50), 0),
    longestTaskMs: Math.max(0, ...inWindow.map((task) => task.duration)),
    cls: perf.shifts.reduce((sum, shift) => sum + shift.value, 0),
    shifts: perf.shifts,
    scriptsBeforeReady: raw.scripts,
  };
}

/** JS heap plus array-buffer backing stores (typed arrays live there), in MB, after two full GCs. */
export async function heapAfterGc(page: Page): Promise<{ heapMB: number; jsHeapMB: number }> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const usage = await cdp.send('Runtime.getHeapUsage');
    const mb = (bytes: number) => bytes / 1024 / 1024;
    return {
      heapMB: mb(usage.usedSize + usage.backingStorageSize),
      jsHeapMB: mb(usage.usedSize),
    };
  } finally {
    await cdp.detach();
  }
}
