import { parseEventsFile } from '../../import/eventsFile';
import { parsePricesCsv, PRICE_FORMS } from '../../import/pricesCsv';
import { storyWithLoadedData } from '../../story/loadedStory';
import { DEFAULT_STORY, STORY, type Story } from '../../story/story';
import type { ViewState } from '../viewState';
import { refused, type FileRole, type Loaded, type LoadedSeries, type LoadReport } from './loaded';
import { symbolFromFileName } from './readSource';

const plural = (count: number, one: string, many = `${one}s`) =>
  `${count} ${count === 1 ? one : many}`;

const leftOut = (count: number) =>
  count > 0 ? `; ${plural(count, 'problem')} below, those rows left out` : '';

/**
 * A file's text read for its role: what is loaded next, the story it tells and the view choices
 * that story changes; or, refused, only the report. Nothing changes until the caller applies it.
 */
export function readLoaded(
  source: { name: string; text: string },
  as: FileRole,
  typedSymbol: string,
  current: Loaded,
):
  | { next: Loaded; story: Story; patch: Partial<ViewState>; report: LoadReport }
  | { report: LoadReport } {
  if (as === 'events') {
    const result = parseEventsFile(source.text, source.name);
    if (!result.ok) return { report: refused(source.name, result.problems) };
    return {
      next: { ...current, events: { list: result.value, from: source.name } },
      story: { ...STORY },
      patch: {},
      report: {
        accepted: true,
        summary: `Loaded ${plural(result.value.length, 'event')} from ${source.name}${leftOut(result.dropped.length)}.`,
        problems: result.dropped,
        notes: result.notes,
      },
    };
  }
  const symbol = typedSymbol.trim().toUpperCase() || symbolFromFileName(source.name);
  if (!symbol) {
    const reason = 'the file name holds no symbol: type one in the Symbol box and load it again';
    return {
      report: refused(source.name, [{ file: source.name, row: null, column: null, reason }]),
    };
  }
  const result = parsePricesCsv(source.text, source.name, symbol);
  if (!result.ok) return { report: refused(source.name, result.problems) };
  const { bars } = result.value.prices;
  const series: LoadedSeries = {
    symbol,
    name: symbol,
    kind: as === 'subject' ? 'stock' : 'index',
    bars,
    // A share count the reader entered stays with the same subject loaded again.
    shares: as === 'subject' && current.subject?.symbol === symbol ? current.subject.shares : null,
    from: source.name,
  };
  const next = { ...current, [as]: series };
  const story = storyWithLoadedData(DEFAULT_STORY, next);
  const patch: Partial<ViewState> =
    as === 'subject'
      ? {
          from: story.defaultWindow.from,
          to: story.defaultWindow.to,
          rebaseDate: story.defaultRebaseDate,
          benchmark: story.defaultBenchmark,
          peers: story.defaultPeers,
          studyEvent: null,
        }
      : { benchmark: story.defaultBenchmark };
  const form = PRICE_FORMS[result.value.form].label;
  const span = `${bars[0]?.date ?? ''} to ${bars.at(-1)?.date ?? ''}`;
  return {
    next,
    story,
    patch,
    report: {
      accepted: true,
      summary: `Loaded ${symbol} from ${source.name} (${form} form): ${plural(bars.length, 'session')}, ${span}, as the ${as}${leftOut(result.dropped.length)}.`,
      problems: result.dropped,
      notes: result.notes,
    },
  };
}
