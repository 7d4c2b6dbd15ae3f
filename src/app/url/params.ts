import {
  CHART_MODE_NAMES,
  CHART_TYPE_NAMES,
  EMBED_CONTROLS,
  THEMES,
} from '../../domain/vocabulary';
import { RETURN_MODELS, RETURN_MODEL_NAMES } from '../../domain/returnModels';
import type { EventWindow } from '../../domain/eventStudy';
import { OVERLAY_KINDS } from '../../domain/types';
import { STORY } from '../../story/story';
import type { ViewState } from '../viewState';
import { notesCodec } from './notesCodec';
import { cleanTitle } from './title';
import {
  dateCodec,
  flagCodec,
  httpsUrlCodec,
  listCodec,
  mappedCodec,
  oneOf,
  wordCodec,
  type Codec,
} from './codecs';

/** One URL parameter: the field of the view it sets, and how its text is read and written. */
export interface Param<Field extends keyof ViewState = keyof ViewState> {
  field: Field;
  codec: Codec<ViewState[Field]>;
}

/** Any one parameter of the table, whichever field it sets. */
export type AnyParam = { [Field in keyof ViewState]: Param<Field> }[keyof ViewState];

const param = <Field extends keyof ViewState>(
  field: Field,
  codec: Codec<ViewState[Field]>,
): Param<Field> => ({ field, codec });

const EVENT_ID = /^[a-z0-9][a-z0-9-]{0,79}$/;
const isEventId = (text: string): text is string => EVENT_ID.test(text);
const CAR_WINDOW = /^(-?\d{1,2}),(-?\d{1,2})$/;
/** A CAR window reaches at most this many sessions from day 0. */
const MAX_OFFSET = 30;

const eventCodec: Codec<string | null> = {
  parse: (text) =>
    isEventId(text) ? { ok: true, value: text } : { ok: false, why: 'not an event id' },
  write: (value) => value ?? '',
};

const carCodec: Codec<EventWindow | null> = {
  parse: (text) => {
    const match = CAR_WINDOW.exec(text);
    const [a, b] = [Number(match?.[1]), Number(match?.[2])];
    return match && a <= b && Math.abs(a) <= MAX_OFFSET && Math.abs(b) <= MAX_OFFSET
      ? { ok: true, value: [a, b] }
      : {
          ok: false,
          why: `expected two session offsets such as -2,3, the first not after the second, within ${MAX_OFFSET}`,
        };
  },
  write: (value) => value?.join(',') ?? '',
};

/** The reader's own story, told in the steps the link carries (`steps=`). */
export const YOUR_STORY_ID = 'yours';

/**
 * The stories this page can open, by id: the one it ships, and the reader's own. A reader's own
 * files re-tell the shipped one, unnamed here.
 */
const STORIES = [STORY.id, YOUR_STORY_ID];

const storyCodec: Codec<string | null> = {
  parse: (text) =>
    STORIES.includes(text)
      ? { ok: true, value: text }
      : { ok: false, why: `stories are ${STORIES.join(', ')}` },
  write: (value) => value ?? '',
};

/** A step of the story, counted from 1 as the reader sees it (whether it exists is the story's). */
const stepCodec: Codec<number> = {
  parse: (text) =>
    /^[1-9]\d{0,2}$/.test(text)
      ? { ok: true, value: Number(text) }
      : { ok: false, why: 'expected a step number such as 2; the story opens on step 1' },
  write: (value) => String(value),
};

/**
 * Bounds the text of `steps=` before anything reads it: well above what the steps codec keeps
 * (STEPS_MAX_LINK_LENGTH), which reads it, with its own notices, only when the story is opened.
 */
const STEPS_TEXT_MAX_LENGTH = 4000;

const stepsTextCodec: Codec<string> = {
  parse: (text) =>
    text.length <= STEPS_TEXT_MAX_LENGTH
      ? { ok: true, value: text }
      : { ok: false, why: `longer than ${String(STEPS_TEXT_MAX_LENGTH)} characters` },
  write: (value) => value,
};

const titleCodec: Codec<string | null> = {
  parse: (text) => ({ ok: true, value: cleanTitle(text) }),
  write: (value) => value ?? '',
};

/**
 * Every parameter of the page, by its name in the URL: the one list that parsing, writing, the
 * "not a setting of this page" notice and the tests all read. A field of the view with no parameter
 * here fails to compile (see below).
 */
export const PARAMS = {
  from: param('from', dateCodec('2025-01-27')),
  to: param('to', dateCodec('2025-01-27')),
  hide: param('hiddenEvents', listCodec(isEventId, 'not an event id')),
  hideKinds: param(
    'hiddenKinds',
    listCodec((kind) => oneOf(OVERLAY_KINDS, kind), `kinds are ${OVERLAY_KINDS.join(', ')}`),
  ),
  metric: param('mode', wordCodec(CHART_MODE_NAMES, `metrics are ${CHART_MODE_NAMES.join(', ')}`)),
  scale: param(
    'logScale',
    mappedCodec(
      new Map([
        ['log', true],
        ['linear', false],
      ]),
      'use scale=log or scale=linear',
    ),
  ),
  chart: param(
    'chartType',
    wordCodec(CHART_TYPE_NAMES, `charts are ${CHART_TYPE_NAMES.join(', ')}`),
  ),
  // Unset (null) is the page's own default: on in the full page, off in an embed.
  volume: param(
    'volume',
    mappedCodec<boolean | null>(
      new Map([
        ['1', true],
        ['0', false],
      ]),
      'use volume=1 or volume=0',
    ),
  ),
  benchmark: param(
    'benchmark',
    wordCodec<string>(STORY.benchmarks, `benchmarks are ${STORY.benchmarks.join(', ')}`),
  ),
  model: param(
    'model',
    mappedCodec(
      new Map(RETURN_MODEL_NAMES.map((model) => [RETURN_MODELS[model].urlName, model])),
      `models are ${RETURN_MODEL_NAMES.map((model) => RETURN_MODELS[model].urlName).join(', ')}`,
    ),
  ),
  event: param('studyEvent', eventCodec),
  car: param('carWindow', carCodec),
  peers: param(
    'peers',
    listCodec((symbol): symbol is string => oneOf(STORY.peers, symbol), 'not a peer in the data'),
  ),
  rebase: param('rebaseDate', dateCodec('2025-01-24')),
  theme: param('theme', wordCodec(THEMES, `themes are ${THEMES.join(', ')}`)),
  title: param('title', titleCodec),
  notes: param('notes', notesCodec),
  story: param('story', storyCodec),
  step: param('step', stepCodec),
  steps: param('steps', stepsTextCodec),
  embed: param('embed', flagCodec('embed')),
  static: param('staticChart', flagCodec('static')),
  prices: param('pricesUrl', httpsUrlCodec),
  benchmarkPrices: param('benchmarkPricesUrl', httpsUrlCodec),
  events: param('eventsUrl', httpsUrlCodec),
  eventsMode: param(
    'eventsMode',
    mappedCodec(
      new Map([
        ['add', 'add' as const],
        ['replace', 'replace' as const],
      ]),
      'use eventsMode=add or eventsMode=replace',
    ),
  ),
  controls: param(
    'controls',
    wordCodec(EMBED_CONTROLS, `use ${EMBED_CONTROLS.map((c) => `controls=${c}`).join(' or ')}`),
  ),
} satisfies Record<string, AnyParam>;

export type ParamName = keyof typeof PARAMS;
export const PARAM_NAMES = Object.keys(PARAMS) as ParamName[];

// Compile-time check: every field of the view has a parameter, so none can be forgotten in the URL.
type FieldsWithParam = (typeof PARAMS)[ParamName]['field'];
type FieldsWithout = Exclude<keyof ViewState, FieldsWithParam>;
export const EVERY_FIELD_HAS_A_PARAM: [FieldsWithout] extends [never] ? true : FieldsWithout = true;
