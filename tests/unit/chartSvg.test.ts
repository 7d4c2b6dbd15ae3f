import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import {
  composeChartSvg,
  svgText,
  wrapText,
  type ChartFigure,
  type LegendItem,
} from '../../src/export/chartSvg';

const SVG_NS = 'http://www.w3.org/2000/svg';
const RUNS = Number(process.env.FUZZ_RUNS ?? 300);

/** The budget wrapText promises: an average glyph of 0.55 em (0.62 em in bold), never under 8. */
const budget = (width: number, fontSize: number, bold = false) =>
  Math.max(8, Math.floor(width / (fontSize * (bold ? 0.62 : 0.55))));

const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });
const graphemes = (text: string) => [...segmenter.segment(text)].map((part) => part.segment);
const words = (text: string) => text.split(/\s+/).filter((word) => word !== '');

const wordArbitrary = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }).map((word) =>
  // No whitespace inside a word: wrapText splits on it.
  word.replace(/\s/g, 'x'),
);
const textArbitrary = fc
  .tuple(
    fc.array(wordArbitrary, { maxLength: 30 }),
    fc.constantFrom(' ', '  ', '\n', '\t', ' \u00a0 '),
  )
  .map(([parts, gap]) => parts.join(gap));
const layoutArbitrary = fc.record({
  width: fc.integer({ min: 0, max: 1200 }),
  fontSize: fc.integer({ min: 8, max: 32 }),
  bold: fc.boolean(),
});

describe('wrapText', () => {
  it('wraps a caption greedily at the budget of its width', () => {
    // 300 / (10 * 0.55) = 54.5: 54 characters a line.
    const text =
      'It fell 17.0% on Mon 27 Jan 2025, the largest one-day loss of market value in the history of any company.';
    const lines = wrapText(text, 300, 10);
    expect(lines).toEqual([
      'It fell 17.0% on Mon 27 Jan 2025, the largest one-day',
      'loss of market value in the history of any company.',
    ]);
    // Bold glyphs are wider: 300 / (10 * 0.62) = 48.4, so 48 a line.
    expect(wrapText(text, 300, 10, true)[0]).toBe('It fell 17.0% on Mon 27 Jan 2025, the largest');
  });

  it('never goes under eight characters a line, however narrow the width', () => {
    expect(wrapText('abcd efg hij', 1, 20)).toEqual(['abcd efg', 'hij']);
  });

  it('gives no lines for empty or blank text, and no empty line ever', () => {
    expect(wrapText('', 300, 12)).toEqual([]);
    expect(wrapText(' \n\t ', 300, 12)).toEqual([]);
    // A first word longer than the budget starts the first line; it does not push an empty one.
    expect(wrapText('Fabricated is long', 1, 20)).toEqual(['Fabricated', 'is long']);
  });

  it('cuts a single word far longer than a line into pieces of one line each', () => {
    const word = 'a'.repeat(30);
    expect(wrapText(`x ${word} y`, 1, 20)).toEqual([
      'x',
      'aaaaaaaa',
      'aaaaaaaa',
      'aaaaaaaa',
      'aaaaaa',
      'y',
    ]);
  });

  it('keeps every word, in order, and only breaks at spaces or inside an over-long word', () => {
    fc.assert(
      fc.property(textArbitrary, layoutArbitrary, (text, { width, fontSize, bold }) => {
        const lines = wrapText(text, width, fontSize, bold);
        // Nothing lost, nothing added, nothing reordered.
        expect(lines.join('').replace(/ /g, '')).toBe(words(text).join(''));
        const perLine = budget(width, fontSize, bold);
        if (words(text).every((word) => word.length <= perLine * 1.5))
          expect(lines.join(' ')).toBe(words(text).join(' '));
        for (const line of lines) {
          expect(line).not.toBe('');
          expect(line).toBe(line.trim());
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('keeps every line within the budget unless it is a single word', () => {
    fc.assert(
      fc.property(textArbitrary, layoutArbitrary, (text, { width, fontSize, bold }) => {
        const perLine = budget(width, fontSize, bold);
        for (const line of wrapText(text, width, fontSize, bold)) {
          if (line.length > perLine) expect(line).not.toContain(' ');
          // Even a cut word's piece shows no more characters than a line holds.
          expect(graphemes(line).length).toBeLessThanOrEqual(Math.ceil(perLine * 1.5));
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('fills each line: the next word would not have fitted on it', () => {
    fc.assert(
      fc.property(textArbitrary, layoutArbitrary, (text, { width, fontSize, bold }) => {
        const perLine = budget(width, fontSize, bold);
        fc.pre(words(text).every((word) => word.length <= perLine));
        const lines = wrapText(text, width, fontSize, bold);
        lines.slice(1).forEach((line, index) => {
          const previous = lines[index] ?? '';
          const firstWord = words(line)[0] ?? '';
          expect(`${previous} ${firstWord}`.length).toBeGreaterThan(perLine);
        });
      }),
      { numRuns: RUNS },
    );
  });

  // BUG (src/export/chartSvg.ts, wrapText, the `.{1,perLine}` split): an over-long word is cut by
  // code point, not by grapheme, so a ZWJ emoji sequence or a skin-tone emoji is torn in two.
  it('cuts an over-long word of emoji only between graphemes', () => {
    const family = '👨‍👩‍👧'; // five code points, one grapheme
    const word = family.repeat(6);
    const lines = wrapText(word, 1, 20);
    expect(lines.join('')).toBe(word);
    for (const line of lines) expect(graphemes(line).every((part) => part === family)).toBe(true);
  });

  it('never splits a surrogate pair or loses a grapheme of an emoji-heavy text', () => {
    const emoji = fc.constantFrom('😀', '👍🏽', '🇫🇷', '👨‍👩‍👧', 'é', 'e\u0301', '中', 'a');
    const emojiWord = fc
      .array(emoji, { minLength: 1, maxLength: 40 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(
        fc.array(emojiWord, { minLength: 1, maxLength: 10 }),
        layoutArbitrary,
        (parts, { width, fontSize, bold }) => {
          const text = parts.join(' ');
          const lines = wrapText(text, width, fontSize, bold);
          expect(lines.join('').replace(/ /g, '')).toBe(parts.join(''));
          for (const line of lines) {
            // No lone surrogate at either end of a line (\p{Cs} matches only an unpaired one).
            expect(line).not.toMatch(/\p{Cs}/u);
          }
        },
      ),
      { numRuns: RUNS },
    );
  });
});

describe('composeChartSvg', () => {
  const colors = { text: '#111827', muted: '#4b5563', background: '#ffffff', font: 'sans-serif' };
  const legend: LegendItem[] = [
    { label: 'Close', color: '#1f2937', dash: '', shape: 'line' },
    { label: 'Social event', color: '#8a3ab9', dash: '1 3', shape: 'line' },
    { label: 'Viral weekend', color: '#1f5fbf', dash: '', shape: 'band' },
  ];
  const figure: ChartFigure = {
    title: "NVIDIA's share price and market value, 2 Jan to 28 Feb 2025",
    caption: 'It fell 17.0% on Mon 27 Jan 2025.',
    alt: 'A line chart of the close, 2 Jan to 28 Feb 2025.',
    source: 'Prices: Nasdaq, Yahoo Finance. Data from 2 Jan 2025 to 28 Feb 2025.',
    legend,
  };

  /** A chart's surface as src/charts stamps it, in the document, that lays out at 600 x 300. */
  function surface(): SVGSVGElement {
    const svg = document.createElementNS(SVG_NS, 'svg');
    svg.setAttribute('class', 'recharts-surface');
    svg.setAttribute('data-chart-surface', 'price');
    svg.setAttribute('width', '600');
    svg.setAttribute('height', '300');
    svg.setAttribute('tabindex', '0');
    svg.innerHTML = `
      <path d="M 99 0 L 99 300" data-export="omit" data-probe="cursor" />
      <g class="recharts-layer price-line">
        <path class="recharts-line-curve" data-chart-series="close" d="M 0 10 L 300 200 L 600 150" stroke="#1f2937" fill="none" />
        <g class="recharts-active-dot"><circle cx="300" cy="200" r="4" data-export="omit" data-probe="dot" /></g>
      </g>
      <text tabindex="0" class="event-label" data-probe="label" x="300" y="20" fill="var(--text, #111)">Record drop</text>
      <line x1="300" x2="300" y1="0" y2="300" stroke="var(--event-market)" stroke-dasharray="4 3" data-probe="event-line" />
    `;
    svg.getBoundingClientRect = () => new DOMRect(0, 0, 600, 300);
    document.body.append(svg);
    return svg;
  }

  afterEach(() => {
    document.body.replaceChildren();
  });

  /** The file's text parsed back as XML, with its namespace declared exactly once. */
  const reparse = (svg: SVGSVGElement) => {
    const text = svgText(svg);
    expect(text.split(' xmlns="http://www.w3.org/2000/svg"').length - 1).toBe(1);
    return new DOMParser().parseFromString(text, 'image/svg+xml');
  };
  const allAttributes = (root: Element) =>
    [root, ...root.querySelectorAll('*')].flatMap((node) => [...node.attributes]);

  it('carries the title and the description as text, escaping any markup in them', () => {
    const { svg } = composeChartSvg(
      [surface()],
      { ...figure, title: '<script>alert(1)</script>', alt: 'a <b>bold</b> & "quoted" claim' },
      colors,
    );
    const text = svgText(svg);
    expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg')).toBe(true);
    expect(text).toContain('<title>&lt;script&gt;alert(1)&lt;/script&gt;</title>');
    expect(text).not.toContain('<script>');
    const parsed = reparse(svg);
    expect(parsed.querySelector('parsererror')).toBeNull();
    expect(parsed.getElementsByTagName('script')).toHaveLength(0);
    expect(parsed.getElementsByTagName('b')).toHaveLength(0);
    // Pasted inline into an HTML page, the file still holds no script either.
    const html = new DOMParser().parseFromString(text, 'text/html');
    expect(html.querySelectorAll('script, b')).toHaveLength(0);
    expect(html.querySelector('svg > title')?.textContent).toBe('<script>alert(1)</script>');
    const root = parsed.documentElement;
    expect(root.namespaceURI).toBe(SVG_NS);
    expect(root.querySelector(':scope > title')?.textContent).toBe('<script>alert(1)</script>');
    expect(root.querySelector(':scope > desc')?.textContent).toBe('a <b>bold</b> & "quoted" claim');
    expect(root.getAttribute('role')).toBe('img');
    // The title is also written on the picture, as text.
    const texts = [...root.querySelectorAll('text')].map((node) => node.textContent);
    expect(texts).toContain('<script>alert(1)</script>');
  });

  it('copies the chart without its interaction furniture, classes, tab stops or theme variables', () => {
    const original = surface();
    const { svg } = composeChartSvg([original], figure, colors);
    const parsed = reparse(svg).documentElement;
    // The tooltip cursor and the active dot are left out; the line, the label and the event line
    // are kept.
    expect(parsed.querySelector('[data-probe="cursor"]')).toBeNull();
    expect(parsed.querySelector('[data-probe="dot"]')).toBeNull();
    expect(parsed.querySelector('path[d="M 0 10 L 300 200 L 600 150"]')).not.toBeNull();
    expect(parsed.querySelector('[data-probe="label"]')?.textContent).toBe('Record drop');
    expect(parsed.querySelector('[data-probe="event-line"]')).not.toBeNull();
    expect(
      parsed.querySelector('[data-probe="event-line"]')?.getAttribute('stroke-dasharray'),
    ).toBe('4 3');
    const attributes = allAttributes(parsed);
    expect(attributes.filter((attribute) => attribute.name === 'tabindex')).toEqual([]);
    expect(attributes.filter((attribute) => attribute.name === 'class')).toEqual([]);
    expect(attributes.filter((attribute) => attribute.value.includes('var('))).toEqual([]);
    // The screen's chart is untouched.
    expect(original.querySelector('[data-probe="cursor"]')).not.toBeNull();
    expect(original.querySelector('.event-label')?.getAttribute('fill')).toBe('var(--text, #111)');
    expect(original.getAttribute('tabindex')).toBe('0');
  });

  it('places the panel at its on-screen size and sizes the document around it', () => {
    const { svg, width, height } = composeChartSvg([surface()], figure, colors);
    // 600 + 2 x 16 padding.
    expect(width).toBe(632);
    expect(Number.isInteger(height)).toBe(true);
    expect(height).toBeGreaterThan(300 + 2 * 16);
    expect(svg.getAttribute('width')).toBe('632');
    expect(svg.getAttribute('height')).toBe(String(height));
    expect(svg.getAttribute('viewBox')).toBe(`0 0 632 ${String(height)}`);
    const panel = svg.querySelector(':scope > svg');
    expect(panel?.getAttribute('x')).toBe('16');
    expect(panel?.getAttribute('width')).toBe('600');
    expect(panel?.getAttribute('height')).toBe('300');
    expect(panel?.getAttribute('viewBox')).toBe('0 0 600 300');
    const background = svg.querySelector(':scope > rect');
    expect(background?.getAttribute('width')).toBe('632');
    expect(background?.getAttribute('height')).toBe(String(height));
    expect(background?.getAttribute('fill')).toBe('#ffffff');
  });

  it('stacks several panels one under the other', () => {
    const price = surface();
    const value = surface();
    value.getBoundingClientRect = () => new DOMRect(0, 0, 500, 120);
    const one = composeChartSvg([price], figure, colors);
    const two = composeChartSvg([price, value], figure, colors);
    expect(two.width).toBe(632);
    expect(two.height).toBe(one.height + 120 + 4);
    const panels = [...two.svg.querySelectorAll(':scope > svg')];
    expect(panels).toHaveLength(2);
    expect(Number(panels[1]?.getAttribute('y'))).toBe(Number(panels[0]?.getAttribute('y')) + 304);
  });

  it('is never narrower than 320 px', () => {
    const small = surface();
    small.getBoundingClientRect = () => new DOMRect(0, 0, 100, 80);
    expect(composeChartSvg([small], figure, colors).width).toBe(320);
  });

  it('draws the legend: a sample of each line or band, and its label as text', () => {
    const { svg } = composeChartSvg([surface()], figure, colors);
    const top = [...svg.children];
    const labels = top.filter((node) => node.tagName === 'text').map((node) => node.textContent);
    for (const item of legend) expect(labels).toContain(item.label);
    const lines = top.filter((node) => node.tagName === 'line');
    expect(lines.map((node) => node.getAttribute('stroke'))).toEqual(['#1f2937', '#8a3ab9']);
    expect(lines[0]?.hasAttribute('stroke-dasharray')).toBe(false);
    expect(lines[1]?.getAttribute('stroke-dasharray')).toBe('1 3');
    const bands = top.filter(
      (node) => node.tagName === 'rect' && node.getAttribute('fill') === '#1f5fbf',
    );
    expect(bands).toHaveLength(1);
    expect(bands[0]?.getAttribute('fill-opacity')).toBe('0.18');
    // Each sample sits just left of its label.
    const closeLabel = top.find((node) => node.textContent === 'Close');
    expect(Number(closeLabel?.getAttribute('x'))).toBe(Number(lines[0]?.getAttribute('x1')) + 28);
  });

  it('writes the caption and the source line, the source in the muted colour', () => {
    const { svg } = composeChartSvg([surface()], figure, colors);
    const texts = [...svg.querySelectorAll(':scope > text')];
    const caption = texts.find((node) => node.textContent === figure.caption);
    expect(caption?.getAttribute('fill')).toBe('#111827');
    const source = texts.find((node) => node.textContent === figure.source);
    expect(source).toBeDefined();
    expect(source?.getAttribute('fill')).toBe('#4b5563');
    // The source is the last thing on the page, below the panel.
    expect(texts.at(-1)).toBe(source);
    expect(svg.getAttribute('font-family')).toBe('sans-serif');
  });

  it('grows taller with a longer caption, and shorter without a legend', () => {
    const short = composeChartSvg([surface()], figure, colors);
    const longCaption = Array.from({ length: 40 }, () => 'a longer caption').join(' ');
    const long = composeChartSvg([surface()], { ...figure, caption: longCaption }, colors);
    expect(long.height).toBeGreaterThan(short.height);
    // The short caption is one line; the long one as many lines as wrapText makes of it.
    expect(wrapText(figure.caption, 600, 14)).toHaveLength(1);
    const longLines = wrapText(long.svg.querySelector('desc') ? longCaption : '', 600, 14);
    expect(longLines.length).toBeGreaterThan(5);
    const written = [...long.svg.querySelectorAll(':scope > text')].map((node) => node.textContent);
    for (const line of longLines) expect(written).toContain(line);
    expect(long.height - short.height).toBeCloseTo((longLines.length - 1) * 14 * 1.35, 0);
    const noLegend = composeChartSvg([surface()], { ...figure, legend: [] }, colors);
    expect(noLegend.height).toBeLessThan(short.height);
    expect([...noLegend.svg.children].filter((node) => node.tagName === 'line')).toHaveLength(0);
  });

  it('wraps a long legend onto a second row', () => {
    const many: LegendItem[] = Array.from({ length: 12 }, (_, index) => ({
      label: `Event number ${String(index)}`,
      color: '#000000',
      dash: '',
      shape: 'line',
    }));
    const one = composeChartSvg([surface()], { ...figure, legend: many.slice(0, 1) }, colors);
    const wrapped = composeChartSvg([surface()], { ...figure, legend: many }, colors);
    expect(wrapped.height).toBeGreaterThan(one.height);
    const samples = [...wrapped.svg.children].filter((node) => node.tagName === 'line');
    const rows = new Set(samples.map((node) => node.getAttribute('y1')));
    expect(rows.size).toBeGreaterThan(1);
    for (const node of samples)
      expect(Number(node.getAttribute('x2'))).toBeLessThanOrEqual(632 - 16);
  });
});
