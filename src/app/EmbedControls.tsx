import { useId, useState } from 'react';
import type { OverlayKind } from '../domain/types';
import { KindToggles } from '../features/events/EventToggles';
import type { EventVisibility } from '../features/events/chartEvents';

export interface EmbedControlsProps {
  counts: ReadonlyMap<OverlayKind, number>;
  visibility: EventVisibility;
  onChange: (next: EventVisibility) => void;
}

/**
 * The embed's overlay toggles: in a row under the chart where there is room, behind an "Events (n)"
 * button that opens them over the chart where there is not (the embed's data-fold says which).
 */
export function EmbedControls({ counts, visibility, onChange }: EmbedControlsProps) {
  const [open, setOpen] = useState(false);
  const panel = useId();
  const total = [...counts.values()].reduce((sum, count) => sum + count, 0);
  return (
    <div
      className="embed__controls"
      data-open={open || undefined}
      onKeyDown={(event) => {
        if (event.key === 'Escape') setOpen(false);
      }}
    >
      <button
        type="button"
        className="embed__controls-button"
        aria-expanded={open}
        aria-controls={panel}
        onClick={() => {
          setOpen(!open);
        }}
      >
        Events ({total})
      </button>
      <div id={panel} className="embed__controls-panel">
        <KindToggles counts={counts} visibility={visibility} onChange={onChange} />
      </div>
    </div>
  );
}
