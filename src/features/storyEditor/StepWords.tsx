import { useState } from 'react';

/**
 * A step's title or caption as the reader types it. The field keeps what is typed (a space before
 * the next word, a line break); the story keeps it cleaned to one plain line.
 */
export function StepWords({
  value,
  clean,
  label,
  control,
  maxLength,
  multiline = false,
  onChange,
}: {
  value: string;
  clean: (text: string) => string;
  /** What a screen reader calls the field: "Caption of step 2". */
  label: string;
  /** Where focus is sent to it (data-step-control). */
  control?: string;
  maxLength: number;
  multiline?: boolean;
  onChange: (text: string) => void;
}) {
  const [draft, setDraft] = useState(value);
  // Changed from elsewhere (a refused edit, a move, a file opened): show what the story holds.
  // Both sides cleaned: words longer than a step may hold (a hand-written file) would otherwise
  // never equal their own cleaned draft, and set it at every render.
  if (clean(draft) !== clean(value)) setDraft(value);
  const field = {
    'aria-label': label,
    'data-step-control': control,
    maxLength,
    value: draft,
    onChange: (event: { target: { value: string } }) => {
      setDraft(event.target.value);
      onChange(event.target.value);
    },
  };
  return multiline ? (
    <textarea className="story-editor__caption" rows={3} {...field} />
  ) : (
    <input type="text" className="story-editor__title" {...field} />
  );
}
