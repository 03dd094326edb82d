import type { FixerId } from '../core/types.js';

/**
 * Every rule each fixer reports, with what it finds in one sentence: the rule descriptions SARIF and other
 * reports carry. A finding's own message says why in its case; these say what the rule is about. The
 * README's fixer table lists the same rules (a test holds the two together, and the sources: the subtitle
 * formats report the last three of repeated-phrase's).
 */
export const RULES: { readonly [F in FixerId]: Readonly<Record<string, string>> } = {
  'repeated-phrase': {
    'repeated-word': 'A word written twice or more in a row where English says it once (`was was`).',
    'repeated-phrase': 'A phrase of up to 16 words repeated in a row (`under the Trump Administration under the Trump Administration`).',
    'x-and-x': 'The `X and X` stutter of machine translation (`thanked and thanked US officials`).',
    'sentence-loop': 'A sentence, cue or transcript line that loops, as speech recognition repeats them.',
    'empty-cue': 'A subtitle cue or console line that held nothing but a repeat, removed whole with its timing.',
    'empty-line': 'A line of a cue that held nothing but a repeat, removed with its line break.',
    'renumber-cues': 'SRT cues renumbered after a removed cue, so the file still counts 1, 2, 3.',
  },
  names: {
    'listed-variant': 'A garble a glossary lists for a name, replaced by the name.',
    'known-form': 'Another spelling of a glossary place name that the project knows (`Kiev` for `Kyiv`).',
    'canonical-spelling': 'A known name written in lower case or without its accents (`Nicolas Maduro`).',
    'sounds-like': 'An unknown garble that sounds and is spelled like a known name (`Sikot` for `CECOT`).',
    surname: "A person's surname alone, garbled (`Kalas` for `Kaja Kallas`).",
    'split-name': 'A name written as several words (`air pods` for `AirPods`).',
    'merged-name': 'A name of several words written as one (`Marcorubio`).',
  },
  'name-consistency': {
    'dominant-spelling': 'A spelling of a name used once where the document spells it another way more often.',
    'uncertain-spelling': 'Two spellings of a name in one document, neither clearly winning: suggested only.',
  },
  article: {
    a: '`a` before a consonant sound (`a unique`, `a US official`).',
    an: '`an` before a vowel sound (`an hour`, `an FBI agent`).',
  },
  spacing: {
    'double-space': 'Two or more spaces between words that do not align a column.',
    'space-before-punctuation': 'A space before `,` `.` `;` `:` `!` `?`.',
    'space-inside-quotes': 'A space after an opening `“` or before a closing `”`.',
    'space-inside-brackets': 'A space after an opening bracket whose closing one is glued to its text (`( a)`).',
    'space-before-clitic': "A space before `'s` and the other clitics (`kaizen 's`).",
    'hyphen-prefix': 'A space between a prefix and its hyphen (`self -style`).',
    'stray-hyphen': 'A hyphen glued to the next word that may be a dash between clauses: suggested only.',
  },
};

/** `fixer/rule`, as reports name a rule. */
export function ruleId(fixer: FixerId, rule: string): string {
  return `${fixer}/${rule}`;
}

/** Every rule as `fixer/rule` with its description, in the fixers' order. */
export function allRules(): { readonly id: string; readonly fixer: FixerId; readonly description: string }[] {
  return (Object.entries(RULES) as [FixerId, Record<string, string>][]).flatMap(([fixer, rules]) =>
    Object.entries(rules).map(([rule, description]) => ({ id: ruleId(fixer, rule), fixer, description })),
  );
}
