/** Rasterises an SVG document at `scale` (2 for a sharp image on a high-density screen or in print). */
export async function svgToPng(
  text: string,
  size: { width: number; height: number },
  target: { width: number; height: number },
): Promise<Blob> {
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(text)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = target.width;
  canvas.height = target.height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('This browser cannot draw to a canvas, so it cannot make a PNG.');
  // Scaled to fit and centred: a print size of another shape gets margins, never a stretched chart.
  const scale = Math.min(target.width / size.width, target.height / size.height);
  const width = size.width * scale;
  const height = size.height * scale;
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, target.width, target.height);
  context.drawImage(image, (target.width - width) / 2, (target.height - height) / 2, width, height);
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => {
      if (blob) resolve(blob);
      else reject(new Error('The PNG could not be encoded.'));
    }, 'image/png');
  });
}

/** Saves a file the way a download link does; the object URL is freed once the click is handled. */
export function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 10_000);
}

/**
 * Whether a saved file may never arrive: a page in a sandboxed iframe (an opaque origin) has its
 * downloads blocked unless the host page allowed them, and no browser tells the page either way.
 */
export function downloadsMayBeBlocked(
  page: Pick<Window, 'origin' | 'self' | 'top'> = window,
): boolean {
  let framed: boolean;
  try {
    framed = page.top !== page.self;
  } catch {
    // A cross-origin parent may refuse even the comparison: framed all the same.
    framed = true;
  }
  return framed && page.origin === 'null';
}
