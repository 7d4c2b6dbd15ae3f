import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { setLocalData } from '../../api/localData';
import type { SharesPoint } from '../../domain/types';
import { DEFAULT_STORY, showStory, STORY, type Story } from '../../story/story';
import type { ViewState } from '../viewState';
import { NOTHING, refused, type FileRole, type Loaded, type LoadReport } from './loaded';
import type { ReadSource } from './readSource';

/** Reading files loads with the first one: the page's first paint does not need it. */
const loadReading = () => import('./reading');

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
  const [notice, setNotice] = useState<string | null>(null);
  const [role, setRole] = useState<FileRole>('subject');
  const [symbol, setSymbol] = useState('');
  // Window, benchmark and peers the address the page opened on set: loads from it keep them.
  const [openedWith] = useState(() => new URLSearchParams(window.location.search));
  const latest = useRef(loaded);

  const apply = useCallback(
    (next: Loaded, story: Story, patch: Partial<ViewState>) => {
      latest.current = next;
      setLoaded(next);
      setLocalData({
        series: [next.subject, next.benchmark].filter((series) => series !== null),
        events: next.events ? { list: next.events.list, mode: view.eventsMode } : null,
        subject: story.symbol,
        storySubject: DEFAULT_STORY.symbol,
      });
      showStory(story);
      set(patch);
      // Reset, not just invalidated: a symbol the source behind also has (NVDA loaded from a file)
      // must not keep that source's answers, such as its share counts, where the file has none.
      void queryClient.resetQueries();
    },
    [queryClient, set, view.eventsMode],
  );

  const loadSource = useCallback(
    async (source: ReadSource, as: FileRole, fromAddress: boolean) => {
      // The readers and the story re-telling load with the first file: the page's first paint
      // does not need them.
      const { readLoaded, noticeOf } = await loadReading();
      if (!('text' in source)) {
        const report = refused(source.file, [source]);
        setReport(report);
        setNotice(noticeOf(report));
        return;
      }
      const read = readLoaded(source, as, symbol, latest.current);
      setReport(read.report);
      setNotice(noticeOf(read.report));
      if (!('next' in read)) return;
      // A load from the address the page opened on keeps the choices that address made.
      const patch = fromAddress
        ? Object.fromEntries(
            Object.entries(read.patch).filter(
              ([field]) => !openedWith.has(PARAM_OF[field] ?? field),
            ),
          )
        : { ...read.patch, [URL_FIELDS[as]]: null };
      apply(read.next, read.story, patch);
    },
    [apply, openedWith, symbol],
  );

  const loadFile = useCallback(
    async (file: File, as: FileRole = role) => {
      const { readPickedFile } = await loadReading();
      await loadSource(await readPickedFile(file), as, false);
    },
    [loadSource, role],
  );

  // The addresses in the URL, each fetched when it first appears or changes.
  const fetched = useRef<Record<FileRole, string | null>>({
    subject: null,
    benchmark: null,
    events: null,
  });
  // A change of view while an address is read must not cancel it (it would never be asked
  // again); an answer that comes after the page has gone is dropped.
  const mounted = useRef(false);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  useEffect(() => {
    for (const as of ['subject', 'benchmark', 'events'] as const) {
      const address = view[URL_FIELDS[as]];
      if (address === null || fetched.current[as] === address) continue;
      fetched.current[as] = address;
      void loadReading()
        .then(({ fetchAddress }) => fetchAddress(address))
        .then((source) => {
          if (mounted.current) void loadSource(source, as, true);
        });
    }
  }, [view, loadSource]);

  // Loaded events follow the add/replace choice as soon as it changes.
  const mode = useRef(view.eventsMode);
  useEffect(() => {
    if (mode.current === view.eventsMode) return;
    mode.current = view.eventsMode;
    if (latest.current.events) apply(latest.current, { ...STORY }, {});
  }, [view.eventsMode, apply]);

  const setShares = useCallback(
    (shares: SharesPoint) => {
      const subject = latest.current.subject;
      if (!subject) return;
      apply({ ...latest.current, subject: { ...subject, shares: [shares] } }, { ...STORY }, {});
    },
    [apply],
  );

  const clear = useCallback(() => {
    apply(NOTHING, DEFAULT_STORY, {
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
    setNotice(null);
  }, [apply]);

  const notices = notice ? [notice] : [];

  return { loaded, report, role, setRole, symbol, setSymbol, loadFile, setShares, clear, notices };
}

export type YourData = ReturnType<typeof useYourData>;
