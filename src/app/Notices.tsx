/** Notices about input the page ignored (a bad URL parameter, an unknown scenario): named, never silent. */
export function Notices({
  notices,
  onDismiss,
}: {
  notices: readonly string[];
  onDismiss: () => void;
}) {
  if (notices.length === 0) return null;
  return (
    <div className="notices" role="status">
      <ul>
        {notices.map((notice) => (
          <li key={notice}>{notice}</li>
        ))}
      </ul>
      <button type="button" className="link-button" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
