import { CHART_SELECTOR } from './chartDom';

const SVG_NS = 'http://www.w3.org/2000/svg';

export interface LegendItem {
  label: string;
  color: string;
  /** An SVG dash pattern; empty for a solid line. */
  dash: string;
  /** A band (the weekend) is drawn as a swatch, a line kind as a line. */
  shape: 'line' | 'band';
  /** One of the chart's own lines, not an overlay: an embed keeps its key when the legend gives way. */
  series?: boolean;
}

/** The words around an exported chart: all of it plain text, never markup. */
export interface ChartFigure {
  title: string;
  caption: string;
  /** The long description: the SVG's <desc>, for screen readers and search. */
  alt: string;
  source: string;
  legend: readonly LegendItem[];
}

export interface ComposedSvg {
  svg: SVGSVGElement;
  width: number;
  height: number;
}

/** The styles the charts get from CSS (themes, classes) that a standalone file must carry itself. */
const INLINED = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
  'visibility',
] as const;

const PADDING = 16;
const TITLE_SIZE = 20;
const CAPTION_SIZE = 14;
const SMALL_SIZE = 12;
const LINE_GAP = 1.35;

function element<K extends keyof SVGElementTagNameMap>(
  name: K,
  attributes: Record<string, string | number>,
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
  return node;
}

/** Breaks text into lines that fit `width`, by an average glyph width (no layout engine here). */
export function wrapText(text: string, width: number, fontSize: number, bold = false): string[] {
  // DejaVu Sans, the widest of the usual fallbacks, averages about 0.55 em a glyph, 0.62 in bold.
  const perLine = Math.max(8, Math.floor(width / (fontSize * (bold ? 0.62 : 0.55))));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((part) => part !== '')) {
    const next = line ? `${line} ${word}` : word;
    if (next.length > perLine && line) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  // A word too long for any line is cut between graphemes, so an emoji family stays whole.
  const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });
  return lines.flatMap((long) => {
    if (long.length <= perLine * 1.5) return [long];
    const pieces: string[] = [];
    let piece = '';
    for (const { segment } of graphemes.segment(long)) {
      if (piece.length + segment.length > perLine && piece) {
        pieces.push(piece);
        piece = '';
      }
      piece += segment;
    }
    if (piece) pieces.push(piece);
    return pieces;
  });
}

/** A copy of a chart's SVG that carries its computed styles and none of its interaction. */
function standaloneCopy(surface: SVGSVGElement): SVGSVGElement {
  const copy = surface.cloneNode(true) as SVGSVGElement;
  // A deep clone lists its elements in the same order as the original.
  const originals = [surface, ...surface.querySelectorAll('*')];
  const copies = [copy, ...copy.querySelectorAll('*')];
  // Interaction furniture (the tooltip cursor, the active dot) is not part of the picture.
  const leftOut = new Set(surface.querySelectorAll(CHART_SELECTOR.omittedFromExport));
  const removed: Element[] = [];
  originals.forEach((original, index) => {
    const target = copies[index];
    if (!(target instanceof SVGElement)) return;
    if (leftOut.has(original)) {
      removed.push(target);
      return;
    }
    const computed = getComputedStyle(original);
    const style = INLINED.map((name) => `${name}:${computed.getPropertyValue(name)}`)
      .filter((declaration) => !declaration.endsWith(':'))
      .join(';');
    target.setAttribute('style', style);
    // The computed style above carries the value; a theme variable would mean nothing in a file.
    for (const attribute of [...target.attributes])
      if (attribute.value.includes('var(')) target.removeAttribute(attribute.name);
    target.removeAttribute('tabindex');
    target.removeAttribute('class');
  });
  for (const node of removed) node.remove();
  return copy;
}

function textBlock(
  parent: SVGElement,
  lines: readonly string[],
  x: number,
  y: number,
  attributes: Record<string, string | number>,
): number {
  const size = Number(attributes['font-size']);
  let top = y;
  for (const line of lines) {
    const node = element('text', { x, y: top + size, ...attributes });
    node.textContent = line;
    parent.append(node);
    top += size * LINE_GAP;
  }
  return top;
}

/**
 * One SVG document of the chart as it is on screen: title, caption, the chart panels stacked, the
 * legend of the overlays that are on, and the source line. Text goes in as text nodes, so a title
 * such as `<script>` is written as `&lt;script&gt;` and never becomes markup.
 */
export function composeChartSvg(
  surfaces: readonly SVGSVGElement[],
  figure: ChartFigure,
  colors: { text: string; muted: string; background: string; font: string },
): ComposedSvg {
  const boxes = surfaces.map((surface) => {
    const box = surface.getBoundingClientRect();
    return { surface, width: Math.round(box.width), height: Math.round(box.height) };
  });
  const width = Math.max(320, ...boxes.map((box) => box.width + 2 * PADDING));
  const inner = width - 2 * PADDING;
  // No xmlns attribute: the serializer declares the namespace of an element made in it.
  const svg = element('svg', { role: 'img', 'font-family': colors.font });
  const title = element('title', {});
  title.textContent = figure.title;
  const desc = element('desc', {});
  desc.textContent = figure.alt;
  const background = element('rect', { x: 0, y: 0, fill: colors.background });
  svg.append(title, desc, background);

  let y = PADDING;
  y = textBlock(svg, wrapText(figure.title, inner, TITLE_SIZE, true), PADDING, y, {
    'font-size': TITLE_SIZE,
    'font-weight': 700,
    fill: colors.text,
  });
  y = textBlock(svg, wrapText(figure.caption, inner, CAPTION_SIZE), PADDING, y + 2, {
    'font-size': CAPTION_SIZE,
    fill: colors.text,
  });
  y += 8;
  for (const box of boxes) {
    const panel = standaloneCopy(box.surface);
    panel.setAttribute('x', String(PADDING));
    panel.setAttribute('y', String(y));
    panel.setAttribute('width', String(box.width));
    panel.setAttribute('height', String(box.height));
    panel.setAttribute('viewBox', `0 0 ${String(box.width)} ${String(box.height)}`);
    svg.append(panel);
    y += box.height + 4;
  }

  // The legend flows left to right and wraps, each item a sample of its line and its name.
  let x = PADDING;
  y += 8;
  for (const item of figure.legend) {
    const itemWidth = 30 + item.label.length * SMALL_SIZE * 0.55 + 16;
    if (x + itemWidth > width - PADDING && x > PADDING) {
      x = PADDING;
      y += SMALL_SIZE * 1.6;
    }
    const middle = y + SMALL_SIZE / 2 + 1;
    svg.append(
      item.shape === 'band'
        ? element('rect', {
            x,
            y: middle - 5,
            width: 22,
            height: 10,
            fill: item.color,
            'fill-opacity': 0.18,
          })
        : element('line', {
            x1: x,
            x2: x + 22,
            y1: middle,
            y2: middle,
            stroke: item.color,
            'stroke-width': 2,
            ...(item.dash ? { 'stroke-dasharray': item.dash } : {}),
          }),
    );
    const label = element('text', {
      x: x + 28,
      y: y + SMALL_SIZE,
      'font-size': SMALL_SIZE,
      fill: colors.text,
    });
    label.textContent = item.label;
    svg.append(label);
    x += itemWidth;
  }
  if (figure.legend.length > 0) y += SMALL_SIZE * 1.8;
  y = textBlock(svg, wrapText(figure.source, inner, SMALL_SIZE), PADDING, y, {
    'font-size': SMALL_SIZE,
    fill: colors.muted,
  });
  const height = Math.ceil(y + PADDING);
  svg.setAttribute('width', String(width));
  svg.setAttribute('height', String(height));
  svg.setAttribute('viewBox', `0 0 ${String(width)} ${String(height)}`);
  background.setAttribute('width', String(width));
  background.setAttribute('height', String(height));
  return { svg, width, height };
}

/** The SVG as a file's text, with its XML declaration. */
export function svgText(svg: SVGSVGElement): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(svg)}`;
}
