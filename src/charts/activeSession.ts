import { createContext } from 'react';
import type { TradingDate } from '../domain/tradingDate';

/**
 * Told the session a chart's tooltip is on (moved by the pointer or the arrow keys), null when none:
 * where a reader's new note goes. Outside a provider nobody is told.
 */
export const ActiveSessionContext = createContext<((date: TradingDate | null) => void) | null>(
  null,
);
