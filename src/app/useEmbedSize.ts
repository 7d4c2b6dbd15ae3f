import { useEffect, useRef, useState, type RefObject } from 'react';
import type { EmbedSizeMessage } from '../features/share/embedSnippet';
import { fitEmbed } from './embedFit';

/** The chart's own height for a width, when the host lets it choose (the snippet's script). */
export function preferredChartHeight(width: number): number {
  return Math.round(Math.min(Math.max(width * 0.5, 220), 520));
}

/**
 * The size of the chart's box, which fills what the embed is given once the parts that must give
 * way to it have (fitEmbed), and the height the whole embed would like: posted to the host page so its script can size the iframe. The message holds one
 * number, and is sent only when it changes, so host and frame cannot resize each other in a loop.
 */
export function useEmbedSize(
  root: RefObject<HTMLElement | null>,
  chartBox: RefObject<HTMLElement | null>,
): { width: number; height: number } {
  const [size, setSize] = useState({ width: 0, height: 0 });
  const posted = useRef(0);
  useEffect(() => {
    const box = chartBox.current;
    const page = root.current;
    if (!box || !page) return;
    const measure = () => {
      const chrome = fitEmbed(page, box);
      const width = box.clientWidth;
      const height = box.clientHeight;
      setSize((previous) =>
        previous.width === width && previous.height === height ? previous : { width, height },
      );
      // Asked with nothing folded, so the answer does not change with the folds the host's answer
      // brings, and the two cannot resize each other back and forth.
      const wanted = Math.ceil(chrome + preferredChartHeight(width));
      if (window.parent !== window && wanted !== posted.current) {
        posted.current = wanted;
        const message: EmbedSizeMessage = { embedHeight: wanted };
        // '*': the chart does not know its host, and the message tells it nothing but a height.
        window.parent.postMessage(message, '*');
      }
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    observer.observe(page);
    return () => {
      observer.disconnect();
    };
  }, [root, chartBox]);
  return size;
}
