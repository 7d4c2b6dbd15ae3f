import { marketEventSchema } from '../api/schemas';
import { EXCHANGE_TIME_ZONE, toExchangeMoment } from '../domain/exchangeTime';
import { EVENT_KINDS, type EventKind, type MarketEvent } from '../domain/types';
import { valueAt } from '../domain/valueAt';
import { readDate } from './cells';
import { detectDelimiter, firstLine, readRows } from './delimited';
import {
  problem,
  quoteCell,
  refuse,
  settle,
  type ImportProblem,
  type ImportResult,
} from './problems';

/**
 * A reader's events: contract v1's events JSON (`{"events": [...]}` or the bare list), or a CSV
 * with `date,title,kind,url` and optional `time` (24-hour, `HH:MM`) and `zone` (an IANA name such
 * as `Europe/London`, or an offset such as `+01:00`; without one a time is New York's, the
 * exchange's clock). Titles stay text: they are drawn as text, never read as markup.
 */

const TITLE_LIMIT = 200;

/** Only web links: a `javascript:` or `data:` link in a loaded file would run when clicked. */
export function isWebUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40) || 'event';

/** The offset of a zone at an instant, `+01:00`; null for an unknown zone. */
function zoneOffset(zone: string, instant: number): string | null {
  try {
    const name = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' })
      .formatToParts(new Date(instant))
      .find((part) => part.type === 'timeZoneName')?.value;
    if (name === undefined) return null;
    if (name === 'GMT') return '+00:00';
    const match = /^GMT([+-])(\d{1,2})(?::(\d{2}))?$/.exec(name);
    return match
      ? `${match[1] ?? '+'}${(match[2] ?? '0').padStart(2, '0')}:${match[3] ?? '00'}`
      : null;
  } catch {
    return null;
  }
}

const offsetMinutes = (offset: string) =>
  (offset.startsWith('-') ? -1 : 1) *
  (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6)));

/** A wall-clock time in a zone as a timestamp with its offset, e.g. `2025-01-27T09:30:00-05:00`. */
export function zonedTimestamp(date: string, time: string, zone: string): string | null {
  const fixed = /^(Z|UTC|GMT)$/i.test(zone)
    ? '+00:00'
    : /^[+-]\d{2}:[0-5]\d$/.test(zone)
      ? zone
      : null;
  const wall = Date.parse(`${date}T${time}:00Z`);
  if (Number.isNaN(wall)) return null;
  let offset = fixed ?? zoneOffset(zone, wall);
  if (offset === null) return null;
  // The offset at the wall time read as UTC can be the other side of a clock change: look again.
  if (fixed === null) offset = zoneOffset(zone, wall - offsetMinutes(offset) * 60_000) ?? offset;
  return `${date}T${time}:00${offset}`;
}

interface CsvColumns {
  date: number;
  title: number;
  kind: number;
  url: number | null;
  time: number | null;
  zone: number | null;
  summary: number | null;
}

function csvColumns(names: readonly string[]): CsvColumns | string[] {
  const keys = names.map((name) => name.trim().toLowerCase());
  const at = (key: string) => (keys.includes(key) ? keys.indexOf(key) : null);
  const [date, title, kind] = [at('date'), at('title'), at('kind')];
  if (date === null || title === null || kind === null) {
    return ['date', 'title', 'kind'].filter((key) => at(key) === null);
  }
  return {
    date,
    title,
    kind,
    url: at('url'),
    time: at('time'),
    zone: at('zone'),
    summary: at('summary'),
  };
}

function eventFromRow(
  file: string,
  line: number,
  cells: readonly string[],
  columns: CsvColumns,
  names: readonly string[],
): MarketEvent | ImportProblem[] {
  const found: ImportProblem[] = [];
  const cell = (index: number | null) => (index === null ? '' : (cells[index] ?? '').trim());
  const fail = (index: number, reason: string) =>
    found.push(problem(file, reason, line, names[index] ?? null));
  const date = readDate(cell(columns.date));
  if ('reason' in date) fail(columns.date, date.reason);
  const title = cell(columns.title);
  if (title === '') fail(columns.title, 'no title');
  if (title.length > TITLE_LIMIT)
    fail(columns.title, `the title is longer than ${TITLE_LIMIT} characters`);
  const kind = cell(columns.kind).toLowerCase();
  if (!(EVENT_KINDS as readonly string[]).includes(kind)) {
    fail(
      columns.kind,
      `kind ${quoteCell(cell(columns.kind))} is not one of ${EVENT_KINDS.join(', ')}`,
    );
  }
  const url = cell(columns.url);
  if (url !== '' && !isWebUrl(url) && columns.url !== null) {
    fail(columns.url, `not an http(s) link: ${quoteCell(url)}`);
  }
  const time = cell(columns.time);
  const zone = cell(columns.zone) || EXCHANGE_TIME_ZONE;
  let start = 'value' in date ? date.value : '';
  if (time !== '' && columns.time !== null) {
    const clock = /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(time);
    const stamp =
      clock && start
        ? zonedTimestamp(start, `${clock[1]?.padStart(2, '0') ?? ''}:${clock[2] ?? ''}`, zone)
        : null;
    if (!clock) fail(columns.time, `not a time: ${quoteCell(time)} (use HH:MM, 24-hour)`);
    else if (stamp === null && start)
      fail(columns.zone ?? columns.time, `not a time zone: ${quoteCell(zone)}`);
    else if (stamp !== null) start = stamp;
  }
  if (found.length > 0 || !('value' in date)) return found;
  return {
    id: `yours-${date.value}-${slug(title)}`,
    title,
    kind: kind as EventKind,
    start,
    end: null,
    summary: cell(columns.summary),
    quote: null,
    sources: url === '' ? [] : [{ title, publisher: new URL(url).hostname, url, date: date.value }],
  };
}

function parseEventsCsv(text: string, file: string): ImportResult<MarketEvent[]> {
  const rows = readRows(text, detectDelimiter(firstLine(text)));
  const head = rows[0];
  const columns = csvColumns(head?.cells ?? []);
  if (!head || Array.isArray(columns)) {
    const missing = Array.isArray(columns) ? columns.join(', ') : 'date, title, kind';
    return refuse([
      problem(
        file,
        `missing columns ${missing}: the header is date,title,kind,url (time, zone optional)`,
        1,
      ),
    ]);
  }
  const events: MarketEvent[] = [];
  const dropped: ImportProblem[] = [];
  let droppedRows = 0;
  for (const row of rows.slice(1)) {
    const read = eventFromRow(file, row.line, row.cells, columns, head.cells);
    if (Array.isArray(read)) {
      dropped.push(...read);
      droppedRows++;
    } else events.push(read);
  }
  return settle(file, uniqueIds(events), events.length, 1, dropped, droppedRows, []);
}

/** Two events with the same title on the same day get distinct ids: -2, -3, ... */
function uniqueIds(events: MarketEvent[]): MarketEvent[] {
  const seen = new Map<string, number>();
  return events.map((event) => {
    const count = (seen.get(event.id) ?? 0) + 1;
    seen.set(event.id, count);
    return count === 1 ? event : { ...event, id: `${event.id}-${count}` };
  });
}

/** Why a JSON event cannot be drawn beyond its shape: a start or end that is no moment, a bad link. */
function eventProblem(event: MarketEvent): { column: string; reason: string } | null {
  if (toExchangeMoment(event.start) === null) {
    return {
      column: 'start',
      reason: `not a date or a timestamp with an offset: ${quoteCell(event.start)}`,
    };
  }
  if (event.end !== null && toExchangeMoment(event.end) === null) {
    return {
      column: 'end',
      reason: `not a date or a timestamp with an offset: ${quoteCell(event.end)}`,
    };
  }
  const link = event.sources.findIndex((source) => source.url !== null && !isWebUrl(source.url));
  if (link >= 0) {
    return { column: `sources.${link}.url`, reason: 'not an http(s) link' };
  }
  return null;
}

function parseEventsJson(text: string, file: string): ImportResult<MarketEvent[]> {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (error) {
    return refuse([
      problem(file, `not valid JSON: ${error instanceof Error ? error.message : 'unreadable'}`),
    ]);
  }
  const list: unknown = Array.isArray(body)
    ? body
    : typeof body === 'object' && body !== null && 'events' in body
      ? body.events
      : null;
  if (!Array.isArray(list)) {
    return refuse([problem(file, 'expected {"events": [...]} (contract v1) or a list of events')]);
  }
  const events: MarketEvent[] = [];
  const dropped: ImportProblem[] = [];
  const ids = new Set<string>();
  list.forEach((raw: unknown, index) => {
    const parsed = marketEventSchema.safeParse(raw);
    const number = index + 1;
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const path = issue?.path ?? [];
      const sent = valueAt(raw, path);
      const shown = typeof sent === 'string' ? sent : JSON.stringify(sent);
      const got = sent === undefined ? '' : `, got ${quoteCell(shown)}`;
      const reason = `${issue?.message ?? 'invalid'}${got}`;
      dropped.push(problem(file, reason, number, path.join('.') || null));
      return;
    }
    const wrong = eventProblem(parsed.data);
    if (wrong) dropped.push(problem(file, wrong.reason, number, wrong.column));
    else if (ids.has(parsed.data.id)) {
      dropped.push(
        problem(
          file,
          `the id ${quoteCell(parsed.data.id)} is used before: the first is kept`,
          number,
          'id',
        ),
      );
    } else {
      ids.add(parsed.data.id);
      events.push(parsed.data);
    }
  });
  return settle(file, events, events.length, 1, dropped, dropped.length, []);
}

/** A loaded events file, JSON or CSV (told by its first character), as contract v1 events. */
export function parseEventsFile(text: string, file: string): ImportResult<MarketEvent[]> {
  return /^\s*[[{]/.test(text) ? parseEventsJson(text, file) : parseEventsCsv(text, file);
}
