import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { sleep, type Engine, type KeyName, type ReaderPage } from './readerPage';

const DRIVER = '/usr/bin/WebKitWebDriver';
const MINI_BROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const XVFB = '/usr/bin/Xvfb';

/** A free TCP port on the loopback address. */
async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => {
        done(port);
      });
    });
  });
}

// The W3C WebDriver codes of the keys the tests press.
const KEY_CODES: Record<KeyName, string> = {
  Backspace: '\uE003',
  Tab: '\uE004',
  Enter: '\uE007',
  Escape: '\uE00C',
  Space: '\uE00D',
  End: '\uE010',
  Home: '\uE011',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
};

// Paper sizes in centimetres, as WebDriver's print command takes them.
const PAPER = { A4: { width: 21, height: 29.7 }, Letter: { width: 21.59, height: 27.94 } };

type Call = <T>(method: string, path: string, body?: unknown) => Promise<T>;

/** The session's one window as a reader's page; WebDriver keeps one pointer and keyboard state. */
function readerPage(call: Call, session: string): ReaderPage {
  const act = async (actions: unknown) => {
    await call('POST', `${session}/actions`, { actions: [actions] });
  };
  const pointer = (...steps: unknown[]) =>
    act({ type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' }, actions: steps });
  const keys = (...steps: unknown[]) => act({ type: 'key', id: 'keyboard', actions: steps });
  const execute = <T>(script: string, args: unknown[]) =>
    call<T>('POST', `${session}/execute/sync`, { script, args });
  return {
    engine: 'webkit',
    goto: async (url) => {
      await call('POST', `${session}/url`, { url });
    },
    // WebDriver runs a function body with the arguments in `arguments`, and awaits a promise.
    evaluate: (fn, arg) =>
      execute(`return (${fn.toString()}).apply(null, arguments)`, [arg ?? null]),
    addScript: async (source) => {
      await execute(source, []);
    },
    mouseMove: (x, y) =>
      pointer({ type: 'pointerMove', origin: 'viewport', x: Math.round(x), y: Math.round(y) }),
    mouseDown: () => pointer({ type: 'pointerDown', button: 0 }),
    mouseUp: () => pointer({ type: 'pointerUp', button: 0 }),
    press: (...names) =>
      keys(
        ...names.flatMap((name) => [
          { type: 'keyDown', value: KEY_CODES[name] },
          { type: 'keyUp', value: KEY_CODES[name] },
        ]),
      ),
    // WebKitWebDriver sends one keydown for a key already down, not the repeats a held key
    // sends, so a held key is the same keydowns as a burst of presses in one input sequence.
    holdKey: (name, repeats) =>
      keys(
        ...Array.from({ length: repeats }, () => [
          { type: 'keyDown', value: KEY_CODES[name] },
          { type: 'keyUp', value: KEY_CODES[name] },
        ]).flat(),
      ),
    type: (text) =>
      keys(
        ...Array.from(text, (value) => [
          { type: 'keyDown', value },
          { type: 'keyUp', value },
        ]).flat(),
      ),
    setViewport: async (width, height) => {
      // The window's size includes MiniBrowser's frame: measure it and size the window around it.
      const frame = await execute<{ width: number; height: number }>(
        'return { width: outerWidth - innerWidth, height: outerHeight - innerHeight }',
        [],
      );
      await call('POST', `${session}/window/rect`, {
        width: width + frame.width,
        height: height + frame.height,
      });
    },
    screenshot: async () =>
      Buffer.from(await call<string>('GET', `${session}/screenshot`), 'base64'),
    pdf: async ({ format, landscape }) => {
      const printed = await call<string>('POST', `${session}/print`, {
        orientation: landscape ? 'landscape' : 'portrait',
        page: PAPER[format],
        background: true,
      }).catch(() => null);
      return printed === null ? null : Buffer.from(printed, 'base64');
    },
    close: async () => {
      await call('DELETE', `${session}/actions`).catch(() => null);
      await call('POST', `${session}/url`, { url: 'about:blank' });
    },
  };
}

/**
 * Starts Debian's WebKitWebDriver (package webkit2gtk-driver) on a display of its own (Xvfb,
 * package xvfb) and opens a MiniBrowser session: WebKitGTK, the engine of Safari. A missing
 * package fails with its name: the browser tests never skip an engine silently. WebDriver drives
 * one window, so the engine's pages are that window in turn.
 */
export async function launchWebKitEngine(): Promise<Engine> {
  for (const [file, pkg] of [
    [DRIVER, 'webkit2gtk-driver'],
    [MINI_BROWSER, 'webkit2gtk-driver'],
    [XVFB, 'xvfb'],
  ] as const) {
    if (!existsSync(file)) throw new Error(`${file} is missing: apt-get install ${pkg}`);
  }
  const children: ChildProcess[] = [];
  const display = `:${String(90 + Math.floor(Math.random() * 400))}`;
  children.push(
    spawn(XVFB, [display, '-screen', '0', '1920x1200x24', '-nolisten', 'tcp'], { stdio: 'ignore' }),
  );
  const port = await freePort();
  children.push(
    spawn(DRIVER, [`--port=${String(port)}`, '--host=127.0.0.1'], {
      stdio: 'ignore',
      env: { ...process.env, DISPLAY: display },
    }),
  );
  const base = `http://127.0.0.1:${String(port)}`;
  const stop = () => {
    for (const child of children) child.kill();
  };

  const call: Call = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const answer = (await response.json()) as { value: T & { error?: string; message?: string } };
    if (!response.ok)
      throw new Error(
        `WebDriver ${method} ${path}: ${answer.value.error ?? ''} ${answer.value.message ?? ''}`,
      );
    return answer.value;
  };

  // The driver takes a moment to listen, and MiniBrowser a moment to open.
  const newSession = async (attempt = 0): Promise<string> => {
    try {
      const created = await call<{ sessionId: string }>('POST', '/session', {
        capabilities: {
          alwaysMatch: {
            'webkitgtk:browserOptions': { binary: MINI_BROWSER, args: ['--automation'] },
          },
        },
      });
      return created.sessionId;
    } catch (error) {
      if (attempt >= 40) {
        stop();
        throw error;
      }
      await sleep(250);
      return newSession(attempt + 1);
    }
  };
  const session = `/session/${await newSession()}`;
  const page = readerPage(call, session);
  return {
    name: 'webkit',
    newPage: async () => {
      await page.setViewport(1280, 1000);
      return page;
    },
    close: async () => {
      await call('DELETE', session).catch(() => null);
      stop();
    },
  };
}
