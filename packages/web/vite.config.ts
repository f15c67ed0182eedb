import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

export default defineConfig({
  plugins: [
    react(),
    // The app shell in a service worker, so that a page visited once opens without a network.
    // Only the built files are precached: /api answers are personal and never cached (no runtime
    // caching at all; the API sends `Cache-Control: no-store`). See src/shared/offline/.
    VitePWA({
      strategies: 'generateSW',
      // main.tsx registers it (production builds only); no workbox-window in the bundle.
      injectRegister: false,
      manifest: false,
      workbox: {
        // Every page chunk, style, locale file and the fonts browsers use (woff2, not the woff
        // fallbacks): a one-time background download, after which any page opens offline.
        globPatterns: ['**/*.{js,css,html,svg,woff2}'],
        navigateFallback: 'index.html',
        navigateFallbackDenylist: [/^\/api(\/|$)/],
        // A new deploy takes over at once and drops the old files; an old tab that then misses a
        // chunk reloads (see shared/offline/service-worker.ts).
        skipWaiting: true,
        clientsClaim: true,
        cleanupOutdatedCaches: true,
        inlineWorkboxRuntime: true,
        runtimeCaching: [],
      },
    }),
  ],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    // Hashed file names under /assets: the server caches them for a year.
    assetsDir: 'assets',
    // dist/.vite/manifest.json: the module graph that bench/src/web-size.bench.ts reads to weigh
    // each route. The app never fetches it, the service worker does not precache it (no .json in
    // globPatterns) and the server does not serve it (a dot folder: GET /.vite/manifest.json is a 404).
    manifest: true,
  },
  server: {
    proxy: { '/api': 'http://localhost:8080' },
  },
});
