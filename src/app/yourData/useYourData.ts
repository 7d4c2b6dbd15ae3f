import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { setLocalData, type LocalSeries } from '../../api/localData';
import type { MarketEvent, SharesPoint } from '../../domain/types';
import { parseEventsFile } from '../../import/eventsFile';
import { parsePricesCsv, PRICE_FORMS } from '../../import/pricesCsv';
import { describeProblem, type ImportProblem } from '../../import/problems';
import { storyWithLoadedData } from '../../story/loadedStory';
import { DEFAULT_STORY, showStory } from '../../story/story';
import type { ViewState } from '../viewState';
import { fetchAddress, readPickedFile, symbolFromFileName, type ReadSource } from './readSource';

/** What a loaded file is for. */
export type FileRole = 'subject' | 'benchmark' | 'events';

interface LoadedSeries extends LocalSeries {
  /** The file name or address it came from. */
  from: string;
}

export interface Loaded {
  subject: LoadedSeries | null;
  benchmark: LoadedSeries | null;
  events: { list: readonly MarketEvent[]; from: string } | null;
}

/** The outcome of the last file: accepted (with the rows it left out) or refused, with reasons. */
export interface LoadReport {
  accepted: boolean;
  summary: string;
  problems: readonly ImportProblem[];
  notes: readonly string[];
}

const NOTHING: Loaded = { subject: null, benchmark: null, events: null };

const plural = (count: number, one: string, many = `${one}s`) =>
  `${count} ${count === 1 ? one : many}`;

function refused(what: string, problems: readonly ImportProblem[]): LoadReport {
  return {
    accepted: false,
    summary: `${what} was not loaded; the page keeps its data.`,
    problems,
    notes: [],
  };
}

/** The URL parameter of each view field a load sets, where the names differ. */
const PARAM_OF: Record<string, string> = { rebaseDate: 'rebase', studyEvent: 'event' };

const URL_FIELDS = {
  subject: 'pricesUrl',
  benchmark: 'benchmarkPricesUrl',
  events: 'eventsUrl',
} as const;

/**
 * The reader's own data: files picked or dropped, or https addresses from the URL. A file is read
 * and checked whole before anything changes; once accepted it becomes a local source in front of
 * the page's (localData), the story is re-told for it (loadedStory), and the queries ask again.
 */
export function useYourData(view: ViewState, set: (patch: Partial<ViewState>) => void) {
  const queryClient = useQueryClient();
  const [loaded, setLoaded] = useState<Loaded>(NOTHING);
  const [report, setReport] = useState<LoadReport | null>(null);
  const [role, setRole] = useState<FileRole>('subject');
  const [symbol, setSymbol] = useState('');
  // Window, benchmark and peers the address the page opened on set: loads from it keep them.
  const [openedWith] = useState(() => new URLSearchParams(window.location.search));
  const latest = useRef(loaded);

  const apply = useCallback(
    (next: Loaded, patch: Partial<ViewState>) => {
      latest.current = next;
      setLoaded(next);
      const story = storyWithLoadedData(DEFAULT_STORY, next);
      setLocalData({
        series: [next.subject, next.benchmark].filter((series) => series !== null),
        events: next.events ? { list: next.events.list, mode: view.eventsMode } : null,
        subject: story.symbol,
        storySubject: DEFAULT_STORY.symbol,
      });
      showStory(story);
      set(patch);
      void queryClient.invalidateQueries();
    },
    [queryClient, set, view.eventsMode],
  );

  const loadSource = useCallback(
    (source: ReadSource, as: FileRole, fromAddress: boolean) => {
      if (!('text' in source)) {
        setReport(refused(source.file, [source]));
        return;
      }
      const current = latest.current;
      const keepUrl = fromAddress ? {} : { [URL_FIELDS[as]]: null };
      if (as === 'events') {
        const result = parseEventsFile(source.text, source.name);
        if (!result.ok) {
          setReport(refused(source.name, result.problems));
          return;
        }
        apply({ ...current, events: { list: result.value, from: source.name } }, keepUrl);
        setReport({
          accepted: true,
          summary: `Loaded ${plural(result.value.length, 'event')} from ${source.name}${result.dropped.length ? `; ${plural(result.dropped.length, 'problem')} below, those rows left out` : ''}.`,
          problems: result.dropped,
          notes: result.notes,
        });
        return;
      }
      const name = symbol.trim().toUpperCase() || symbolFromFileName(source.name);
      if (!name) {
        setReport(
          refused(source.name, [
            {
              file: source.name,
              row: null,
              column: null,
              reason: 'the file name holds no symbol: type one in the Symbol box and load it again',
            },
          ]),
        );
        return;
      }
      const result = parsePricesCsv(source.text, source.name, name);
      if (!result.ok) {
        setReport(refused(source.name, result.problems));
        return;
      }
      const { bars } = result.value.prices;
      const series: LoadedSeries = {
        symbol: name,
        name,
        kind: as === 'subject' ? 'stock' : 'index',
        bars,
        shares:
          as === 'subject' && current.subject?.symbol === name ? current.subject.shares : null,
        from: source.name,
      };
      const next = { ...current, [as]: series };
      const story = storyWithLoadedData(DEFAULT_STORY, next);
      // A load from the address the page opened on keeps the choices that address made.
      const keep = (patch: Partial<ViewState>) =>
        fromAddress
          ? Object.fromEntries(
              Object.entries(patch).filter(([field]) => !openedWith.has(PARAM_OF[field] ?? field)),
            )
          : patch;
      const patch: Partial<ViewState> =
        as === 'subject'
          ? keep({
              from: story.defaultWindow.from,
              to: story.defaultWindow.to,
              rebaseDate: story.defaultRebaseDate,
              benchmark: story.defaultBenchmark,
              peers: story.defaultPeers,
              studyEvent: null,
            })
          : keep({ benchmark: story.defaultBenchmark });
      apply(next, { ...patch, ...keepUrl });
      setReport({
        accepted: true,
        summary: `Loaded ${name} from ${source.name} (${PRICE_FORMS[result.value.form].label} form): ${plural(bars.length, 'session')}, ${bars[0]?.date ?? ''} to ${bars.at(-1)?.date ?? ''}, as the ${as === 'subject' ? 'subject' : 'benchmark'}${result.dropped.length ? `; ${plural(result.dropped.length, 'problem')} below, those rows left out` : ''}.`,
        problems: result.dropped,
        notes: result.notes,
      });
    },
    [apply, openedWith, symbol],
  );

  const loadFile = useCallback(
    async (file: File, as: FileRole = role) => {
      loadSource(await readPickedFile(file), as, false);
    },
    [loadSource, role],
  );

  // The addresses in the URL, each fetched when it first appears or changes.
  const fetched = useRef<Record<FileRole, string | null>>({
    subject: null,
    benchmark: null,
    events: null,
  });
  useEffect(() => {
    const controller = new AbortController();
    for (const as of ['subject', 'benchmark', 'events'] as const) {
      const address = view[URL_FIELDS[as]];
      if (address === null || fetched.current[as] === address) continue;
      fetched.current[as] = address;
      void fetchAddress(address, controller.signal).then((source) => {
        if (!controller.signal.aborted) loadSource(source, as, true);
      });
    }
    return () => {
      controller.abort();
    };
  }, [view, loadSource]);

  // Loaded events follow the add/replace choice as soon as it changes.
  const mode = useRef(view.eventsMode);
  useEffect(() => {
    if (mode.current === view.eventsMode) return;
    mode.current = view.eventsMode;
    if (latest.current.events) apply(latest.current, {});
  }, [view.eventsMode, apply]);

  const setShares = useCallback(
    (shares: SharesPoint) => {
      const subject = latest.current.subject;
      if (!subject) return;
      apply({ ...latest.current, subject: { ...subject, shares: [shares] } }, {});
    },
    [apply],
  );

  const clear = useCallback(() => {
    apply(NOTHING, {
      from: DEFAULT_STORY.defaultWindow.from,
      to: DEFAULT_STORY.defaultWindow.to,
      benchmark: DEFAULT_STORY.defaultBenchmark,
      peers: DEFAULT_STORY.defaultPeers,
      rebaseDate: DEFAULT_STORY.defaultRebaseDate,
      studyEvent: null,
      pricesUrl: null,
      benchmarkPricesUrl: null,
      eventsUrl: null,
    });
    fetched.current = { subject: null, benchmark: null, events: null };
    setReport(null);
  }, [apply]);

  const notices =
    report && !report.accepted
      ? [`${report.summary} ${report.problems.slice(0, 1).map(describeProblem).join('')}`]
      : [];

  return { loaded, report, role, setRole, symbol, setSymbol, loadFile, setShares, clear, notices };
}

export type YourData = ReturnType<typeof useYourData>;
