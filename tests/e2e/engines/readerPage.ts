/**
 * What a reader does to the page, in words every engine's driver can carry out: Chromium through
 * playwright-core, Firefox through puppeteer-core over WebDriver BiDi, WebKit through W3C WebDriver.
 * The reader-path tests speak only this, so each path runs unchanged in every engine.
 */

export type EngineName = 'chromium' | 'firefox' | 'webkit';

/** Keys by their DOM `key` names; each driver maps them to its own codes. */
export type KeyName =
  | 'ArrowLeft'
  | 'ArrowRight'
  | 'ArrowUp'
  | 'ArrowDown'
  | 'Tab'
  | 'Enter'
  | 'Escape'
  | 'Space'
  | 'Backspace'
  | 'Home'
  | 'End';

/** What a test hands a page to run: a function that the driver sends as source, so no closures. */
export type PageFunction<A, R> = (arg: A) => R | Promise<R>;

export interface ReaderPage {
  readonly engine: EngineName;
  goto: (url: string) => Promise<void>;
  /** Runs `fn(arg)` in the page (a promise is awaited) and returns its JSON-serialisable value. */
  evaluate: <R, A = null>(fn: PageFunction<A, R>, arg?: A) => Promise<R>;
  /** Runs a script's source in the page (a library such as axe-core). */
  addScript: (source: string) => Promise<void>;
  /** The pointer, in viewport pixels. */
  mouseMove: (x: number, y: number) => Promise<void>;
  mouseDown: () => Promise<void>;
  mouseUp: () => Promise<void>;
  /** Presses and releases each key in turn. */
  press: (...keys: KeyName[]) => Promise<void>;
  /** Holds a key down for `repeats` auto-repeats, then lets it go: what a held arrow key sends. */
  holdKey: (key: KeyName, repeats: number) => Promise<void>;
  /** Types printable text into whatever has focus. */
  type: (text: string) => Promise<void>;
  setViewport: (width: number, height: number) => Promise<void>;
  screenshot: () => Promise<Buffer>;
  /** The page as the engine prints it, or null where the engine's driver cannot print. */
  pdf: (paper: { format: 'A4' | 'Letter'; landscape: boolean }) => Promise<Buffer | null>;
  close: () => Promise<void>;
}

/** One running browser of an engine, from which tests open fresh pages. */
export interface Engine {
  readonly name: EngineName;
  newPage: () => Promise<ReaderPage>;
  close: () => Promise<void>;
}

export const sleep = (ms: number) =>
  new Promise<void>((done) => {
    setTimeout(done, ms);
  });
