import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  embedSnippet,
  escapeHtml,
  isEmbedSizeMessage,
} from '../../src/features/share/embedSnippet';

// ---------------------------------------------------------------------------------------------
// Independent helpers
// ---------------------------------------------------------------------------------------------

const CHART_ORIGIN = 'https://charts.example.com';
const SRC = `${CHART_ORIGIN}/market-impact/?embed=1&from=2025-01-02&to=2025-02-28#chart`;
const HOSTILE_TITLE = '"><script>alert(1)</script>';

type SnippetOptions = Parameters<typeof embedSnippet>[0];
const options = (overrides: Partial<SnippetOptions> = {}): SnippetOptions => ({
  src: SRC,
  title: 'NVIDIA share price, 2 Jan to 28 Feb 2025',
  height: 480,
  id: 'nvda',
  ...overrides,
});

/** The snippet read the way a browser reads it, without running anything. */
function parse(snippet: string) {
  const doc = new DOMParser().parseFromString(snippet, 'text/html');
  const iframes = [...doc.querySelectorAll('iframe')];
  const scripts = [...doc.querySelectorAll('script')];
  return { doc, iframes, scripts };
}

/** Undoes the five escapes by hand, in the only safe order (&amp; last). */
const unescape = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

/** Listeners the snippets' scripts added to the window, removed after each test. */
const added: { type: string; listener: EventListenerOrEventListenerObject }[] = [];

afterEach(() => {
  for (const { type, listener } of added.splice(0)) window.removeEventListener(type, listener);
  document.body.replaceChildren();
  vi.unstubAllGlobals();
});

/**
 * Pastes the snippet into the page as a host would: the iframe goes into the document, then the
 * snippet's own script text runs in the page's global scope.
 */
function paste(snippet: string) {
  const { doc, iframes, scripts } = parse(snippet);
  const [parsedFrame] = iframes;
  const [script] = scripts;
  if (!parsedFrame || !script) throw new Error('the snippet has no iframe or no script');
  const frame = document.importNode(parsedFrame, true);
  document.body.append(frame);
  expect(doc.body.lastElementChild).toBe(script);

  const before = added.length;
  const original = window.addEventListener.bind(window);
  const spy = vi
    .spyOn(window, 'addEventListener')
    .mockImplementation(
      (
        type: string,
        listener: EventListenerOrEventListenerObject | null,
        listenerOptions?: boolean | AddEventListenerOptions,
      ) => {
        if (!listener) return;
        added.push({ type, listener });
        original(type, listener, listenerOptions);
      },
    );
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the test runs the snippet's own script, as the host page would
  const run = new Function(script.textContent) as () => void;
  run();
  spy.mockRestore();
  const listeners = added.slice(before);
  expect(listeners.map((entry) => entry.type)).toEqual(['message']);

  const contentWindow = frame.contentWindow;
  if (!contentWindow) throw new Error('the pasted iframe has no window');
  return {
    frame,
    contentWindow,
    post(data: unknown, from: { origin?: string; source?: MessageEventSource | null } = {}) {
      window.dispatchEvent(
        new MessageEvent('message', {
          data,
          origin: from.origin ?? CHART_ORIGIN,
          source: from.source === undefined ? contentWindow : from.source,
        }),
      );
    },
  };
}

/** The height the page should give the frame for a number the chart posts. */
function clampedHeight(value: number): string {
  const rounded = Math.round(value);
  const height = rounded < 200 ? 200 : rounded > 2000 ? 2000 : rounded;
  return `${String(height)}px`;
}

// ---------------------------------------------------------------------------------------------
// escapeHtml
// ---------------------------------------------------------------------------------------------

describe('escaping text for HTML', () => {
  it('escapes the five characters that can end an attribute or open a tag', () => {
    expect(escapeHtml('&')).toBe('&amp;');
    expect(escapeHtml('<')).toBe('&lt;');
    expect(escapeHtml('>')).toBe('&gt;');
    expect(escapeHtml('"')).toBe('&quot;');
    expect(escapeHtml("'")).toBe('&#39;');
    expect(escapeHtml(HOSTILE_TITLE)).toBe('&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(escapeHtml('NVDA & QQQ')).toBe('NVDA &amp; QQQ');
  });

  it('escapes an ampersand first, so an entity in the text is shown, not decoded', () => {
    expect(escapeHtml('&lt;')).toBe('&amp;lt;');
    expect(escapeHtml('&amp;&quot;')).toBe('&amp;amp;&amp;quot;');
  });

  it('leaves other text alone', () => {
    expect(escapeHtml('')).toBe('');
    expect(escapeHtml('Mon 27 Jan 2025: −17% 😀 é')).toBe('Mon 27 Jan 2025: −17% 😀 é');
  });

  it('leaves no markup character and decodes back to the text, for any text', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string({ unit: fc.constantFrom('&', '<', '>', '"', "'", 'a', ';', '#', '3', '9') }),
        ),
        (text) => {
          const escaped = escapeHtml(text);
          expect(escaped).not.toMatch(/[<>"']/);
          // Every ampersand opens one of the five entities.
          expect(escaped.replace(/&(amp|lt|gt|quot|#39);/g, '')).not.toContain('&');
          expect(unescape(escaped)).toBe(text);
        },
      ),
      { numRuns: 500 },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// isEmbedSizeMessage
// ---------------------------------------------------------------------------------------------

describe('the size message an embedded chart posts', () => {
  it('accepts {embedHeight} with a finite positive number below 10 000', () => {
    expect(isEmbedSizeMessage({ embedHeight: 500 })).toBe(true);
    expect(isEmbedSizeMessage({ embedHeight: 1 })).toBe(true);
    expect(isEmbedSizeMessage({ embedHeight: 0.5 })).toBe(true);
    expect(isEmbedSizeMessage({ embedHeight: 9999.99 })).toBe(true);
    expect(isEmbedSizeMessage({ embedHeight: Number.MIN_VALUE })).toBe(true);
  });

  it('rejects a height that is not a finite positive number below 10 000', () => {
    for (const embedHeight of [
      0,
      -0,
      -1,
      10_000,
      1e6,
      Number.NaN,
      Number.POSITIVE_INFINITY,
      Number.NEGATIVE_INFINITY,
    ]) {
      expect(isEmbedSizeMessage({ embedHeight })).toBe(false);
    }
  });

  it('rejects a height of another type', () => {
    for (const embedHeight of ['500', null, undefined, true, [500], { value: 500 }, 500n]) {
      expect(isEmbedSizeMessage({ embedHeight })).toBe(false);
    }
  });

  it('rejects anything that is not exactly an object with that one key', () => {
    const rejected: unknown[] = [
      null,
      undefined,
      500,
      '500',
      '{"embedHeight":500}',
      true,
      [500],
      [{ embedHeight: 500 }],
      {},
      { height: 500 },
      { embedHeight: 500, extra: 1 },
      { embedHeight: 500, other: undefined },
      { nested: { embedHeight: 500 } },
      Object.create({ embedHeight: 500 }),
      new Date(0),
      () => 500,
    ];
    for (const data of rejected) expect(isEmbedSizeMessage(data)).toBe(false);
  });

  it('agrees with the rule written out, for anything at all', () => {
    const expected = (data: unknown): boolean => {
      if (typeof data !== 'object' || data === null || Array.isArray(data)) return false;
      const keys = Object.keys(data);
      if (keys.length !== 1 || keys[0] !== 'embedHeight') return false;
      const height: unknown = Object.getOwnPropertyDescriptor(data, 'embedHeight')?.value;
      return typeof height === 'number' && height > 0 && height < 10_000;
    };
    const candidate = fc.oneof(
      fc.anything(),
      fc.record({ embedHeight: fc.double() }),
      fc.record({ embedHeight: fc.anything() }),
      fc.record({ embedHeight: fc.double(), other: fc.anything() }, { requiredKeys: [] }),
      fc.dictionary(fc.constantFrom('embedHeight', 'height', 'x'), fc.double()),
    );
    fc.assert(
      fc.property(candidate, (data) => {
        expect(isEmbedSizeMessage(data)).toBe(expected(data));
      }),
      { numRuns: 1000 },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// embedSnippet: the markup
// ---------------------------------------------------------------------------------------------

describe('the embed snippet', () => {
  it('is one iframe followed by one script, and nothing else', () => {
    const { doc, iframes, scripts } = parse(embedSnippet(options()));
    expect(iframes).toHaveLength(1);
    expect(scripts).toHaveLength(1);
    expect([...doc.body.children].map((element) => element.tagName)).toEqual(['IFRAME', 'SCRIPT']);
  });

  it('gives the iframe its id, source, title, size and lazy loading', () => {
    const [frame] = parse(embedSnippet(options({ height: 480.6 }))).iframes;
    expect(frame?.id).toBe('chart-nvda');
    expect(frame?.getAttribute('src')).toBe(SRC);
    expect(frame?.getAttribute('title')).toBe('NVIDIA share price, 2 Jan to 28 Feb 2025');
    expect(frame?.getAttribute('width')).toBe('100%');
    expect(frame?.getAttribute('height')).toBe('481');
    expect(frame?.getAttribute('loading')).toBe('lazy');
    expect(frame?.getAttribute('style')).toContain('border:0');
  });

  it('escapes a hostile title and source into plain attribute values', () => {
    const src = `${CHART_ORIGIN}/embed?title="><script>alert(1)</script>&a='b'&c=<i>`;
    const snippet = embedSnippet(options({ src, title: HOSTILE_TITLE }));
    const { iframes, scripts } = parse(snippet);
    expect(iframes).toHaveLength(1);
    expect(scripts).toHaveLength(1);
    expect(iframes[0]?.getAttribute('title')).toBe(HOSTILE_TITLE);
    expect(iframes[0]?.getAttribute('src')).toBe(src);
    expect(scripts[0]?.textContent).not.toContain('alert');
    // In the raw text too: one opening and one closing script tag, the snippet's own.
    expect(snippet.match(/<script/gi)).toHaveLength(1);
    expect(snippet.match(/<\/script/gi)).toHaveLength(1);
    expect(snippet.match(/<iframe/gi)).toHaveLength(1);
  });

  it('keeps any title exactly, as one attribute of one iframe', () => {
    // The HTML parser itself rewrites CR and NUL in any input, so those are left out here.
    const title = fc.string({
      unit: fc.oneof(
        fc.constantFrom('"', "'", '<', '>', '&', '/', '=', ' ', '\n', 's', 'c', 'r', 'i', 'p', 't'),
        fc
          .string({ unit: 'binary', minLength: 1, maxLength: 1 })
          .filter((c) => c !== '\r' && c !== '\0'),
      ),
      maxLength: 30,
    });
    fc.assert(
      fc.property(title, (text) => {
        const { iframes, scripts } = parse(embedSnippet(options({ title: text })));
        expect(iframes).toHaveLength(1);
        expect(scripts).toHaveLength(1);
        expect(iframes[0]?.getAttribute('title')).toBe(text);
        expect(iframes[0]?.attributes).toHaveLength(7);
      }),
      { numRuns: 150 },
    );
  });

  it('keeps only safe characters of the id, and the script looks up that same id', () => {
    const snippet = embedSnippet(options({ id: 'x" onload="alert(1)' }));
    const { iframes, scripts } = parse(snippet);
    expect(iframes[0]?.id).toBe('chart-xonloadalert1');
    expect(iframes[0]?.hasAttribute('onload')).toBe(false);
    expect(scripts[0]?.textContent).toContain('document.getElementById("chart-xonloadalert1")');
    fc.assert(
      fc.property(fc.string(), (id) => {
        const parsed = parse(embedSnippet(options({ id })));
        const frameId = parsed.iframes[0]?.id ?? '';
        expect(frameId).toMatch(/^chart-[A-Za-z0-9-]*$/);
        expect(parsed.scripts[0]?.textContent).toContain(
          `document.getElementById(${JSON.stringify(frameId)})`,
        );
      }),
      { numRuns: 100 },
    );
  });

  it("names the chart's origin in the script: scheme, host and port, no path", () => {
    const originIn = (src: string) => {
      const text = parse(embedSnippet(options({ src }))).scripts[0]?.textContent ?? '';
      const match = /var origin = ("[^"]*");/.exec(text);
      return match?.[1] === undefined ? null : (JSON.parse(match[1]) as string);
    };
    expect(originIn(SRC)).toBe('https://charts.example.com');
    expect(originIn('https://charts.example.com:8443/embed?x=1')).toBe(
      'https://charts.example.com:8443',
    );
    expect(originIn('https://charts.example.com:443/embed')).toBe('https://charts.example.com');
    expect(originIn('http://localhost:5173/?embed=1')).toBe('http://localhost:5173');
    expect(originIn('https://CHARTS.Example.COM/x')).toBe('https://charts.example.com');
  });

  it('refuses a source that is not a URL rather than writing a script with no origin', () => {
    expect(() => embedSnippet(options({ src: 'not a url' }))).toThrow();
  });
});

// ---------------------------------------------------------------------------------------------
// embedSnippet: the script, run in the page
// ---------------------------------------------------------------------------------------------

describe('the embed script in a host page', () => {
  it('resizes the iframe to the height its chart posts', () => {
    const page = paste(embedSnippet(options()));
    page.post({ embedHeight: 700 });
    expect(page.frame.style.height).toBe('700px');
    page.post({ embedHeight: 512.6 });
    expect(page.frame.style.height).toBe('513px');
    page.post({ embedHeight: 512.4 });
    expect(page.frame.style.height).toBe('512px');
  });

  it('accepts the "null" origin of a sandboxed frame', () => {
    const page = paste(embedSnippet(options()));
    page.post({ embedHeight: 650 }, { origin: 'null' });
    expect(page.frame.style.height).toBe('650px');
  });

  it('clamps the height to [200, 2000]', () => {
    const page = paste(embedSnippet(options()));
    const cases: [number, string][] = [
      [100, '200px'],
      [0, '200px'],
      [-50, '200px'],
      [199.4, '200px'],
      [200, '200px'],
      [201, '201px'],
      [1999, '1999px'],
      [2000, '2000px'],
      [2000.4, '2000px'],
      [5000, '2000px'],
      [1e9, '2000px'],
      [-1e9, '200px'],
    ];
    for (const [posted, height] of cases) {
      page.post({ embedHeight: posted });
      expect(page.frame.style.height).toBe(height);
    }
  });

  it('sets the clamped, rounded height for any finite number posted', () => {
    const page = paste(embedSnippet(options()));
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (posted) => {
        page.post({ embedHeight: posted });
        expect(page.frame.style.height).toBe(clampedHeight(posted));
      }),
      { numRuns: 300 },
    );
  });

  it('ignores a message from any window but its own iframe', () => {
    const page = paste(embedSnippet(options()));
    const other = document.createElement('iframe');
    document.body.append(other);
    page.post({ embedHeight: 900 }, { source: window });
    page.post({ embedHeight: 900 }, { source: null });
    page.post({ embedHeight: 900 }, { source: other.contentWindow });
    expect(page.frame.style.height).toBe('');
    page.post({ embedHeight: 900 });
    expect(page.frame.style.height).toBe('900px');
  });

  it("ignores a message from an origin other than the chart's or 'null'", () => {
    const page = paste(embedSnippet(options()));
    for (const origin of [
      'https://evil.example',
      'http://charts.example.com',
      'https://charts.example.com:8443',
      'https://charts.example.com.evil.example',
      'https://evil.charts.example.com',
      'https://charts.example.co',
      `${CHART_ORIGIN}/market-impact`,
      '',
      'undefined',
      'NULL',
    ]) {
      page.post({ embedHeight: 900 }, { origin });
      expect(page.frame.style.height).toBe('');
    }
  });

  it('follows the origin of the source it was made for', () => {
    const page = paste(
      embedSnippet(options({ src: 'http://localhost:5173/?embed=1', id: 'local' })),
    );
    page.post({ embedHeight: 900 });
    expect(page.frame.style.height).toBe('');
    page.post({ embedHeight: 900 }, { origin: 'http://localhost:5173' });
    expect(page.frame.style.height).toBe('900px');
  });

  it('ignores data of any other shape than {embedHeight: number}', () => {
    const page = paste(embedSnippet(options()));
    const rejected: unknown[] = [
      null,
      undefined,
      700,
      '700',
      '{"embedHeight":700}',
      true,
      [700],
      [{ embedHeight: 700 }],
      {},
      { height: 700 },
      { embedHeight: '700' },
      { embedHeight: 700, extra: 1 },
      { embedHeight: null },
      { embedHeight: [700] },
      { embedHeight: { value: 700 } },
      { embedHeight: Number.NaN },
      { embedHeight: Number.POSITIVE_INFINITY },
      { embedHeight: Number.NEGATIVE_INFINITY },
      { nested: { embedHeight: 700 } },
    ];
    for (const data of rejected) {
      page.post(data);
      expect(page.frame.style.height).toBe('');
    }
  });

  it('keeps the last good height when a bad message follows', () => {
    const page = paste(embedSnippet(options()));
    page.post({ embedHeight: 640 });
    page.post({ embedHeight: '900' });
    page.post({ embedHeight: 900 }, { origin: 'https://evil.example' });
    page.post({ embedHeight: 900 }, { source: window });
    page.post({ embedHeight: Number.NaN });
    expect(page.frame.style.height).toBe('640px');
  });

  it('resizes only its own iframe when two charts are embedded in one page', () => {
    const first = paste(embedSnippet(options({ id: 'one' })));
    const second = paste(embedSnippet(options({ id: 'two' })));
    first.post({ embedHeight: 300 });
    expect(first.frame.style.height).toBe('300px');
    expect(second.frame.style.height).toBe('');
    second.post({ embedHeight: 1500 });
    expect(first.frame.style.height).toBe('300px');
    expect(second.frame.style.height).toBe('1500px');
  });

  it('does not run the markup of a hostile title or source when pasted', () => {
    const alert = vi.fn();
    vi.stubGlobal('alert', alert);
    const page = paste(
      embedSnippet(
        options({ title: HOSTILE_TITLE, src: `${CHART_ORIGIN}/?q="><script>alert(2)</script>` }),
      ),
    );
    expect(document.querySelectorAll('script')).toHaveLength(0);
    expect(page.frame.title).toBe(HOSTILE_TITLE);
    page.post({ embedHeight: 400 });
    expect(page.frame.style.height).toBe('400px');
    expect(alert).not.toHaveBeenCalled();
  });
});
