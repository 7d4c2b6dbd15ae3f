import type { ReaderPage } from './readerPage';

/** A file the page saved: its name, its type and its bytes, base64. */
export interface SavedFile {
  name: string;
  type: string;
  base64: string;
}

/**
 * Keeps the files the page saves instead of handing them to the browser's download shelf, which
 * no driver reads alike (and WebDriver not at all). What is kept is the engine's own work: the
 * blob its canvas, serializer or encoder made, which is where engines differ.
 */
export async function keepSavedFiles(page: ReaderPage): Promise<void> {
  await page.evaluate(() => {
    const blobs = new Map<string, Blob>();
    const kept: { name: string; blob: Blob }[] = [];
    const createObjectURL = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (object: Blob | MediaSource) => {
      const url = createObjectURL(object);
      if (object instanceof Blob) blobs.set(url, object);
      return url;
    };
    // eslint-disable-next-line @typescript-eslint/unbound-method -- called below with its `this`
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      const blob = blobs.get(this.href);
      if (this.download && blob) kept.push({ name: this.download, blob });
      else click.call(this);
    };
    Object.assign(window, { savedFiles: kept });
  });
}

/** The files saved so far, oldest first. */
export function savedFiles(page: ReaderPage): Promise<SavedFile[]> {
  return page.evaluate(async () => {
    const kept = (window as unknown as { savedFiles?: { name: string; blob: Blob }[] }).savedFiles;
    return Promise.all(
      (kept ?? []).map(async ({ name, blob }) => {
        const bytes = new Uint8Array(await blob.arrayBuffer());
        let binary = '';
        for (const byte of bytes) binary += String.fromCharCode(byte);
        return { name, type: blob.type, base64: btoa(binary) };
      }),
    );
  });
}
