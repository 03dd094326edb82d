import { describe, expect, it } from 'vitest';
import { builtinNames } from '../../src/glossary/builtin.js';
import { BuiltinNameIndex } from '../../src/glossary/builtin-index.js';
import { compileNames, type ExactForm, type KeyHit } from '../../src/glossary/compile.js';
import { englishLexicon } from '../../src/glossary/lexicon.js';
import '../../src/glossary/words-module.js';

/** A form or a hit as the fixers read it: the name's entry and words in full. */
const formView = ({ name, ...form }: ExactForm) => ({ ...form, name: { ...name } });
const hitView = ({ name, ...hit }: KeyHit) => ({ ...hit, name: { ...name } });

/** Whether the file is current is checked with the other generated data (generated-data.test.ts). */
describe('the built-in names, precompiled', () => {
  const compiled = compileNames([], builtinNames(), englishLexicon());
  const { exact, hits, words } = compiled.tables();
  // Words no built-in name has, beside ones one has: near misses, folded forms, a prefix, other scripts.
  const strangers = ['', 'a', 'salvado', 'salvadors', 'el salvador', 'kiev', 'z', 'zzz', 'ÿ', 'χ', 'bukele', 'united'.slice(0, 5)];

  it('finds every exact form, hit and name word the compiled index has, in the same order', () => {
    const precompiled = new BuiltinNameIndex();
    expect(exact.size).toBeGreaterThan(500);
    for (const [first, forms] of exact) expect(precompiled.exact(first).map(formView), first).toEqual(forms.map(formView));
    for (const [key, keyHits] of hits) expect(precompiled.soundsLike(key).map(hitView), key).toEqual(keyHits.map(hitView));
    expect([...words].filter((word) => !precompiled.isNameWord(word))).toEqual([]);
  });

  it('answers alike for words it has not', () => {
    const precompiled = new BuiltinNameIndex();
    const asked = [...strangers, ...[...words].map((word) => `${word}x`), ...[...hits.keys()].map((key) => `${key}0`)];
    expect(asked.map((word) => [precompiled.exact(word).length, precompiled.soundsLike(word).length, precompiled.isNameWord(word)])).toEqual(
      asked.map((word) => [compiled.exact(word).length, compiled.soundsLike(word).length, compiled.isNameWord(word)]),
    );
  });

  it('rules out the same first words, as written in a text', () => {
    const precompiled = new BuiltinNameIndex();
    const written = [...exact.keys()].flatMap((first) => [first, first.toUpperCase(), `${first}s`, first.slice(1)]).concat(strangers, ['Salvador’s', 'Ελλάδα']);
    expect(written.map((word) => precompiled.couldStartExact(word))).toEqual(written.map((word) => compiled.couldStartExact(word)));
    expect(written.filter((word) => !compiled.couldStartExact(word)).length).toBeGreaterThan(100);
  });

  it('gives one name one object, whichever lookup returns it', () => {
    const precompiled = new BuiltinNameIndex();
    const viaForm = precompiled.exact('france')[0]!.name;
    expect(viaForm.entry.name).toBe('France');
    const viaHit = precompiled.soundsLike(viaForm.keys[0]![0]!).find((hit) => hit.name.entry.name === 'France')!.name;
    expect(viaHit).toBe(viaForm);
  });
});
