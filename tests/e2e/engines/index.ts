import { launchChromiumEngine } from './chromium';
import { launchFirefoxEngine } from './firefox';
import type { Engine, EngineName } from './readerPage';
import { launchWebKitEngine } from './webkit';

const LAUNCH: Record<EngineName, () => Promise<Engine>> = {
  chromium: launchChromiumEngine,
  firefox: launchFirefoxEngine,
  webkit: launchWebKitEngine,
};

/**
 * The engines the reader paths run in: all three, or those named in ENGINES (comma-separated,
 * e.g. ENGINES=webkit) to run one by hand. A name that is not an engine is an error, not a skip.
 */
export function enginesToRun(): EngineName[] {
  const asked = process.env.ENGINES?.split(',').map((name) => name.trim()) ?? [];
  if (asked.length === 0) return ['chromium', 'firefox', 'webkit'];
  for (const name of asked)
    if (!(name in LAUNCH)) throw new Error(`ENGINES: "${name}" is not chromium, firefox or webkit`);
  return asked as EngineName[];
}

export const launchEngine = (name: EngineName): Promise<Engine> => LAUNCH[name]();
