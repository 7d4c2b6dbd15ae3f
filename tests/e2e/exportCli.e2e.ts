import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { DEFAULT_STEPS } from '../../src/story/deepseekSteps';
import { DEFAULT_STORY } from '../../src/story/story';

const ROOT = resolve(import.meta.dirname, '../..');
const run = promisify(execFile);
const exportView = (...args: string[]) =>
  run(process.execPath, ['--import', 'tsx', 'scripts/export.ts', ...args], { cwd: ROOT });

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

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

  it('writes a story as a deck: a PNG and an SVG per step, each titled, and the captions', async () => {
    const deck = join(out, 'deck');
    await exportView('--story', DEFAULT_STORY.id, '--out', deck, '--size', '1x');
    // captions.md: one section a step, its title and caption as the page filled them.
    const sections = readFileSync(join(deck, 'captions.md'), 'utf8').split(/^## /m).slice(1);
    expect(sections).toHaveLength(DEFAULT_STEPS.length);
    const files = readdirSync(deck).sort();
    expect(files.filter((file) => file.endsWith('.png'))).toHaveLength(DEFAULT_STEPS.length);
    sections.forEach((section, index) => {
      const [heading = '', , caption = ''] = section.split('\n');
      const title = heading.replace(/^\d+\. /, '');
      // Filled from the data: no placeholder is left in the words.
      expect(`${title} ${caption}`).not.toMatch(/[{}]|…/);
      const name = files.find((file) => file.startsWith(`${String(index + 1).padStart(2, '0')}-`));
      const svg = readFileSync(join(deck, (name ?? '').replace(/\.(png|svg)$/, '.svg')), 'utf8');
      expect(svg).toContain(`<title>${escapeXml(title)}</title>`);
      expect(svg).toContain(escapeXml(caption.split(' ').slice(0, 4).join(' ')));
      const png = readFileSync(join(deck, (name ?? '').replace(/\.(png|svg)$/, '.png')));
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    });
    // The drop step's figures are the headline's.
    expect(sections.join('')).toContain('$142.62');
  }, 180_000);

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
