import { describe, expect, it } from 'vitest';
import { loadDocuments } from '../eval/lib/corpus.js';
import { createUnmangler, unmangle } from '../src/index.js';

/**
 * The thresholds only filter: a fixer attaches a fix only when it is sure, so lowering the fix threshold
 * below the default turns no doubt into a change ("milk and milk products" stays), and raising it turns
 * changes into suggestions.
 */
describe('the fix threshold', () => {
  it('applies no doubt at 0.3: "milk and milk products" may mean both', () => {
    const result = unmangle('milk and milk products', { fixThreshold: 0.3 });
    expect(result.output).toBe('milk and milk products');
    expect(result.suggestions.map((s) => s.rule)).toEqual(['x-and-x']);
  });

  it('changes nothing more on the real-text corpus at 0 than at the default', () => {
    const lowest = createUnmangler({ fixThreshold: 0 });
    const standard = createUnmangler();
    let changes = 0;
    for (const doc of loadDocuments('eval')) {
      const a = standard(doc.text, doc.syntax).output;
      expect(lowest(doc.text, doc.syntax).output, doc.id).toBe(a);
      changes += a === doc.text ? 0 : 1;
    }
    expect(changes).toBeGreaterThan(40);
  });

  it('turns changes into suggestions when raised', () => {
    const result = unmangle('It was was late.', { fixThreshold: 0.99 });
    expect(result.output).toBe('It was was late.');
    expect(result.suggestions.map((s) => [s.original, s.replacement])).toEqual([['was was', 'was']]);
  });
});
