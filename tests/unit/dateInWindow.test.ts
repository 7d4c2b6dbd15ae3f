import { describe, expect, it } from 'vitest';
import { formatDateInWindow } from '../../src/domain/dateInWindow';

describe('a date listed beside the window', () => {
  const jan2025 = { from: '2025-01-02', to: '2025-02-28' };
  const newYear = { from: '2024-12-16', to: '2025-01-17' };

  it('leaves out the year the window is in', () => {
    expect(formatDateInWindow('2025-01-27', jan2025)).toBe('27 Jan');
    // Outside the window, but in its year: no other 4 Jan to mistake it for.
    expect(formatDateInWindow('2025-03-04', jan2025)).toBe('4 Mar');
  });

  it('gives the year of a date in another year', () => {
    expect(formatDateInWindow('2024-12-26', jan2025)).toBe('26 Dec 2024');
    expect(formatDateInWindow('1999-01-04', jan2025)).toBe('4 Jan 1999');
  });

  it('across New Year, leaves the year out only inside the window', () => {
    expect(formatDateInWindow('2024-12-26', newYear)).toBe('26 Dec');
    expect(formatDateInWindow('2025-01-04', newYear)).toBe('4 Jan');
    // Would read as the 4 Jan inside the window.
    expect(formatDateInWindow('2024-01-04', newYear)).toBe('4 Jan 2024');
    expect(formatDateInWindow('1999-01-04', newYear)).toBe('4 Jan 1999');
  });
});
