import * as z from 'zod/mini';
import { isTradingDate } from '../domain/tradingDate';
import { OVERLAY_KINDS } from '../domain/types';
import { valueAt } from '../domain/valueAt';
import { CHART_MODE_NAMES, CHART_TYPE_NAMES } from '../domain/vocabulary';
import {
  cleanStepCaption,
  cleanStepTitle,
  MAX_STEPS,
  type StepView,
  type StoryStep,
} from './steps';

/**
 * A reader's story as a file, to keep or send when a link is not the way:
 *
 *   { "version": 1, "title": "…", "steps": [{ "title", "caption", "view": { "from", "to", … } }] }
 *
 * The steps are the ones `steps=` carries (docs/story.md), read with the same checks: a file of
 * another version is refused whole; a step that cannot be read is left out with a reason that names
 * it, and the others kept; steps beyond MAX_STEPS are left out, saying how many. Like the link, the
 * file holds words and choices only: every figure is filled in from the data when a step is shown.
 */

export const STORY_FILE_VERSION = 1;

export interface StoryFile {
  /** What the reader calls the story, if anything. */
  title?: string;
  steps: readonly StoryStep[];
}

/** A step the file holds that the page leaves out, and why. */
export interface DroppedStep {
  /** Its place in the file, 1 for the first. */
  number: number;
  why: string;
}

export type StoryFileRead =
  { ok: true; story: StoryFile; dropped: readonly DroppedStep[] } | { ok: false; why: string };

const oneOf = (what: string, words: readonly string[]) => `expected ${what}: ${words.join(', ')}`;
const tradingDate = z.string().check(z.refine(isTradingDate, 'expected a YYYY-MM-DD date'));
const stepSchema = z.object({
  title: z.string(),
  caption: z.string(),
  view: z
    .object({
      from: tradingDate,
      to: tradingDate,
      mode: z.optional(z.enum(CHART_MODE_NAMES, oneOf('a chart mode', CHART_MODE_NAMES))),
      chartType: z.optional(z.enum(CHART_TYPE_NAMES, oneOf('a chart type', CHART_TYPE_NAMES))),
      logScale: z.optional(z.boolean('expected true or false')),
      hiddenKinds: z.optional(z.array(z.enum(OVERLAY_KINDS, oneOf('a kind', OVERLAY_KINDS)))),
      highlight: z.optional(z.array(z.string().check(z.minLength(1, 'an id is empty')))),
    })
    .check(
      z.refine((view) => view.from <= view.to, {
        error: 'the step’s window ends before it starts',
        path: ['to'],
      }),
    ),
});
const envelopeSchema = z.object({
  version: z.unknown(),
  title: z.optional(z.string()),
  steps: z.array(z.unknown()),
});

/** The view as the page keeps it: only the choices the step makes, each kind hidden once. */
function cleanView(view: z.infer<typeof stepSchema>['view']): StepView {
  const kept: StepView = { from: view.from, to: view.to };
  if (view.mode !== undefined) kept.mode = view.mode;
  if (view.chartType !== undefined) kept.chartType = view.chartType;
  if (view.logScale !== undefined) kept.logScale = view.logScale;
  if (view.hiddenKinds?.length) kept.hiddenKinds = [...new Set(view.hiddenKinds)];
  if (view.highlight?.length) kept.highlight = view.highlight;
  return kept;
}

/** "step 3 (“The drop”)", or "step 3" where it has no title to tell it by. */
function nameOf(raw: unknown, number: number): string {
  const title =
    typeof raw === 'object' && raw !== null && 'title' in raw && typeof raw.title === 'string'
      ? cleanStepTitle(raw.title)
      : '';
  return title === '' ? `step ${String(number)}` : `step ${String(number)} (“${title}”)`;
}

/** One step of the file, or why it is not one. */
function readStep(raw: unknown): StoryStep | string {
  const parsed = stepSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue?.path ?? [];
    // The value given, so the reason says what was wrong with it, not only where.
    const given = valueAt(raw, path);
    const where = path.length === 0 ? '' : `${path.join('.')}: `;
    const got = given === undefined ? '' : `, got ${JSON.stringify(given)}`;
    return `${where}${issue?.message ?? 'not a step'}${got}`;
  }
  const { title, caption, view } = parsed.data;
  return {
    title: cleanStepTitle(title),
    caption: cleanStepCaption(caption),
    view: cleanView(view),
  };
}

/** The story a file holds, or why it holds none. */
export function readStoryFile(text: string): StoryFileRead {
  let body: unknown;
  try {
    body = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, why: 'the file is not JSON: is it a story file saved by this page?' };
  }
  const envelope = envelopeSchema.safeParse(body);
  if (!envelope.success)
    return { ok: false, why: 'expected a story file: {"version": 1, "steps": [...]}' };
  const { version, title, steps } = envelope.data;
  if (version !== STORY_FILE_VERSION)
    return {
      ok: false,
      why: `expected a story file of version ${String(STORY_FILE_VERSION)}, not ${version === undefined ? 'none' : JSON.stringify(version)}`,
    };
  const read: { number: number; step: StoryStep }[] = [];
  const dropped: DroppedStep[] = [];
  steps.forEach((raw, index) => {
    const number = index + 1;
    const step = readStep(raw);
    if (typeof step === 'string') dropped.push({ number, why: `${nameOf(raw, number)}: ${step}` });
    else read.push({ number, step });
  });
  const beyond = read[MAX_STEPS];
  if (beyond) {
    const rest = read.length - MAX_STEPS;
    dropped.push({
      number: beyond.number,
      why: `a story holds at most ${String(MAX_STEPS)} steps: ${String(rest)} left out, from step ${String(beyond.number)}`,
    });
  }
  const kept = read.slice(0, MAX_STEPS).map(({ step }) => step);
  if (kept.length === 0 && steps.length > 0)
    return {
      ok: false,
      why: `no step in the file could be read: ${dropped.map((step) => step.why).join('; ')}`,
    };
  const named = title === undefined ? '' : cleanStepTitle(title);
  const story: StoryFile = named === '' ? { steps: kept } : { title: named, steps: kept };
  return { ok: true, story, dropped };
}

/** The story as a file: pretty-printed, so a reader can read and edit it in any text editor. */
export function writeStoryFile(story: StoryFile): string {
  const file = {
    version: STORY_FILE_VERSION,
    ...(story.title === undefined ? {} : { title: story.title }),
    steps: story.steps,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}
