import { createContext } from 'react';

/**
 * The events and notes (by id) the story's step points the reader to: their marks are drawn
 * emphasised. Outside a provider, or with no story open, none are.
 */
export const StoryHighlightContext = createContext<readonly string[]>([]);
