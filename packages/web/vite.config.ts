import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    // Hashed file names under /assets: the server caches them for a year.
    assetsDir: 'assets',
  },
  server: {
    proxy: { '/api': 'http://localhost:8080' },
  },
});
