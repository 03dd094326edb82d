// One mark at a time: `+` over a run of ten million marks overflows the regex engine's stack.
const MARKS = /\p{M}/gu;

/** Case- and accent-folded form for comparing names: "Nicolás" and "NICOLAS" both give "nicolas". */
export function fold(word: string): string {
  for (let i = 0; i < word.length; i++) {
    if (word.charCodeAt(i) > 127) return word.normalize('NFD').replace(MARKS, '').toLowerCase().replaceAll('’', "'");
  }
  // Plain ASCII, the common case, needs no decomposition.
  return word.toLowerCase();
}

/** Split a possessive off a word: "Maduro’s" → ["Maduro", "’s"], "Kallas'" → ["Kallas", "'"]. */
export function splitPossessive(word: string): readonly [stem: string, suffix: string] {
  const end = possessiveStemEnd(word, 0, word.length);
  return end === word.length ? [word, ''] : [word.slice(0, end), word.slice(end)];
}

/**
 * Where the stem of the word `text[start, end)` ends, before a possessive as `splitPossessive` splits it
 * off: so a caller that wants the stem alone slices once, from the text, and makes no pair.
 */
export function possessiveStemEnd(text: string, start: number, end: number): number {
  if (end - start > 2) {
    const last = text.charCodeAt(end - 1);
    const before = text.charCodeAt(end - 2);
    if (last === 115 && (before === 39 || before === 0x2019)) return end - 2;
    if ((last === 39 || last === 0x2019) && before === 115) return end - 1;
  }
  return end;
}

/** Whether the word starts with a capital: the mark of a name in running text. */
export function isCapitalized(word: string): boolean {
  const first = word.codePointAt(0);
  if (first === undefined) return false;
  // ASCII, which most words start with, needs no strings made: only A–Z are capitals there.
  if (first < 128) return first >= 65 && first <= 90;
  const char = String.fromCodePoint(first);
  return char !== char.toLowerCase() && char === char.toUpperCase();
}

/** Whether every cased letter is a capital: "CECOT", "NATO", "AL SALVADOR" word by word. */
export function isAllCaps(word: string): boolean {
  return word !== word.toLowerCase() && word === word.toUpperCase();
}

/** An English contraction, not a name: "He'll", "We're", "They've", "Don't", "I'd". */
export function isContraction(word: string): boolean {
  return /['’](?:ll|re|ve|d|s|t|m)$/i.test(word) && !/^[OD]['’]/.test(word);
}

/** Whether folded `word` is the plural of folded `of` ("blackwells", "sakellariadises"): a family or a people. */
export function isPluralOf(word: string, of: string): boolean {
  return word === `${of}s` || word === `${of}es`;
}
