import { addDays, weekdayOf, type TradingDate } from './tradingDate';

export interface WindowPreset {
  id: 'event-week' | 'month' | 'quarter' | 'story' | 'all';
  label: string;
  from: TradingDate;
  to: TradingDate;
}

function quarterOf(date: TradingDate): { from: TradingDate; to: TradingDate } {
  const year = date.slice(0, 4);
  const quarter = Math.floor((Number(date.slice(5, 7)) - 1) / 3);
  const firstMonth = quarter * 3 + 1;
  const from = `${year}-${String(firstMonth).padStart(2, '0')}-01`;
  const nextQuarter =
    quarter === 3
      ? `${Number(year) + 1}-01-01`
      : `${year}-${String(firstMonth + 3).padStart(2, '0')}-01`;
  return { from, to: addDays(nextQuarter, -1) };
}

/**
 * The range buttons, all relative to the shock: its week (the Friday before to the Friday after),
 * a month either side, its calendar quarter, the story's weeks, and all the data there is.
 */
export function windowPresets(
  shockDate: TradingDate,
  story: { from: TradingDate; to: TradingDate },
  bounds: { from: TradingDate; to: TradingDate } | null,
): WindowPreset[] {
  const quarter = quarterOf(shockDate);
  // The Monday of the shock's trading week; a weekend shock belongs to the week after it.
  const weekday = weekdayOf(shockDate);
  const monday = addDays(shockDate, weekday === 6 ? 2 : weekday === 0 ? 1 : 1 - weekday);
  const presets: WindowPreset[] = [
    {
      id: 'event-week',
      label: 'Event week',
      // The Friday before the shock's week to the Friday that ends it.
      from: addDays(monday, -3),
      to: addDays(monday, 4),
    },
    { id: 'month', label: '±1 month', from: addDays(shockDate, -31), to: addDays(shockDate, 31) },
    { id: 'quarter', label: 'Quarter', ...quarter },
    { id: 'story', label: 'Jan–Feb', ...story },
  ];
  if (bounds) presets.push({ id: 'all', label: 'All data', ...bounds });
  return presets;
}
