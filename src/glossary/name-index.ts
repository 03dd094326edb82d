/** The compiled index of names the name fixers look words up in. */
import { fold, isCapitalized } from '../match/normalize.js';
import { phoneticKeys, type SoundKeys } from '../match/phonetic.js';
import { alignedWords } from './align.js';
import { FirstWordFilter } from './first-words.js';
import type { Lexicon, NameEntry } from './types.js';

/** Small words inside names that are never misheard into something else: they must match exactly. */
const CONNECTORS = new Set(['and', 'bin', 'da', 'das', 'de', 'del', 'della', 'der', 'di', 'do', 'dos', 'du', 'ibn', 'la', 'le', 'of', 'the', 'van', 'von', 'y']);

export interface IndexedName {
  readonly entry: NameEntry;
  /** The canonical name's words as written, and folded (case and accents) for comparing. */
  readonly words: readonly string[];
  readonly folded: readonly string[];
  readonly keys: readonly SoundKeys[];
  readonly connectors: readonly boolean[];
}

/** A written form that matches exactly (after folding): the canonical name itself or a listed variant. */
export interface ExactForm {
  readonly folded: readonly string[];
  readonly name: IndexedName;
  /** The variant as listed, or null for the canonical name. */
  readonly variant: string | null;
  /** The words it is replaced by: the name's, or the part of them a shorter variant stands for. */
  readonly words: readonly string[];
}

/** A word of a name that sounds like the word being looked up. */
export interface KeyHit {
  readonly name: IndexedName;
  readonly word: number;
  /** The last word of a person's name, which also stands alone ("Kallas" for "Kaja Kallas"). */
  readonly standalone: boolean;
}

/** A glossary name that speech recognition may write as several words, or as one: how it splits. */
export interface SplitName {
  readonly name: IndexedName;
  /** Folded parts: the name's words for a merge ("marco", "rubio"), or its capitalised parts ("air", "pods"). */
  readonly parts: readonly string[];
}

export interface PatternRule {
  readonly pattern: RegExp;
  readonly name: IndexedName;
}

/**
 * What the name fixers ask of the names they know: a `NameIndex` compiled from glossaries and built-in
 * names, or with no glossary the built-in names precompiled (`BuiltinNameIndex`), which answer alike.
 */
export interface NameLookup {
  readonly patterns: readonly PatternRule[];
  /** Whether a glossary name can be split or merged: if not, no word need be folded to ask. */
  readonly hasSplits: boolean;
  /** See `FirstWordFilter.couldStart`: false means no exact form starts with the word. */
  couldStartExact(word: string, start?: number, end?: number): boolean;
  /** The exact forms whose first folded word is this one, the longest first. */
  exact(firstFolded: string): readonly ExactForm[];
  /** The words of names with this sound key. */
  soundsLike(key: string): readonly KeyHit[];
  splitsStartingWith(folded: string): readonly SplitName[];
  mergedName(folded: string): SplitName | undefined;
  isNameWord(folded: string): boolean;
}

/** A name's words as the index compares them. */
export function indexedName(entry: NameEntry): IndexedName {
  const words = entry.name.split(/\s+/);
  const folded = words.map(fold);
  return { entry, words, folded, keys: entry.soundKeys ?? words.map(phoneticKeys), connectors: folded.map((word) => CONNECTORS.has(word)) };
}

/**
 * Glossary and built-in names compiled once into lookups whose cost does not grow with the glossary:
 * exact forms by their first folded word, and name words by their Double Metaphone codes.
 */
export class NameIndex implements NameLookup {
  readonly names: IndexedName[] = [];
  readonly patterns: PatternRule[] = [];
  private readonly exactByFirst = new Map<string, ExactForm[]>();
  private readonly hitsByKey = new Map<string, KeyHit[]>();
  private readonly nameWords = new Set<string>();
  private readonly splitsByFirst = new Map<string, SplitName[]>();
  private readonly mergedForms = new Map<string, SplitName>();
  private readonly firstWords = new FirstWordFilter();

  couldStartExact(word: string, start = 0, end = word.length): boolean {
    return this.firstWords.couldStart(word, start, end);
  }

  exact(firstFolded: string): readonly ExactForm[] {
    return this.exactByFirst.get(firstFolded) ?? [];
  }

  soundsLike(key: string): readonly KeyHit[] {
    return this.hitsByKey.get(key) ?? [];
  }

  get hasSplits(): boolean {
    return this.splitsByFirst.size > 0 || this.mergedForms.size > 0;
  }

  splitsStartingWith(folded: string): readonly SplitName[] {
    return this.splitsByFirst.get(folded) ?? [];
  }

  mergedName(folded: string): SplitName | undefined {
    return this.mergedForms.get(folded);
  }

  isNameWord(folded: string): boolean {
    return this.nameWords.has(folded);
  }

  /** The lookups as compiled: what `scripts/builtin-index.ts` precompiles of the built-in names. */
  tables(): { readonly exact: ReadonlyMap<string, readonly ExactForm[]>; readonly hits: ReadonlyMap<string, readonly KeyHit[]>; readonly words: ReadonlySet<string> } {
    return { exact: this.exactByFirst, hits: this.hitsByKey, words: this.nameWords };
  }

  add(entry: NameEntry, lexicon: Lexicon): void {
    const name = indexedName(entry);
    const { words, folded } = name;
    this.names.push(name);
    this.addExact(folded, name, null, words);
    for (const variant of entry.variants) this.addExact(variant.split(/\s+/).map(fold), name, variant, alignedWords(variant, words));
    for (const pattern of entry.patterns) this.patterns.push({ pattern, name });
    if (entry.source === 'glossary') this.addSplits(name);
    const personLike =
      entry.source === 'glossary' && words.length >= 2 && words.length <= 3 && words.every((w, i) => isCapitalized(w) && !name.connectors[i]);
    name.keys.forEach((keys, i) => {
      if (name.connectors[i] || folded[i]!.length < 2) return;
      const last = i === words.length - 1;
      const standalone = last && personLike && folded[i]!.length >= 4 && !lexicon.isWord(folded[i]!);
      for (const key of new Set(keys)) this.hit(key, { name, word: i, standalone });
    });
  }

  private addExact(folded: readonly string[], name: IndexedName, variant: string | null, replacement: readonly string[]): void {
    for (const word of folded) this.nameWords.add(word);
    this.firstWords.add(folded[0]!);
    const forms = this.exactByFirst.get(folded[0]!) ?? [];
    forms.push({ folded, name, variant, words: replacement });
    forms.sort((a, b) => b.folded.length - a.folded.length);
    this.exactByFirst.set(folded[0]!, forms);
  }

  /**
   * Where a glossary name may be split or merged: a one-word name at its inner capitals (AirPods: air,
   * pods; the glossary's capitals mark its words), and a name of several words joined into one.
   */
  private addSplits(name: IndexedName): void {
    if (name.words.length > 1) {
      if (name.folded.every((word) => /^\p{L}+$/u.test(word))) this.mergedForms.set(name.folded.join(''), { name, parts: name.folded });
      return;
    }
    const parts = name.words[0]!.split(/(?<=\p{Ll})(?=\p{Lu})/u).map(fold);
    if (parts.length < 2 || parts.length > 3 || parts.some((part) => !/^\p{L}{2,}$/u.test(part))) return;
    // Hyphenated, it is one word of the text ("linked-in").
    this.mergedForms.set(parts.join(''), { name, parts });
    const splits = this.splitsByFirst.get(parts[0]!) ?? [];
    splits.push({ name, parts });
    this.splitsByFirst.set(parts[0]!, splits);
  }

  private hit(key: string, hit: KeyHit): void {
    const hits = this.hitsByKey.get(key);
    if (hits) hits.push(hit);
    else this.hitsByKey.set(key, [hit]);
  }
}
