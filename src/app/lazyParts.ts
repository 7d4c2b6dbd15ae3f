import { lazy } from 'react';

// The dialog and the export code load when first opened: most readers never export. What sits
// below the chart loads once the chart is drawn (useAfterFirstChart): the navigator's chart, the
// event study and the peers are neither fetched nor rendered before the first chart.
export const ShareDialog = lazy(() =>
  import('../features/share/ShareDialog').then((module) => ({ default: module.ShareDialog })),
);
export const loadNavigator = () => import('../charts/Navigator').then((module) => module.Navigator);
export const loadEventStudy = () =>
  import('../features/study/EventStudyPanel').then((module) => module.EventStudyPanel);
export const loadPeers = () =>
  import('../features/peers/PeersPanel').then((module) => module.PeersPanel);
export const loadNotesPanel = () =>
  import('../features/notes/NotesPanel').then((module) => module.NotesPanel);
export const loadYourDataPanel = () =>
  import('./yourData/YourDataPanel').then((module) => module.YourDataPanel);
/** The story's stepper and captions load only with `story=`; the reader's editor after the chart. */
export const loadStoryParts = () => import('./storyParts');
export const loadStoryPanel = () => loadStoryParts().then((module) => module.StoryPanel);
export const loadStoryEditor = () => loadStoryParts().then((module) => module.StoryEditorPanel);
