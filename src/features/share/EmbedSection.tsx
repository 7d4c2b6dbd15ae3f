import { useState } from 'react';
import { STORY } from '../../story/story';
import { THEMES, type EmbedControls, type Theme } from '../../domain/vocabulary';
import { CopyButton } from './CopyButton';
import { EmbedPreview, PREVIEW_HEIGHT } from './EmbedPreview';
import { embedSnippet } from './embedSnippet';

export interface EmbedOptions {
  theme: Theme;
  staticChart: boolean;
  controls: EmbedControls;
}

const THEME_LABELS: Record<Theme, string> = {
  light: 'Light',
  dark: 'Dark',
  auto: "Follow the reader's setting",
};

export interface EmbedSectionProps {
  embedUrl: (options: EmbedOptions) => string;
  initialEmbed: EmbedOptions;
  title: string;
}

/** The embed's options, its snippet and a live preview of what the host page will show. */
export function EmbedSection({ embedUrl, initialEmbed, title }: EmbedSectionProps) {
  const [embed, setEmbed] = useState<EmbedOptions>(initialEmbed);
  // Each snippet names its own iframe, so two charts on one host page each get their own height.
  const [frameId] = useState(() => `${STORY.id}-${Math.random().toString(36).slice(2, 8)}`);
  const src = embedUrl(embed);
  const snippet = embedSnippet({ src, title, height: PREVIEW_HEIGHT, id: frameId });
  return (
    <section className="share-section">
      <h3>Embed in a web page</h3>
      <div className="embed-options">
        <label>
          Theme{' '}
          <select
            value={embed.theme}
            onChange={(event) => {
              const theme = THEMES.find((option) => option === event.target.value);
              if (theme) setEmbed({ ...embed, theme });
            }}
          >
            {THEMES.map((theme) => (
              <option key={theme} value={theme}>
                {THEME_LABELS[theme]}
              </option>
            ))}
          </select>
        </label>
        <label>
          <input
            type="checkbox"
            checked={embed.controls === 'toggles'}
            onChange={(event) => {
              setEmbed({ ...embed, controls: event.target.checked ? 'toggles' : 'none' });
            }}
          />{' '}
          Overlay toggles
        </label>
        <label>
          <input
            type="checkbox"
            checked={embed.staticChart}
            onChange={(event) => {
              setEmbed({ ...embed, staticChart: event.target.checked });
            }}
          />{' '}
          Static (no tooltips or cards)
        </label>
      </div>
      <textarea
        readOnly
        value={snippet}
        rows={8}
        aria-label="Embed code"
        className="embed-code"
        onFocus={(event) => {
          event.target.select();
        }}
      />
      <CopyButton text={snippet} label="Copy embed code" />
      <h4>Preview</h4>
      <EmbedPreview src={src} title={title} />
    </section>
  );
}
