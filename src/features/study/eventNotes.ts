import type { ImpactAnalysis } from '../../domain/impactAnalysis';
import { formatResult } from './statsFormat';

/** A line for each event's card: its AR on day 0 and its CAR over [-1, +1] against the benchmark. */
export function eventNotesOf(analysis: ImpactAnalysis, benchmark: string): Map<string, string> {
  const notes = new Map<string, string>();
  for (const [id, impact] of analysis.eventImpacts) {
    if ('status' in impact) {
      notes.set(id, `Abnormal return vs ${benchmark}: ${impact.reason}.`);
      continue;
    }
    const parts = [
      impact.ar0 && `AR(0) ${formatResult(impact.ar0)}`,
      impact.car && `CAR[-1,+1] ${formatResult(impact.car)}`,
    ].filter(Boolean);
    notes.set(id, `Against ${benchmark}: ${parts.join('; ')}.`);
  }
  return notes;
}
