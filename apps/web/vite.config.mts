/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const apiPort = process.env.PORT ?? '3000';

/**
 * The web app: `vite build` writes dist/web (served by the API at `/`); `vite` serves it on 5173 and proxies
 * /graphql (HTTP and WebSocket) and /exports (CSV downloads) to the API on PORT.
 */
export default defineConfig({
  root,
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../../dist/web', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 600,
  },
  server: {
    port: Number(process.env.WEB_PORT ?? 5173),
    proxy: {
      '/graphql': { target: `http://127.0.0.1:${apiPort}`, ws: true },
      '/exports': { target: `http://127.0.0.1:${apiPort}` },
    },
  },
  test: {
    root,
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test-setup.ts'],
  },
});
