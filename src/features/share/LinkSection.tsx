import { useState } from 'react';
import { CopyButton } from './CopyButton';

export interface LinkSectionProps {
  viewUrl: string;
  title: string | null;
  /** The generated title, shown while the reader has none of their own. */
  placeholder: string;
  titleMaxLength: number;
  onTitleChange: (title: string | null) => void;
  /** A story is open: the link opens it, on the step shown. */
  story?: boolean;
}

/** The link to the view on screen, and the reader's own title for it. */
export function LinkSection({
  viewUrl,
  placeholder,
  titleMaxLength,
  story = false,
  ...props
}: LinkSectionProps) {
  const heading = story ? 'Link to this story' : 'Link to this view';
  // The field keeps what is typed (a trailing space included); the view gets it cleaned.
  const [titleText, setTitleText] = useState(props.title ?? '');
  return (
    <section className="share-section">
      <h3>{heading}</h3>
      <p className="muted">
        Window, chart, benchmark, overlays, your notes and title are all in the link.
      </p>
      <div className="copy-row">
        <input readOnly value={viewUrl} aria-label={heading} />
        <CopyButton text={viewUrl} label="Copy link" />
      </div>
      <label className="share-field">
        Title (plain text, up to {titleMaxLength} characters)
        <input
          type="text"
          maxLength={titleMaxLength}
          value={titleText}
          placeholder={placeholder}
          onChange={(event) => {
            setTitleText(event.target.value);
            props.onTitleChange(event.target.value === '' ? null : event.target.value);
          }}
        />
      </label>
    </section>
  );
}
