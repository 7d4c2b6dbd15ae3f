import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const run = promisify(execFile);
const exportView = (...args: string[]) =>
  run(process.execPath, ['--import', 'tsx', 'scripts/export.ts', ...args], { cwd: ROOT });

describe('npm run export, against the production build in dist/', () => {
  const out = mkdtempSync(join(tmpdir(), 'export-'));

  it('writes the PNG of a view at print size and repeats the page notices', async () => {
    const file = join(out, 'peers.png');
    const { stderr } = await exportView(
      '--view',
      'https://example.org/report?metric=rebased&peers=AMD,TSM&nonsense=1',
      '--out',
      file,
      '--size',
      'print',
    );
    const bytes = readFileSync(file);
    expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1800, 1000]);
    expect(stderr).toContain('Ignored "nonsense"');
    expect(stderr).toContain('nvda-rebased-2025-01-02_2025-02-28-1800x1000.png');
  }, 60_000);

  it('writes the SVG and the events CSV of a view', async () => {
    const svg = join(out, 'price.svg');
    await exportView('--view', '?hideKinds=social&from=2025-01-13&to=2025-02-07', '--out', svg);
    const text = readFileSync(svg, 'utf8');
    expect(text).toMatch(/^<\?xml/);
    expect(text).toContain(
      "<title>NVIDIA's share price and market value, 13 Jan to 7 Feb 2025</title>",
    );
    expect(text).not.toContain('Obviously');

    const csv = join(out, 'events.csv');
    await exportView('--view', '?from=2025-01-20&to=2025-01-31', '--out', csv, '--events');
    const lines = readFileSync(csv, 'utf8').trim().split('\r\n');
    expect(lines[0]).toMatch(/^id,kind,title,start,/);
    expect(lines.some((line) => line.startsWith('musk-obviously-reply,social,'))).toBe(true);
  }, 60_000);

  it('refuses an output it cannot write, with a message and exit code 1', async () => {
    const failure = await exportView('--out', join(out, 'chart.gif')).catch(
      (error: unknown) => error as { code: number; stderr: string },
    );
    expect(failure).toMatchObject({ code: 1 });
    expect((failure as { stderr: string }).stderr).toContain(
      '--out must end in .png, .svg or .csv',
    );
  }, 30_000);
});
