import { useState } from 'react';

/** Writes text to the clipboard where the browser allows it, and says whether it did. */
async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // No clipboard here (an insecure origin, a sandboxed frame, a denied permission): the reader
    // is told to select and copy the text, which every field of the dialog shows in full.
    return false;
  }
}

export function CopyButton({ text, label }: { text: string; label: string }) {
  const [result, setResult] = useState<'copied' | 'failed' | null>(null);
  return (
    <span className="copy-button">
      <button
        type="button"
        onClick={() => {
          void copyText(text).then((copied) => {
            setResult(copied ? 'copied' : 'failed');
          });
        }}
      >
        {label}
      </button>
      <span role="status" className="muted">
        {result === 'copied'
          ? 'Copied.'
          : result === 'failed'
            ? 'Select the text and copy it.'
            : ''}
      </span>
    </span>
  );
}
