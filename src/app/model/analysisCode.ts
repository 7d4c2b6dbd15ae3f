import { analyseImpact } from '../../domain/impactAnalysis';
import { eventNotesOf } from '../../features/study/eventNotes';

/**
 * The event study and what is made from it, as one chunk of code the first chart of a price view
 * does not need: it runs on the benchmark's prices, which are asked for once that chart is drawn
 * (see useAnalysisCode).
 */
export const analysisCode = { analyseImpact, eventNotesOf };
export type AnalysisCode = typeof analysisCode;
