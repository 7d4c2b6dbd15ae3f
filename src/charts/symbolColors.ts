import { STORY, storySymbols } from '../story/story';
import { CHART_COLORS } from './palette';

/** Colours that stay apart from each other and from the subject's near-black line. */
const SYMBOL_PALETTE = [
  '#c2410c',
  '#1d4ed8',
  '#0e7490',
  '#b91c1c',
  '#4d7c0f',
  '#6d28d9',
  '#a16207',
  '#be185d',
  '#047857',
  '#64748b',
  '#78716c',
  '#0369a1',
  '#9333ea',
  '#475569',
  '#57534e',
  '#7c3aed',
] as const;

/** A symbol's place in the palette when the story does not list it: the same for every view. */
function hashOf(symbol: string): number {
  let hash = 0;
  for (const char of symbol) hash = (hash * 31 + (char.codePointAt(0) ?? 0)) >>> 0;
  return hash;
}

/**
 * One colour per symbol, by rule, the same in every chart and every view, so a line keeps its
 * identity when peers are switched on and off: the subject draws the price line's colour; the
 * story's other symbols take the palette in the story's order; any other symbol (one a reader
 * brings) takes the palette's colour its name hashes to.
 */
export function colorOf(symbol: string): string {
  if (symbol === STORY.symbol) return CHART_COLORS.price;
  const index = storySymbols().indexOf(symbol);
  const place = index >= 0 ? index : hashOf(symbol);
  return SYMBOL_PALETTE[place % SYMBOL_PALETTE.length] ?? CHART_COLORS.reference;
}
