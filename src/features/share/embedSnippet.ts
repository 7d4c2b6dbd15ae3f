/** Escapes text for an HTML attribute or text node of a snippet the reader pastes into a page. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** The message an embedded chart posts to its host: numbers only. */
export interface EmbedSizeMessage {
  embedHeight: number;
}

export function isEmbedSizeMessage(data: unknown): data is EmbedSizeMessage {
  if (typeof data !== 'object' || data === null) return false;
  const keys = Object.keys(data);
  const height = (data as { embedHeight?: unknown }).embedHeight;
  return (
    keys.length === 1 &&
    keys[0] === 'embedHeight' &&
    typeof height === 'number' &&
    Number.isFinite(height) &&
    height > 0 &&
    height < 10_000
  );
}

/**
 * The iframe and the small script that keeps its height equal to the chart's. The script accepts a
 * message only from this iframe's window, from the chart's origin (or "null", the origin of a
 * sandboxed frame), and only of the shape {embedHeight: number}; it clamps the height.
 */
export function embedSnippet(options: { src: string; title: string; height: number; id: string }) {
  const { src, title, height, id } = options;
  const frameId = `chart-${id.replace(/[^a-z0-9-]/gi, '')}`;
  const origin = new URL(src).origin;
  return `<iframe id="${frameId}" src="${escapeHtml(src)}" title="${escapeHtml(title)}" width="100%" height="${String(Math.round(height))}" style="border:0;width:100%;max-width:100%" loading="lazy"></iframe>
<script>
(function () {
  var frame = document.getElementById(${JSON.stringify(frameId)});
  var origin = ${JSON.stringify(origin).replace(/</g, '\\u003c')};
  window.addEventListener('message', function (event) {
    if (event.source !== frame.contentWindow) return;
    if (event.origin !== origin && event.origin !== 'null') return;
    var data = event.data;
    if (!data || typeof data !== 'object' || Object.keys(data).length !== 1) return;
    var height = data.embedHeight;
    if (typeof height !== 'number' || !isFinite(height)) return;
    frame.style.height = Math.min(Math.max(Math.round(height), 200), 2000) + 'px';
  });
})();
</script>`;
}
