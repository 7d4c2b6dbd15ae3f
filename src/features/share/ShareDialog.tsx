import { useEffect, useId, useRef, type RefObject } from 'react';
import type { ChartDescription } from '../../domain/chartDescription';
import type { ChartExport } from '../../export/chartExport';
import { EmbedSection, type EmbedOptions } from './EmbedSection';
import { ExportSection } from './ExportSection';
import { LinkSection } from './LinkSection';

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
  /** A story is open: its link and embed carry it (`story=`, `step=`, `steps=`). */
  story?: boolean;
}

/** Share the view, embed it, export it: everything a report needs, from one dialog. */
export function ShareDialog(props: ShareDialogProps) {
  const { description, onClose } = props;
  const dialog = useRef<HTMLDialogElement>(null);
  const headingId = useId();

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
      <LinkSection
        viewUrl={props.viewUrl}
        title={props.title}
        placeholder={description.title}
        titleMaxLength={props.titleMaxLength}
        onTitleChange={props.onTitleChange}
        story={props.story}
      />
      <ExportSection description={description} chart={props.chart} chartArea={props.chartArea} />
      <EmbedSection
        embedUrl={props.embedUrl}
        initialEmbed={props.initialEmbed}
        title={description.title}
      />
    </dialog>
  );
}
