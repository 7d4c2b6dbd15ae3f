import type { LegendItem } from '../../export/chartSvg';

/** A legend item's sample: its line (with the dash that tells kinds apart without colour) or band. */
export function LegendSwatch({ item }: { item: LegendItem }) {
  return (
    <svg width="22" height="10" aria-hidden="true" className="legend-swatch">
      {item.shape === 'band' ? (
        <rect x="0" y="0" width="22" height="10" fill={item.color} fillOpacity={0.25} />
      ) : (
        <line
          x1="1"
          x2="21"
          y1="5"
          y2="5"
          stroke={item.color}
          strokeWidth="2"
          strokeDasharray={item.dash || undefined}
        />
      )}
    </svg>
  );
}
