import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Two cores on every machine we run on: two workers keep e2e spawns from starving each other.
    maxWorkers: 2,
  },
});
