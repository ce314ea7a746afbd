/**
 * Vite build of the analyst UI into web/dist, served by `dragnet serve`. No inline scripts are
 * emitted (the server's CSP forbids them), and the dev server proxies /api to a running
 * `dragnet serve` on 8484.
 */
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  root: import.meta.dirname,
  base: '/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 1500,
    assetsInlineLimit: 0,
  },
  server: { proxy: { '/api': 'http://127.0.0.1:8484', '/openapi.json': 'http://127.0.0.1:8484' } },
});
