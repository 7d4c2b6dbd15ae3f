import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The benchmark pages: our PriceChart, uPlot and lightweight-charts drawing the same synthetic series.
 * Built by tests/bench/run.ts into a folder of its own (never the app's dist/); the app's own build
 * (vite.config.ts at the root) takes index.html only and never sees these pages or the two libraries.
 */
const pages = resolve(import.meta.dirname, 'pages');

export default defineConfig({
  root: pages,
  base: './',
  plugins: [react()],
  logLevel: 'warn',
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 2000,
    rolldownOptions: {
      input: {
        ours: resolve(pages, 'ours.html'),
        uplot: resolve(pages, 'uplot.html'),
        lwc: resolve(pages, 'lwc.html'),
      },
    },
  },
});
