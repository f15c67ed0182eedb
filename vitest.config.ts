import { defineConfig } from 'vitest/config';

/**
 * Three projects: unit tests next to the code, integration tests through `app.inject()` on real
 * databases (once per engine in DIALECTS), and end-to-end journeys in headless Chromium.
 */
export default defineConfig({
  test: {
    // Vitest's default is one worker fewer than the cores: one on CI's two. Two files at a time
    // (each with its own databases and ports) keep both cores busy while a file waits on
    // PostgreSQL, Chromium or a child process.
    maxWorkers: 2,
    projects: [
      {
        test: {
          name: 'unit',
          include: ['packages/*/src/**/*.test.ts', 'packages/*/src/**/*.test.tsx'],
          exclude: ['**/*.int.test.ts', '**/node_modules/**'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'integration',
          include: ['packages/*/src/**/*.int.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['e2e/specs/**/*.spec.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
