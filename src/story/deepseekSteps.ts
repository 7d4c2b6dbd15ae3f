import type { StoryStep } from './steps';
import steps from './deepseek-steps.json';

/**
 * The default story's steps. JSON gives the modes and chart types as strings;
 * tests/unit/storyCaptions.test.ts holds each one to the vocabulary.
 */
export const DEFAULT_STEPS = steps as readonly StoryStep[];
