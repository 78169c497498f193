import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';

// Relative base + hash router: the same dist/ works from any static host and any sub-path.
export default defineConfig({
  base: './',
  plugins: [react(), tailwindcss()],
  // The manifest names each language's start-page words for the budget (scripts/budget.mjs).
  build: { target: 'es2022', sourcemap: false, manifest: true },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['src/test-setup.ts'],
  },
});
