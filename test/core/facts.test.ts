import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it, vi } from 'vitest';
import { FactReads, Facts } from '../../src/core/facts.js';
import type { DocContext } from '../../src/core/types.js';

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

/** A check as the fixers write one: a closure in its scope uses `context`, so every closure made there holds it. */
function countOfA(context: DocContext): number {
  const count = (): number => context.memo('count-of-a', (whole) => whole.text.split('a').length - 1);
  return count();
}

describe('what a verdict keeps of the document', () => {
  it('keeps no earlier text alive once its check has returned', async () => {
    const reads = new FactReads();
    let facts: Facts | undefined = new Facts('a banana, '.repeat(1000));
    const earlier = new WeakRef(facts);
    expect(countOfA(reads.context(facts))).toBe(4000);
    reads.close();
    facts = undefined;
    // A WeakRef holds its target to the end of the job that made it.
    await new Promise((resolve) => setTimeout(resolve, 0));
    collectGarbage();
    expect(earlier.deref()).toBeUndefined();
    // What it read can still be judged against a later text, with the make it kept.
    expect(reads.stillHolds(new Facts('a banana, '.repeat(1000)))).toBe(true);
    expect(reads.stillHolds(new Facts('banana'))).toBe(false);
  });
});

describe('a verdict asked again of the same facts', () => {
  it('answers from what it found, and never turns a changed fact into one that holds', () => {
    const reads = new FactReads();
    countOfA(reads.context(new Facts('a banana')));
    reads.close();
    const same = new Facts('a banana');
    const compare = vi.spyOn(same, 'same');
    expect([reads.stillHolds(same), reads.stillHolds(same)]).toEqual([true, true]);
    expect(compare).toHaveBeenCalledTimes(1);
    const changed = new Facts('a banana, a cherry');
    expect([reads.stillHolds(changed), reads.stillHolds(changed)]).toEqual([false, false]);
    expect(reads.stillHolds(same)).toBe(true);
  });
});
