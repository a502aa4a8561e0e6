import { defineConfig } from 'vitest/config';

// Three projects so the fast pure tests can run alone (`npm run test:unit`) while `npm test` runs everything:
// unit tests beside the code, integration tests that need a database or a server (`*.int.test.ts`),
// and browser tests in real Chromium (`e2e/`, project `e2e`).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: [
            'src/**/*.test.ts',
            'web/src/**/*.test.ts',
            'web/src/**/*.test.tsx',
            'scripts/**/*.test.ts',
            'web/scripts/**/*.test.ts',
          ],
          exclude: ['**/*.int.test.ts', '**/node_modules/**'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'int',
          include: ['src/**/*.int.test.ts', 'bench/**/*.int.test.ts'],
          // Starts a throwaway PostgreSQL cluster for the run: the machine's, or the one npm ci installed.
          globalSetup: ['src/store/testing/global-setup.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['e2e/**/*.e2e.test.ts'],
          environment: 'node',
          // Builds web/dist and starts the real server once for all browser tests.
          globalSetup: ['e2e/global-setup.ts'],
          // One Chromium at a time: the machine has two cores and the tests share one server.
          fileParallelism: false,
          // A browser screen changes after its own requests and renders; on a machine loaded past its
          // two cores that took longer than expect.poll's default of one second (a sync round trip,
          // a list of sessions). A poll still fails as soon as this passes without the condition.
          expect: { poll: { timeout: 10_000 } },
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
