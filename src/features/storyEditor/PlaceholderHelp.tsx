import { PLACEHOLDERS } from '../../story/captions';

/** The placeholders a caption may use, folded away until the reader asks. */
export function PlaceholderHelp() {
  return (
    <details className="story-editor__help">
      <summary>Placeholders: figures filled in from the data</summary>
      <p className="muted">
        Write a placeholder in braces and the step shows the figure, computed from the data each
        time it is shown, never typed: “{'{company} fell {shock.fall} on {shock.date}'}”. One the
        data cannot fill shows as … and is named under the preview.
      </p>
      <dl className="story-editor__placeholders">
        {PLACEHOLDERS.map(({ name, meaning }) => (
          <div key={name}>
            <dt>
              <code>{`{${name}}`}</code>
            </dt>
            <dd>{meaning}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
