// The tab is built into static files (tab/dist) that the server serves under /tab (bot/src/http/tabStatic.ts).
// Hashed file names under /tab/assets/ let the server cache them for a year; index.html is never cached.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  base: '/tab/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    assetsDir: 'assets',
    sourcemap: false,
    target: 'es2022',
    // The bundle-size figure lives in `npm run bench` (tests/bench/tab.bench.ts), not in a warning here.
    chunkSizeWarningLimit: 1500,
  },
});
