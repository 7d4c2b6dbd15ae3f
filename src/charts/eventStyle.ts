import type { OverlayKind } from '../domain/types';

/**
 * Each kind has a colour and a dash pattern, so overlays stay apart in grey-scale print and for
 * readers who do not tell the colours apart.
 */
export const EVENT_KIND_STYLE: Record<OverlayKind, { color: string; dash: string; label: string }> =
  {
    news: { color: '#1f5fbf', dash: '4 3', label: 'News' },
    social: { color: '#8a3ab9', dash: '1 3', label: 'Social' },
    market: { color: '#c0392b', dash: '', label: 'Market' },
    product: { color: '#1e7d4f', dash: '8 3', label: 'Product' },
    note: { color: '#b45309', dash: '6 2 1 2', label: 'Your note' },
  };
