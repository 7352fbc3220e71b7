// Builds the renderer: renderer/ in, out/renderer/ out, relative paths so the same files load from file:// (Electron) and the preview host.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../out/renderer',
    emptyOutDir: true,
    target: 'chrome130',
    // One local bundle loaded from disk, not the network; zod (shared with main for the contract) is most of its size.
    chunkSizeWarningLimit: 1024,
  },
});
