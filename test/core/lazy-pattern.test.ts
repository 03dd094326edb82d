import { describe, expect, it } from 'vitest';
import { lazyPattern } from '../../src/core/lazy-pattern.js';

describe('lazyPattern', () => {
  it('builds the pattern its literal would be, once', () => {
    const email = lazyPattern(String.raw`[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+`, 'uy');
    const literal = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/uy;
    expect([email().source, email().flags]).toEqual([literal.source, literal.flags]);
    // One object: a sticky pattern's lastIndex is the caller's to set, as with the literal.
    expect(email()).toBe(email());
  });
});
