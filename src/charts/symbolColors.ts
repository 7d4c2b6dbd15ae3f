/**
 * One colour per symbol, the same in every chart and every view, so a line keeps its identity when
 * peers are switched on and off. NVIDIA is the darkest line: it is the subject.
 */
const SYMBOL_COLORS: Record<string, string> = {
  NVDA: 'var(--chart-line, #111827)',
  AVGO: '#c2410c',
  TSM: '#1d4ed8',
  ASML: '#0e7490',
  AMD: '#b91c1c',
  MSFT: '#4d7c0f',
  META: '#6d28d9',
  GOOGL: '#a16207',
  VST: '#be185d',
  CEG: '#047857',
  QQQ: '#64748b',
  SPY: '#78716c',
  SMH: '#0369a1',
  SOXX: '#9333ea',
  IXIC: '#475569',
  SPX: '#57534e',
  SOX: '#7c3aed',
};

export function colorOf(symbol: string): string {
  return SYMBOL_COLORS[symbol] ?? '#6b7280';
}
