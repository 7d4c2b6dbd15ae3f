import { useState } from 'react';
import { downloadsMayBeBlocked } from '../../export/download';
import type { StoryStep } from '../../story/steps';
import { openStoryFile, saveStoryFile, type StoryFileOutcome } from './storyFileActions';

/** "Download story file" and "Open story file", and what the last one did. */
export function StoryFileButtons({
  steps,
  title,
  onOpen,
}: {
  steps: readonly StoryStep[];
  title: string | undefined;
  /** The steps of a file opened, fitted to the link. */
  onOpen: (steps: readonly StoryStep[]) => void;
}) {
  const [outcome, setOutcome] = useState<Pick<StoryFileOutcome, 'summary' | 'notes'> | null>(null);
  return (
    <div className="story-editor__file">
      <button
        type="button"
        disabled={steps.length === 0}
        onClick={() => {
          saveStoryFile(title === undefined ? { steps } : { title, steps });
          setOutcome({
            summary: downloadsMayBeBlocked()
              ? 'Story file handed to the browser, which may block downloads in this embedded frame: open the page in a tab of its own to save it.'
              : 'Story file saved.',
            notes: [],
          });
        }}
      >
        Download story file
      </button>
      <label className="story-editor__open">
        Open story file{' '}
        <input
          type="file"
          accept=".json,application/json"
          data-testid="story-file"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (!file) return;
            void openStoryFile(file).then((opened) => {
              if (opened.steps) onOpen(opened.steps);
              setOutcome(opened);
            });
          }}
        />
      </label>
      {outcome && (
        <div className="story-editor__file-report" role="status">
          <p>{outcome.summary}</p>
          {outcome.notes.map((note) => (
            <p key={note}>{note}</p>
          ))}
        </div>
      )}
    </div>
  );
}
