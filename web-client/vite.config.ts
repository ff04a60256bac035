import { fileURLToPath, URL } from 'node:url';

import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// The API (ASP.NET, `./helpdesk run`) listens on 5080 and serves the built SPA from dist/.
// In development Vite serves the SPA and forwards API calls, so the session cookie and the
// XSRF-TOKEN cookie stay same-origin.
const apiTarget = 'http://localhost:5080';

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./src', import.meta.url)),
    },
  },
  server: {
    port: 5173,
    proxy: {
      '/api': { target: apiTarget, changeOrigin: false },
      '/openapi': { target: apiTarget, changeOrigin: false },
      '/health': { target: apiTarget, changeOrigin: false },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/testing/setup-tests.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    css: false,
    restoreMocks: true,
    unstubGlobals: true,
    testTimeout: 30000,
    // The tests' browser is in Tokyo, far from the organisation's Bogotá (src/testing/handlers/organisation.ts), so an
    // instant shown in the browser's zone instead of the organisation's shows up as a wrong hour or day.
    env: { TZ: 'Asia/Tokyo' },
  },
});
