import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';

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

const sleep = (ms: number) =>
  new Promise<void>((done) => {
    setTimeout(done, ms);
  });

/** One WebKit (MiniBrowser) session, driven over the W3C WebDriver JSON protocol with fetch. */
export interface WebKitSession {
  goto: (url: string) => Promise<void>;
  /** Runs `script` (a function body; `arguments` holds `args`) in the page and returns its value. */
  execute: <T>(script: string, ...args: unknown[]) => Promise<T>;
  /** Presses and releases each key in turn, as one burst of input (the WebDriver key codes). */
  pressKeys: (keys: readonly string[]) => Promise<void>;
  screenshot: () => Promise<Buffer>;
  close: () => Promise<void>;
}

/**
 * Starts Debian's WebKitWebDriver (package webkit2gtk-driver) on a display of its own (Xvfb,
 * package xvfb) and opens a MiniBrowser session: WebKitGTK, the engine of Safari. A missing
 * package fails with its name: the browser tests never skip an engine silently.
 */
export async function launchWebKit(): Promise<WebKitSession> {
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
    spawn(XVFB, [display, '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], { stdio: 'ignore' }),
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

  const call = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
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
  const sessionId = await newSession();
  const session = `/session/${sessionId}`;
  await call('POST', `${session}/window/rect`, { width: 1280, height: 1000 }).catch(() => null);

  return {
    goto: async (url) => {
      await call('POST', `${session}/url`, { url });
    },
    execute: (script, ...args) => call('POST', `${session}/execute/sync`, { script, args }),
    pressKeys: async (keys) => {
      await call('POST', `${session}/actions`, {
        actions: [
          {
            type: 'key',
            id: 'keyboard',
            actions: keys.flatMap((value) => [
              { type: 'keyDown', value },
              { type: 'keyUp', value },
            ]),
          },
        ],
      });
    },
    screenshot: async () =>
      Buffer.from(await call<string>('GET', `${session}/screenshot`), 'base64'),
    close: async () => {
      await call('DELETE', session).catch(() => null);
      stop();
    },
  };
}
