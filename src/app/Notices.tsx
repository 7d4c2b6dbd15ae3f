import { useState } from 'react';

/**
 * Notices about input the page ignored or could not use (a bad URL parameter, an unknown scenario,
 * a window beyond the data): named, never silent. Dismissed ones stay away until they change.
 */
export function Notices({ notices }: { notices: readonly string[] }) {
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(new Set());
  const visible = [...new Set(notices)].filter((notice) => !dismissed.has(notice));
  if (visible.length === 0) return null;
  return (
    <div className="notices" role="status">
      <ul>
        {visible.map((notice) => (
          <li key={notice}>{notice}</li>
        ))}
      </ul>
      <button
        type="button"
        className="link-button"
        onClick={() => {
          setDismissed(new Set([...dismissed, ...visible]));
        }}
      >
        Dismiss
      </button>
    </div>
  );
}
