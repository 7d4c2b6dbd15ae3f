import { useEffect, useRef, useState } from 'react';
import { isEmbedSizeMessage } from './embedSnippet';

export const PREVIEW_HEIGHT = 420;

/** The iframe preview keeps the height the embedded chart asks for, as the snippet's script does. */
export function EmbedPreview({ src, title }: { src: string; title: string }) {
  const frame = useRef<HTMLIFrameElement>(null);
  const [height, setHeight] = useState(PREVIEW_HEIGHT);
  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      if (event.source !== frame.current?.contentWindow) return;
      if (event.origin !== window.location.origin) return;
      if (isEmbedSizeMessage(event.data))
        setHeight(Math.min(Math.max(event.data.embedHeight, 200), 2000));
    };
    window.addEventListener('message', onMessage);
    return () => {
      window.removeEventListener('message', onMessage);
    };
  }, []);
  return (
    <iframe
      ref={frame}
      className="embed-preview"
      src={src}
      title={`Preview: ${title}`}
      style={{ height }}
    />
  );
}
