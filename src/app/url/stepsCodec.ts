import { CHART_MODE_NAMES, CHART_TYPE_NAMES } from '../../domain/vocabulary';
import { OVERLAY_KINDS } from '../../domain/types';
import { isTradingDate } from '../../domain/tradingDate';
import {
  cleanStepCaption,
  cleanStepTitle,
  MAX_STEPS,
  type StepView,
  type StoryStep,
} from '../../story/steps';
import { oneOf, type Codec } from './codecs';
import { escapeText, linkLength, unescapeText } from './notesCodec';
import { readRecordList } from './recordList';

/**
 * A reader's own story in the URL, version 1: `steps=1,` then each step as six fields,
 * comma-separated like the notes (notesCodec.ts):
 *
 *   <from>,<to>,<view>,<highlight>,<title>,<caption>
 *
 * - `view` holds the step's choices as words joined by `.`, in any order, each at most once: a
 *   chart mode (`price`, `rebased`, `abnormal`), a chart type (`line`, `candles`, `ohlc`), `log` or
 *   `linear`, and `-<kind>` for each kind of overlay the step leaves off (`-note`). Empty keeps the
 *   reader's own.
 * - `highlight` holds event ids and note ids joined by `.`.
 * - `title` and `caption` are the words as written, placeholders and all (`{shock.change}`): they
 *   are filled from the data when the step is shown, so the link carries no number.
 *
 * In a text or an id, `%` is written `%25` and `,` is written `%2C` (in an id, `.` is `%2E`). A
 * form other than version 1 is refused whole, with a notice; a step that cannot be read is dropped
 * with a notice and the others kept; steps beyond MAX_STEPS or the link's length are left out, with
 * a notice saying how many.
 */
export const STEPS_VERSION = '1';

/** At most this many characters of link for the steps: a longer link breaks in mail and chat. */
export const STEPS_MAX_LINK_LENGTH = 2600;

const FIELDS = 6;

const escapeId = (id: string) => escapeText(id).replace(/\./g, '%2E');
// Every `%` of an id was escaped first, so `%2E` can only be a written `.`.
const unescapeId = (id: string) => unescapeText(id.replace(/%2E/gi, '.'));

function writeView(view: StepView): string {
  const words = [
    view.mode,
    view.chartType,
    view.logScale === undefined ? undefined : view.logScale ? 'log' : 'linear',
    ...(view.hiddenKinds ?? []).map((kind) => `-${kind}`),
  ];
  return words.filter((word) => word !== undefined).join('.');
}

function writeOne(step: StoryStep): string {
  const { view } = step;
  return [
    view.from,
    view.to,
    writeView(view),
    (view.highlight ?? []).map(escapeId).join('.'),
    escapeText(step.title),
    escapeText(step.caption),
  ].join();
}

/** The steps as the link writes them; empty for none. */
export function writeSteps(steps: readonly StoryStep[]): string {
  return steps.length === 0 ? '' : [STEPS_VERSION, ...steps.map(writeOne)].join(',');
}

/** True when the steps fit in the link: the editor refuses an addition that would not. */
export function stepsFit(steps: readonly StoryStep[]): boolean {
  return steps.length <= MAX_STEPS && linkLength(writeSteps(steps)) <= STEPS_MAX_LINK_LENGTH;
}

/** The view's choices from its words, or why they are not a view's. */
function readView(from: string, to: string, words: string): StepView | string {
  const view: StepView = { from, to };
  const hidden: (typeof OVERLAY_KINDS)[number][] = [];
  for (const word of words === '' ? [] : words.split('.')) {
    const kind = word.startsWith('-') ? word.slice(1) : null;
    if (kind !== null && oneOf(OVERLAY_KINDS, kind) && !hidden.includes(kind)) hidden.push(kind);
    else if (oneOf(CHART_MODE_NAMES, word) && view.mode === undefined) view.mode = word;
    else if (oneOf(CHART_TYPE_NAMES, word) && view.chartType === undefined) view.chartType = word;
    else if ((word === 'log' || word === 'linear') && view.logScale === undefined)
      view.logScale = word === 'log';
    else
      return `“${word}” is not a chart mode (${CHART_MODE_NAMES.join(', ')}), a chart type (${CHART_TYPE_NAMES.join(', ')}), log, linear or -kind, once each`;
  }
  if (hidden.length > 0) view.hiddenKinds = hidden;
  return view;
}

/** One step's fields, or why they are not one. */
function readOne([from, to, words, highlight, title, caption]: string[]): StoryStep | string {
  if (!from || !to || !isTradingDate(from) || !isTradingDate(to))
    return 'a step needs two dates such as 2025-01-21,2025-02-04';
  if (to < from) return 'the step’s window ends before it starts';
  const view = readView(from, to, words ?? '');
  if (typeof view === 'string') return view;
  const ids = highlight ? highlight.split('.').map(unescapeId) : [];
  if (ids.some((id) => id === '')) return 'a highlighted id is empty';
  if (ids.length > 0) view.highlight = ids;
  return {
    title: cleanStepTitle(unescapeText(title ?? '')),
    caption: cleanStepCaption(unescapeText(caption ?? '')),
    view,
  };
}

export const stepsCodec: Codec<readonly StoryStep[]> = {
  parse: (value) =>
    readRecordList(value, {
      version: STEPS_VERSION,
      example: '1,2025-01-21,2025-02-04,candles,,The+drop,{shock.change}',
      noun: 'steps',
      fields: FIELDS,
      read: readOne,
      fits: stepsFit,
      maxItems: MAX_STEPS,
      maxLinkLength: STEPS_MAX_LINK_LENGTH,
    }),
  write: writeSteps,
};
