import { describe, expect, it } from 'vitest';
import { createUnmangler, GlossaryError, unmangle } from '../../src/index.js';

const glossary = (file: string, text: string) => ({ file, text });

describe('compiling glossaries', () => {
  it('refuses a variant claimed by two names, naming both places', () => {
    const make = () => createUnmangler({ glossaries: [glossary('a.yaml', 'CECOT: [Sikot]'), glossary('b.yaml', 'Bukele: []\nSikot Prison: [sikot]')] });
    expect(make).toThrow(GlossaryError);
    expect(make).toThrow('b.yaml:2: the variant "sikot" of "Sikot Prison" is also claimed by "CECOT" (a.yaml:1)');
  });

  it('takes a garble listed under a full name and under its surname as one, when both give the same text', () => {
    const clean = createUnmangler({ only: ['names'], glossaries: [glossary('a.yaml', 'Keir Starmer: [Starma]\nStarmer: [Starma]')] });
    expect(clean('Starma said it.').output).toBe('Starmer said it.');
  });

  it('still refuses one garble that two names would turn into different text', () => {
    const make = () => createUnmangler({ glossaries: [glossary('a.yaml', 'Keir Starmer: [Starma]\nStamford: [Starma]')] });
    expect(make).toThrow('a.yaml:2: the variant "Starma" of "Stamford" is also claimed by "Keir Starmer" (a.yaml:1)');
  });

  it('replaces only the part of a name a shorter garble stands for', () => {
    const clean = createUnmangler({ only: ['names'], glossaries: [glossary('a.yaml', 'Keir Starmer: [Starma]\nSt. Louis: [Louis]')] });
    expect(clean('Starma said it. Later Keir Starma spoke.').output).toBe('Starmer said it. Later Keir Starmer spoke.');
    // The name already written whole is never written again around itself.
    expect(clean('They play in St. Louis.').output).toBe('They play in St. Louis.');
  });

  it('writes a name in its own case and shape wherever it replaces a garble: YouTube, dbrand, iPhone', () => {
    const clean = createUnmangler({ only: ['names'], glossaries: [glossary('a.yaml', 'YouTube: [You Tube]\ndbrand: [D-Brand]\niPhone: []')] });
    expect(clean('on You Tube and youtube, a D-Brand skin on his iphone and his IPhone').output).toBe('on YouTube and YouTube, a dbrand skin on his iPhone and his iPhone');
  });

  it('never takes a word of one or two letters for a name, not even as a suggestion', () => {
    const result = unmangle('I said so. I met a man and an ox.', { glossaries: [glossary('a.yaml', 'Ai Weiwei: []\nOx Tail: []')] });
    expect(result.output).toBe('I said so. I met a man and an ox.');
    expect(result.suggestions.filter((s) => s.fixer === 'names')).toEqual([]);
  });

  it('refuses two names that differ only in case or accents', () => {
    const make = () => createUnmangler({ glossaries: [glossary('a.yaml', 'Nicolás Maduro: []\nNicolas Maduro: []')] });
    expect(make).toThrow('a.yaml:2: the name "Nicolas Maduro" of "Nicolas Maduro" is also claimed by "Nicolás Maduro" (a.yaml:1)');
  });

  it('merges one name listed in two glossaries', () => {
    const result = unmangle('Sikot and Cecot', {
      only: ['names'],
      glossaries: [glossary('a.yaml', 'CECOT: [Sikot]'), glossary('b.yaml', 'CECOT: [Cecot]')],
    });
    expect(result.output).toBe('CECOT and CECOT');
  });

  it('lets a glossary name take over a built-in one, keeping its known variants', () => {
    const result = unmangle('Salvadorian food', { only: ['names'], glossaries: [glossary('a.yaml', 'Salvadoran: []')] });
    expect(result.changes[0]!.message).toBe('`Salvadorian` is `Salvadoran` (glossary a.yaml:1): an older spelling; world-countries and news style use Salvadoran');
  });

  it('runs the specs when it loads, and refuses a glossary whose spec fails', () => {
    const passing = 'Kaja Kallas:\n  specs:\n    - from: Kalas said\n      to: Kallas said\n';
    expect(() => createUnmangler({ glossaries: [glossary('ok.yaml', passing)] })).not.toThrow();
    const failing = 'Kaja Kallas:\n  specs:\n    - from: Kalas said\n      to: Kaja Kallas said\n';
    expect(() => createUnmangler({ glossaries: [glossary('bad.yaml', failing)] })).toThrow(
      'bad.yaml:3: spec of "Kaja Kallas" failed: "Kalas said" gave "Kallas said", expected "Kaja Kallas said"',
    );
  });

  it('applies a prh pattern with its groups', () => {
    const prh = 'version: 1\nrules:\n  - expected: Tren de $1\n    pattern: /Train de (Aragua)/\n';
    expect(unmangle('the Train de Aragua gang', { only: ['names'], glossaries: [glossary('p.yaml', prh)] }).output).toBe('the Tren de Aragua gang');
  });

  it('can leave the built-in names out', () => {
    expect(unmangle('Al Salvador', { only: ['names'], builtinNames: false }).output).toBe('Al Salvador');
  });

  it('still finds built-in names beside a 2,000-entry glossary', () => {
    const entries = Array.from({ length: 2000 }, (_, i) => `Name${i.toString(36)}zq: []`).join('\n');
    const clean = createUnmangler({ glossaries: [glossary('big.yaml', entries)] });
    expect(clean('Al Salvador and Sikot.').output).toBe('El Salvador and Sikot.');
  });
});
