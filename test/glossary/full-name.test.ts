import { describe, expect, it } from 'vitest';
import { fullName } from '../../src/glossary/full-name.js';

describe('the glossary entry a garble goes under', () => {
  it('is the name itself, or the one full name it ends', () => {
    expect(fullName(['Nayib Bukele', 'El Salvador'], 'Bukele')).toBe('Nayib Bukele');
    expect(fullName(['nayib bukele'], 'Nayib Bukele')).toBe('nayib bukele');
    expect(fullName(['Anna Smith', 'John Smith'], 'Smith')).toBe('Smith');
    expect(fullName(['Bukeleson'], 'Bukele')).toBe('Bukele');
  });
});
