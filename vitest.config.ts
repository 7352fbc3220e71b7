import os from 'node:os';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// Many suites wait on a loopback sandbox or a real rate limit rather than on the CPU: one file per core (Vitest's default
// keeps a core free, which on CI's two cores ran every file one after the other). Worker threads start faster than forked
// processes, and each file still gets its own module graph (isolate stays on).
const pool = 'threads';

export default defineConfig({
  test: {
    maxWorkers: Math.max(2, os.availableParallelism()),
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          pool,
          include: ['electron/**/*.test.ts', 'shared/**/*.test.ts', 'scripts/**/*.test.ts'],
          // electron-store imports 'electron', which tests mock; inlining lets the mock reach it.
          server: { deps: { inline: ['electron-store'] } },
          testTimeout: 20_000,
        },
      },
      {
        // The orders suites again, with the sandbox spelling order addresses as the Address schema does (camelCase)
        // instead of the GET /ws/orders table's snake_case: the client must read both.
        test: {
          name: 'orders-camelCase',
          environment: 'node',
          pool,
          include: ['electron/core/orders/**/*.test.ts', 'electron/core/sync/sync-core.test.ts', 'electron/sandbox/tests/orders.test.ts', 'electron/sandbox/tests/contract.test.ts'],
          env: { SANDBOX_ADDRESS_SPELLING: 'camelCase' },
          testTimeout: 20_000,
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'renderer',
          environment: 'jsdom',
          pool,
          include: ['renderer/**/*.test.ts', 'renderer/**/*.test.tsx'],
          setupFiles: ['renderer/test-setup.ts'],
          testTimeout: 20_000,
        },
      },
    ],
  },
});
