import { describeProblem } from '../../import/problems';
import type { LoadReport } from './loaded';

/**
 * The code that reads a reader's files, in one chunk loaded with the first file (or address), not
 * with the page: the page's first chart never needs it.
 */
export { fetchAddress, readPickedFile } from './readSource';
export { readLoaded } from './readLoaded';

/** The page's notice for a refused file: its summary and its first reason. */
export function noticeOf(report: LoadReport): string | null {
  if (report.accepted) return null;
  return `${report.summary} ${report.problems.slice(0, 1).map(describeProblem).join('')}`;
}
