import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/setup/fast-check.ts'],
    globalSetup: ['test/setup/temp-root.ts'],
    // End-to-end tests spawn the CLI several times (up to 2.3 s on CI so far): room for a machine twice as
    // slow. FC_RUNS multiplies the property tests' runs (see the setup file): their time limit grows with it.
    testTimeout: 15_000 * Number(process.env.FC_RUNS ?? 1),
    // Two cores on every machine we run on: two workers keep e2e spawns from starving each other.
    maxWorkers: 2,
  },
});
