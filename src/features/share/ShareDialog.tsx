import { useEffect, useId, useRef, useState, type RefObject } from 'react';
import type { ChartDescription } from '../../domain/chartDescription';
import type { ChartExport } from '../../export/chartExport';
import type { EmbedControls, Theme } from '../../domain/vocabulary';
import { STORY } from '../../story/story';
import { CopyButton } from './CopyButton';
import { embedSnippet, isEmbedSizeMessage } from './embedSnippet';
import {
  exportDataCsv,
  exportEventsCsv,
  exportPng,
  exportSvg,
  PRINT_SIZE,
  type PngSize,
} from './exportChart';

export interface EmbedOptions {
  theme: Theme;
  staticChart: boolean;
  controls: EmbedControls;
}

export interface ShareDialogProps {
  /** The address of the view on screen. */
  viewUrl: string;
  embedUrl: (options: EmbedOptions) => string;
  initialEmbed: EmbedOptions;
  title: string | null;
  onTitleChange: (title: string | null) => void;
  titleMaxLength: number;
  description: ChartDescription;
  chart: ChartExport;
  /** The element that holds the chart panels the image exports copy. */
  chartArea: RefObject<HTMLElement | null>;
  onClose: () => void;
}

const PREVIEW_HEIGHT = 420;

/** The iframe preview keeps the height the embedded chart asks for, as the snippet's script does. */
function EmbedPreview({ src, title }: { src: string; title: string }) {
  const frame = useRef<HTMLIFrameElement>(null);
  const [height, setHeight] = useState(PREVIEW_HEIGHT);
  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      if (event.source !== frame.current?.contentWindow) return;
      if (event.origin !== window.location.origin) return;
      if (isEmbedSizeMessage(event.data))
        setHeight(Math.min(Math.max(event.data.embedHeight, 200), 2000));
    };
    window.addEventListener('message', onMessage);
    return () => {
      window.removeEventListener('message', onMessage);
    };
  }, []);
  return (
    <iframe
      ref={frame}
      className="embed-preview"
      src={src}
      title={`Preview: ${title}`}
      style={{ height }}
    />
  );
}

/** Share the view, embed it, export it: everything a report needs, from one dialog. */
export function ShareDialog(props: ShareDialogProps) {
  const { viewUrl, embedUrl, description, chart, chartArea, onClose } = props;
  const dialog = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  const [embed, setEmbed] = useState<EmbedOptions>(props.initialEmbed);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  // Each snippet names its own iframe, so two charts on one host page each get their own height.
  const [frameId] = useState(() => `${STORY.id}-${Math.random().toString(36).slice(2, 8)}`);
  // The field keeps what is typed (a trailing space included); the view gets it cleaned.
  const [titleText, setTitleText] = useState(props.title ?? '');
  const src = embedUrl(embed);
  const snippet = embedSnippet({
    src,
    title: description.title,
    height: PREVIEW_HEIGHT,
    id: frameId,
  });

  useEffect(() => {
    const node = dialog.current;
    if (!node) return;
    // A modal dialog keeps focus inside and closes on Escape; jsdom has no showModal.
    if (typeof node.showModal === 'function') node.showModal();
    else node.setAttribute('open', '');
    return () => {
      if (typeof node.close === 'function' && node.open) node.close();
    };
  }, []);

  const run = (what: string, action: () => void | Promise<void>) => {
    setBusy(true);
    setStatus(`Preparing ${what}…`);
    void (async () => {
      try {
        await action();
        setStatus(`${what} saved.`);
      } catch (error) {
        setStatus(
          `Could not save ${what}: ${error instanceof Error ? error.message : String(error)}`,
        );
      } finally {
        setBusy(false);
      }
    })();
  };
  const png = (label: string, size: PngSize) => () => {
    run(`PNG (${label})`, async () => {
      if (!chartArea.current) throw new Error('the chart is not on screen');
      await exportPng(chartArea.current, chart, size);
    });
  };

  return (
    <dialog
      ref={dialog}
      className="share-dialog"
      aria-labelledby={headingId}
      onClose={onClose}
      onCancel={onClose}
    >
      <div className="share-dialog__head">
        <h2 id={headingId}>Share, embed and export</h2>
        <button type="button" onClick={onClose} aria-label="Close">
          ×
        </button>
      </div>

      <section className="share-section">
        <h3>Link to this view</h3>
        <p className="muted">Window, chart, benchmark, overlays and title are all in the link.</p>
        <div className="copy-row">
          <input readOnly value={viewUrl} aria-label="Link to this view" />
          <CopyButton text={viewUrl} label="Copy link" />
        </div>
        <label className="share-field">
          Title (plain text, up to {props.titleMaxLength} characters)
          <input
            type="text"
            maxLength={props.titleMaxLength}
            value={titleText}
            placeholder={description.title}
            onChange={(event) => {
              setTitleText(event.target.value);
              props.onTitleChange(event.target.value === '' ? null : event.target.value);
            }}
          />
        </label>
      </section>

      <section className="share-section">
        <h3>Export</h3>
        <div className="export-buttons" role="group" aria-label="Image">
          <span>Image:</span>
          <button type="button" disabled={busy} onClick={png('1x', { scale: 1 })}>
            PNG 1×
          </button>
          <button type="button" disabled={busy} onClick={png('2x', { scale: 2 })}>
            PNG 2×
          </button>
          <button type="button" disabled={busy} onClick={png('print size', PRINT_SIZE)}>
            PNG {PRINT_SIZE.width}×{PRINT_SIZE.height}
          </button>
          <button
            type="button"
            disabled={busy}
            onClick={() => {
              run('SVG', () => {
                if (!chartArea.current) throw new Error('the chart is not on screen');
                exportSvg(chartArea.current, chart);
              });
            }}
          >
            SVG
          </button>
        </div>
        <div className="export-buttons" role="group" aria-label="Data">
          <span>Data:</span>
          <button
            type="button"
            onClick={() => {
              run('CSV of the data', () => {
                exportDataCsv(chart);
              });
            }}
          >
            CSV of the data ({chart.rows.length} sessions)
          </button>
          <button
            type="button"
            onClick={() => {
              run('CSV of the events', () => {
                exportEventsCsv(chart);
              });
            }}
          >
            CSV of the events ({chart.events.length})
          </button>
        </div>
        <p className="muted" role="status" aria-live="polite">
          {status}
        </p>
        <h4>Description (alt text)</h4>
        <p className="share-description">{description.alt}</p>
        <CopyButton text={description.alt} label="Copy description" />
      </section>

      <section className="share-section">
        <h3>Embed in a web page</h3>
        <div className="embed-options">
          <label>
            Theme{' '}
            <select
              value={embed.theme}
              onChange={(event) => {
                setEmbed({ ...embed, theme: event.target.value as EmbedOptions['theme'] });
              }}
            >
              <option value="light">Light</option>
              <option value="dark">Dark</option>
              <option value="auto">Follow the reader&apos;s setting</option>
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
        <EmbedPreview src={src} title={description.title} />
      </section>
    </dialog>
  );
}
