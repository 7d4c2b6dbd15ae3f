import { inflateSync } from 'node:zlib';

/**
 * What a PDF from Chromium says, well enough to test: its page count, and its text with the white
 * space taken out (the PDF places words, it does not space them). No PDF library: Chromium (Skia) writes each font's glyphs as two-byte codes with a
 * ToUnicode map, and the text as `<codes> Tj` in its page streams, all of them Flate-compressed.
 * The maps of all fonts are merged, which holds for the one family the app uses.
 */
export function readPdf(pdf: Buffer): { pages: number; text: string } {
  const raw = pdf.toString('latin1');
  const pages = raw.match(/\/Type\s*\/Page\b/g)?.length ?? 0;
  const streams: string[] = [];
  for (const match of raw.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)) {
    try {
      streams.push(inflateSync(Buffer.from(match[1] ?? '', 'latin1')).toString('latin1'));
    } catch {
      // Not Flate (an image, say): it holds no text.
    }
  }
  const glyphs = new Map<number, string>();
  const hex = (code: string) => Number.parseInt(code, 16);
  const unicode = (code: string) => String.fromCodePoint(hex(code));
  for (const stream of streams) {
    for (const [, block] of stream.matchAll(/beginbfchar([\s\S]*?)endbfchar/g))
      for (const [, code, to] of (block ?? '').matchAll(/<(\w+)>\s*<(\w+)>/g))
        glyphs.set(hex(code ?? ''), unicode(to ?? ''));
    for (const [, block] of stream.matchAll(/beginbfrange([\s\S]*?)endbfrange/g))
      for (const [, from, to, start] of (block ?? '').matchAll(/<(\w+)>\s*<(\w+)>\s*<(\w+)>/g))
        for (let code = hex(from ?? ''); code <= hex(to ?? ''); code++)
          glyphs.set(code, String.fromCodePoint(hex(start ?? '') + code - hex(from ?? '')));
  }
  let text = '';
  for (const stream of streams)
    for (const [, codes] of stream.matchAll(/<([0-9A-Fa-f]+)>\s*Tj/g))
      for (const code of (codes ?? '').match(/.{4}/g) ?? []) text += glyphs.get(hex(code)) ?? '';
  // NFKC undoes the ligatures ("ﬁ", "ﬀ") the PDF draws as one glyph.
  return { pages, text: text.normalize('NFKC').replace(/\s+/g, '') };
}
