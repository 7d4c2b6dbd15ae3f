import { useEffect, useState } from 'react';
import type { StoryStep } from '../story/steps';

export interface StorySteps {
  /** The steps; undefined while they load (or when no story is open). */
  steps: readonly StoryStep[] | undefined;
  /** Why the steps could not be loaded, for the notices. */
  failure: string | null;
}

/**
 * The steps of the story on screen, loaded when a reader opens it (`story=`): a page that opens no
 * story never loads their words. `load` changes with the story (a reader's files re-tell it).
 */
export function useStorySteps(open: boolean, load: () => Promise<readonly StoryStep[]>) {
  const [loaded, setLoaded] = useState<{ load: typeof load; result: StorySteps } | null>(null);
  useEffect(() => {
    if (!open || loaded?.load === load) return;
    let current = true;
    load().then(
      (steps) => {
        if (current) setLoaded({ load, result: { steps, failure: null } });
      },
      (error: unknown) => {
        const why = error instanceof Error ? error.message : String(error);
        if (current)
          setLoaded({
            load,
            result: { steps: [], failure: `The story's steps could not be loaded (${why}).` },
          });
      },
    );
    return () => {
      current = false;
    };
  }, [open, load, loaded]);
  return loaded?.load === load ? loaded.result : { steps: undefined, failure: null };
}
