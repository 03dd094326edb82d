const MARKS = /\p{M}+/gu;
const POSSESSIVE = /['’]s$|(?<=s)['’]$/u;

/** Case- and accent-folded form for comparing names: "Nicolás" and "NICOLAS" both give "nicolas". */
export function fold(word: string): string {
  // Fast path: plain ASCII needs no decomposition.
  if (/^[\x00-\x7f]*$/.test(word)) return word.toLowerCase();
  return word.normalize('NFD').replace(MARKS, '').toLowerCase().replaceAll('’', "'");
}

/** Split a possessive off a word: "Maduro’s" → ["Maduro", "’s"], "Kallas'" → ["Kallas", "'"]. */
export function splitPossessive(word: string): readonly [stem: string, suffix: string] {
  const match = POSSESSIVE.exec(word);
  if (!match || match.index === 0) return [word, ''];
  return [word.slice(0, match.index), word.slice(match.index)];
}

/** Whether the word starts with a capital: the mark of a name in running text. */
export function isCapitalized(word: string): boolean {
  const first = word.codePointAt(0);
  if (first === undefined) return false;
  const char = String.fromCodePoint(first);
  return char !== char.toLowerCase() && char === char.toUpperCase();
}

/** Whether every cased letter is a capital: "CECOT", "NATO", "AL SALVADOR" word by word. */
export function isAllCaps(word: string): boolean {
  return word !== word.toLowerCase() && word === word.toUpperCase();
}

/** Give `replacement` the case style of `original`: ALL CAPS stays all caps; otherwise the canonical spelling wins. */
export function matchCaseStyle(original: string, replacement: string): string {
  return isAllCaps(original) && original.length > 1 ? replacement.toUpperCase() : replacement;
}
