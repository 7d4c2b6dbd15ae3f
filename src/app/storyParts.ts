/**
 * What a story needs beyond the first chart, in one chunk loaded after it: the stepper, the reader's
 * editor and the reading of their `steps=`. One chunk, not three, so the first chart carries one
 * file name and one loader for them.
 */
export { StoryPanel } from '../features/story/StoryPanel';
export { StoryEditorPanel } from '../features/storyEditor/StoryEditorPanel';
export { readYourSteps } from './url/yourSteps';
