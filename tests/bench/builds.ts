/**
 * The builds the benchmark loads, each into a folder of its own under the system's temp directory
 * (never the app's dist/): the default build (what `npm run build` makes with no API URL, what
 * static hosts and every embed serve), the app in real-API mode (VITE_API_BASE_URL set, as a
 * deployment with its own price API builds it) and the benchmark pages.
 */
import { resolve } from 'node:path';
import { build, type Rolldown } from 'vite';

export const ROOT = resolve(import.meta.dirname, '../..');

export interface ChunkInfo {
  fileName: string;
  /** Where the chunk's code comes from: package name (or app folder) -> rendered bytes. */
  sources: Map<string, number>;
  moduleIds: string[];
}

export interface BuildResult {
  outDir: string;
  chunks: Map<string, ChunkInfo>;
  seconds: number;
}

/** A module's package ("recharts", "@tanstack/query-core") or, for the app's own code, its folder. */
export function sourceOf(id: string): string {
  const clean = id.replace(/\?.*$/, '').replace(/^\0/, '');
  const at = clean.lastIndexOf('node_modules/');
  if (at >= 0) {
    const parts = clean.slice(at + 'node_modules/'.length).split('/');
    return parts[0]?.startsWith('@') ? `${parts[0]}/${parts[1] ?? ''}` : (parts[0] ?? clean);
  }
  if (clean.startsWith(ROOT))
    return clean
      .slice(ROOT.length + 1)
      .split('/')
      .slice(0, 2)
      .join('/');
  return clean;
}

function chunksOf(output: Rolldown.RolldownOutput): Map<string, ChunkInfo> {
  const chunks = new Map<string, ChunkInfo>();
  for (const item of output.output) {
    if (item.type !== 'chunk') continue;
    const sources = new Map<string, number>();
    for (const [id, module] of Object.entries(item.modules)) {
      const source = sourceOf(id);
      sources.set(source, (sources.get(source) ?? 0) + module.renderedLength);
    }
    chunks.set(item.fileName, { fileName: item.fileName, sources, moduleIds: item.moduleIds });
  }
  return chunks;
}

async function viteBuild(
  configFile: string,
  outDir: string,
  env: Record<string, string> = {},
): Promise<BuildResult> {
  const started = performance.now();
  // NODE_ENV too: a process that has started a Vite dev server or Vitest has it set to development
  // or test, and the build would then ship React's development build.
  const variables = { NODE_ENV: 'production', ...env };
  const saved = Object.fromEntries(Object.keys(variables).map((key) => [key, process.env[key]]));
  Object.assign(process.env, variables);
  try {
    const result = await build({
      configFile,
      mode: 'production',
      logLevel: 'warn',
      build: { outDir, emptyOutDir: true },
    });
    const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
    const chunks = new Map<string, ChunkInfo>();
    for (const output of outputs)
      for (const [name, chunk] of chunksOf(output)) chunks.set(name, chunk);
    return { outDir, chunks, seconds: (performance.now() - started) / 1000 };
  } finally {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) Reflect.deleteProperty(process.env, key);
      else process.env[key] = value;
    }
  }
}

/**
 * The app as `npm run build` makes it, VITE_API_BASE_URL unset: the build readers get, whichever
 * way it carries the bundled data (the benchmark measures what it loads, not how).
 */
export function buildDefaultApp(outDir: string): Promise<BuildResult> {
  return viteBuild(resolve(ROOT, 'vite.config.ts'), outDir);
}

/** The app as a deployment builds it: `VITE_API_BASE_URL=... npm run build`. */
export function buildRealApiApp(outDir: string, apiBaseUrl: string): Promise<BuildResult> {
  return viteBuild(resolve(ROOT, 'vite.config.ts'), outDir, { VITE_API_BASE_URL: apiBaseUrl });
}

/** The three benchmark pages (tests/bench/vite.config.ts). */
export function buildBenchPages(outDir: string): Promise<BuildResult> {
  return viteBuild(resolve(import.meta.dirname, 'vite.config.ts'), outDir);
}
