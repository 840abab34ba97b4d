/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, loadEnv } from 'vite';
import { cspPlugin } from './scripts/csp.ts';
import { pagePreloadPlugin } from './scripts/page-preload.ts';

const dir = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig(({ mode }) => ({
  plugins: [react(), pagePreloadPlugin(), cspPlugin(loadEnv(mode, process.cwd(), 'VITE_').VITE_API_BASE_URL)],
  resolve: {
    alias: { '@': dir('./src'), '@mocks': dir('./mocks'), '@tests': dir('./tests') },
  },
  // The benchmark page is its own entry, so it loads none of the citizen app around the form.
  build: { rolldownOptions: { input: { main: dir('./index.html'), bench: dir('./bench.html') } } },
  server: { port: 5173, strictPort: true },
  preview: { port: 4173, strictPort: true },
  test: {
    globals: true,
    environment: 'jsdom',
    setupFiles: ['./tests/setup/vitest.setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'mocks/**/*.test.ts', 'tests/unit/**/*.test.{ts,tsx}'],
    environmentOptions: { jsdom: { url: 'http://localhost:3000/' } },
    restoreMocks: true,
    testTimeout: 20_000,
    pool: 'threads',
  },
}));
