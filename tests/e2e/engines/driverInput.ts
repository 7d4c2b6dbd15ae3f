import type { KeyName, ReaderPage } from './readerPage';

/** The mouse and keyboard of playwright-core's and puppeteer-core's pages, which agree in shape. */
interface DriverInput<Key> {
  mouse: {
    move: (x: number, y: number) => Promise<unknown>;
    down: () => Promise<unknown>;
    up: () => Promise<unknown>;
  };
  keyboard: {
    press: (key: Key) => Promise<unknown>;
    down: (key: Key) => Promise<unknown>;
    up: (key: Key) => Promise<unknown>;
    type: (text: string) => Promise<unknown>;
  };
}

/**
 * A reader's pointer and keys through a driver's mouse and keyboard. A held key is the same key
 * pressed down again and again (each a repeat, as the engine's auto-repeat sends), then let go.
 */
export function inputThrough<Key>(
  { mouse, keyboard }: DriverInput<Key>,
  keyOf: (key: KeyName) => Key,
): Pick<ReaderPage, 'mouseMove' | 'mouseDown' | 'mouseUp' | 'press' | 'holdKey' | 'type'> {
  return {
    mouseMove: async (x, y) => {
      await mouse.move(x, y);
    },
    mouseDown: async () => {
      await mouse.down();
    },
    mouseUp: async () => {
      await mouse.up();
    },
    press: async (...keys) => {
      for (const key of keys) await keyboard.press(keyOf(key));
    },
    holdKey: async (key, repeats) => {
      for (let n = 0; n < repeats; n++) await keyboard.down(keyOf(key));
      await keyboard.up(keyOf(key));
    },
    type: async (text) => {
      await keyboard.type(text);
    },
  };
}
