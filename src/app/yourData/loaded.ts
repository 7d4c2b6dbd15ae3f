import type { LocalSeries } from '../../api/localData';
import type { MarketEvent } from '../../domain/types';
import type { ImportProblem } from '../../import/problems';

/** What a loaded file is for. */
export type FileRole = 'subject' | 'benchmark' | 'events';

export interface LoadedSeries extends LocalSeries {
  /** The file name or address it came from. */
  from: string;
}

/** Everything the reader has loaded. */
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

export const NOTHING: Loaded = { subject: null, benchmark: null, events: null };

export function refused(what: string, problems: readonly ImportProblem[]): LoadReport {
  return {
    accepted: false,
    summary: `${what} was not loaded; the page keeps its data.`,
    problems,
    notes: [],
  };
}
