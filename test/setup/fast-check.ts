import fc from 'fast-check';

/**
 * Property tests draw a new seed on every run, so each run explores fresh inputs; under CI they use one
 * fixed seed, so whether a commit lands never depends on luck (fuzzing is `npm run fuzz`'s job).
 * FC_SEED=n replays the seed a failure printed; FC_RUNS=k multiplies every test's number of runs.
 */
const seed = process.env.FC_SEED ? Number(process.env.FC_SEED) : process.env.CI ? 20261127 : undefined;
if (seed !== undefined) fc.configureGlobal({ seed });

export function propertyRuns(runs: number): number {
  return runs * Number(process.env.FC_RUNS ?? 1);
}
