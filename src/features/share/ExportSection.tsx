import { useState, type RefObject } from 'react';
import type { ChartDescription } from '../../domain/chartDescription';
import type { ChartExport } from '../../export/chartExport';
import { downloadsMayBeBlocked } from '../../export/download';
import { CopyButton } from './CopyButton';
import {
  exportDataCsv,
  exportEventsCsv,
  exportPng,
  exportSvg,
  PRINT_SIZE,
  type PngSize,
} from './exportChart';

/** Runs one export at a time, and says what it is doing and how it ended. */
function useExportRunner() {
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const run = (what: string, action: () => void | Promise<void>) => {
    setBusy(true);
    setStatus(`Preparing ${what}…`);
    void (async () => {
      try {
        await action();
        setStatus(
          downloadsMayBeBlocked()
            ? `${what} handed to the browser, which may block downloads in this embedded frame: open the page in a tab of its own to save it.`
            : `${what} saved.`,
        );
      } catch (error) {
        setStatus(
          `Could not save ${what}: ${error instanceof Error ? error.message : String(error)}`,
        );
      } finally {
        setBusy(false);
      }
    })();
  };
  return { status, busy, run };
}

export interface ExportSectionProps {
  description: ChartDescription;
  chart: ChartExport;
  /** The element that holds the chart panels the image exports copy. */
  chartArea: RefObject<HTMLElement | null>;
}

/** The chart as PNG or SVG, its data and events as CSV, and its description as alt text. */
export function ExportSection({ description, chart, chartArea }: ExportSectionProps) {
  const { status, busy, run } = useExportRunner();
  const onScreen = () => {
    if (!chartArea.current) throw new Error('the chart is not on screen');
    return chartArea.current;
  };
  const png = (label: string, size: PngSize) => () => {
    run(`PNG (${label})`, () => exportPng(onScreen(), chart, size));
  };
  return (
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
              exportSvg(onScreen(), chart);
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
  );
}
