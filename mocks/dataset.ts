import symbolsMeta from './fixtures/symbols.json';
import eventsFixture from './fixtures/events.json';
import eventLabels from './fixtures/event-labels.json';
import sharesCsv from './fixtures/nvda_shares_outstanding.csv?raw';
import type { MarketEvent, PriceBar, SharesPoint } from '../src/domain/types';
import type { SymbolInfo } from '../src/api/schemas';
import type { Dataset } from '../src/api/datasetAnswers';
import { csvRows, parsePriceCsv } from './csv';

/** The bundled dataset (mocks/fixtures, see PROVENANCE.md), read once into the contract's shapes. */

const priceFiles = import.meta.glob<string>('./fixtures/prices/*.csv', {
  query: '?raw',
  import: 'default',
  eager: true,
});

export const pricesBySymbol: ReadonlyMap<string, PriceBar[]> = new Map(
  Object.entries(priceFiles).map(([path, text]) => [
    path.replace(/^.*\/([A-Z]+)\.csv$/, '$1'),
    parsePriceCsv(text),
  ]),
);

export const sharesBySymbol: ReadonlyMap<string, SharesPoint[]> = new Map([
  [
    'NVDA',
    csvRows(sharesCsv).map((row) => ({
      asOf: row.as_of_date ?? '',
      shares: Number(row.shares_outstanding),
      source: `${row.document ?? ''}, ${row.measure ?? ''} (filed ${row.filed ?? ''})`,
    })),
  ],
]);

interface RawEvent extends Omit<MarketEvent, 'end'> {
  end?: string | null;
}

const labels: Record<string, Pick<MarketEvent, 'shortLabel' | 'priority'> | undefined> =
  eventLabels;

/**
 * The events of the NVIDIA story; `end` is null where the fixture leaves it out, as the contract
 * says. Each gets its chart label and label priority from event-labels.json, the story's editorial
 * layer kept apart from the sourced timeline.
 */
export const storyEvents: MarketEvent[] = (eventsFixture as RawEvent[]).map((event) => ({
  ...event,
  end: event.end ?? null,
  ...labels[event.id],
}));

export const symbols: SymbolInfo[] = symbolsMeta.map((meta) => {
  const bars = pricesBySymbol.get(meta.symbol) ?? [];
  return {
    symbol: meta.symbol,
    name: meta.name,
    kind: meta.kind as SymbolInfo['kind'],
    currency: 'USD',
    exchange: meta.exchange,
    timezone: 'America/New_York',
    firstDate: bars[0]?.date ?? '',
    lastDate: bars.at(-1)?.date ?? '',
  };
});

/** The bundled dataset as the API answers it (src/api/datasetAnswers.ts), in memory. */
export const bundledDataset: Dataset = {
  hasSymbol: (symbol) => pricesBySymbol.has(symbol),
  symbols: () => Promise.resolve(symbols),
  bars: (symbol) => Promise.resolve(pricesBySymbol.get(symbol) ?? []),
  shares: (symbol) => Promise.resolve(sharesBySymbol.get(symbol) ?? null),
  // The bundled timeline is NVIDIA's story; other symbols have no events of their own.
  events: (symbol) => Promise.resolve(symbol === 'NVDA' ? storyEvents : []),
};
