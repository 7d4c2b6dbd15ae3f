import { stepsFit } from '../../app/url/stepsCodec';
import { download } from '../../export/download';
import type { StoryStep } from '../../story/steps';
import { readStoryFile, writeStoryFile, type StoryFile } from '../../story/storyFile';

/** Twelve steps of 500 characters are under 10 KB: a larger file is not a story file. */
export const STORY_FILE_MAX_BYTES = 256 * 1024;

/** What opening a story file gave the editor: its steps and what was left out, or why none. */
export interface StoryFileOutcome {
  /** The steps to show, fitted to the link; null when the file was refused. */
  steps: readonly StoryStep[] | null;
  /** One line: what was opened, or why it was not. */
  summary: string;
  /** Each step left out, and why. */
  notes: readonly string[];
}

const count = (n: number, noun: string) => `${String(n)} ${noun}${n === 1 ? '' : 's'}`;

/** The leading steps the link holds, and how many of the rest it does not. */
export function fitToLink(steps: readonly StoryStep[]): {
  kept: readonly StoryStep[];
  leftOut: number;
} {
  let kept = 0;
  while (kept < steps.length && stepsFit(steps.slice(0, kept + 1))) kept += 1;
  return { kept: steps.slice(0, kept), leftOut: steps.length - kept };
}

/** What a story file's text gives the editor; `name` is the file's, for the messages. */
export function openStoryText(name: string, text: string): StoryFileOutcome {
  const read = readStoryFile(text);
  if (!read.ok)
    return { steps: null, summary: `“${name}” was not opened: ${read.why}.`, notes: [] };
  const { kept, leftOut } = fitToLink(read.story.steps);
  const notes = read.dropped.map((step) => `Left out ${step.why}.`);
  if (leftOut > 0)
    notes.push(
      `The link holds the first ${count(kept.length, 'step')}: ${count(leftOut, 'step')} left out.`,
    );
  const title = read.story.title === undefined ? '' : ` (“${read.story.title}”)`;
  return {
    steps: kept,
    summary: `Opened “${name}”${title}: ${count(kept.length, 'step')}.`,
    notes,
  };
}

/** A file the reader picked, checked for size before a byte is read. */
export async function openStoryFile(file: File): Promise<StoryFileOutcome> {
  if (file.size > STORY_FILE_MAX_BYTES)
    return {
      steps: null,
      summary: `“${file.name}” was not opened: at ${String(Math.ceil(file.size / 1024))} KB it is too large for a story file.`,
      notes: [],
    };
  try {
    return openStoryText(file.name, await file.text());
  } catch {
    return { steps: null, summary: `“${file.name}” could not be read.`, notes: [] };
  }
}

/** "nvidia-and-the-deepseek-shock.story.json": safe on every system. */
export function storyFileName(title: string | undefined): string {
  const slug = (title ?? '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60)
    .replace(/-$/, '');
  return `${slug || 'story'}.story.json`;
}

/** Saves the story as a file, through the page's download. */
export function saveStoryFile(story: StoryFile): void {
  const blob = new Blob([writeStoryFile(story)], { type: 'application/json' });
  download(blob, storyFileName(story.title));
}
