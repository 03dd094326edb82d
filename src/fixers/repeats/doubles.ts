import type { Doc } from '../../core/types.js';
import context from '../../data/repeat-context.json' with { type: 'json' };
import { startsSentence } from './scan.js';

/** What to do with a repeat: fix it, only suggest it, or leave it as meant. */
export type Verdict = 'fix' | 'suggest' | 'keep';

const set = (table: Record<string, string>): ReadonlySet<string> => new Set(Object.keys(table));
const OBJECT_PRONOUNS = set(context['object-pronouns']);
const POSSESSIVE_TAKERS = set(context['possessive-takers']);
const CLAUSE_OPENERS = set(context['clause-openers']);
const VERB_FOLLOWERS = set(context['verb-followers']);
const WH_WORDS = set(context['wh-words']);
const NAME_WORDS = set(context['name-words']);
const NAMING_VERBS = set(context['naming-verbs']);
const SUBORDINATORS = set(context['subordinators']);
const BINOMIALS = set(context['binomials']);
const AFTER_DETERMINER = set(context['after-determiner']);

const lower = (doc: Doc, index: number): string => (index >= 0 && index < doc.tokenCount ? doc.tokenText(index).toLowerCase() : '');

/**
 * A word said exactly twice that English also says twice on purpose, decided from the words around it
 * (`first` is the first copy's token); null when the word has no such reading and the repeat is a stutter.
 */
export function judgeDouble(doc: Doc, first: number): Verdict | null {
  const word = doc.tokenText(first);
  const key = word.toLowerCase();
  const before = lower(doc, first - 1);
  const after = lower(doc, first + 2);
  switch (key) {
    case 'had':
      // The past perfect of have: "they had had enough".
      return 'keep';
    case 'in':
      // "let us in in the dark": a particle after its object, then a preposition; "go in in the house" stutters.
      return OBJECT_PRONOUNS.has(before) ? 'keep' : 'fix';
    case 'can':
      // "the can can", "a can can": the dance; "I can can do it" stutters.
      return AFTER_DETERMINER.has(before) ? 'keep' : 'fix';
    case 'is':
      // "what it is is a problem": a free relative clause is the subject of the second is.
      return whClauseBefore(doc, first) ? 'keep' : 'fix';
    case 'that':
      // "confident that that this plan" stutters; "said that that was wrong", "that that man" are meant.
      return CLAUSE_OPENERS.has(after) ? 'fix' : VERB_FOLLOWERS.has(after) ? 'keep' : 'suggest';
    case 'her':
      // "gave her her phone": an object, then a possessive; after a preposition only one her fits.
      return POSSESSIVE_TAKERS.has(before) || startsSentence(doc, first) ? 'fix' : 'keep';
    case 'plus':
      // "c plus plus", "g plus plus": a language's name said aloud.
      return /^\p{L}$/u.test(before) ? 'keep' : 'fix';
  }
  // "Will will be here", "May may come": a given name, then the word it also is.
  if (word[0] !== word[0]!.toLowerCase() && doc.tokenText(first + 1)[0] === key[0] && NAME_WORDS.has(key)) return 'suggest';
  return null;
}

/** Whether a wh-word (or "all") opens the clause the first copy ends: "what it is", "all it is". */
function whClauseBefore(doc: Doc, first: number): boolean {
  for (let i = first - 1; i >= Math.max(0, first - 5); i--) {
    if (WH_WORDS.has(lower(doc, i))) return true;
    if (startsSentence(doc, i)) return false;
  }
  return false;
}

/**
 * A phrase of `n` tokens said exactly twice that is a construction, not a stutter: "makes a man a man" (an
 * object and its complement), "when they spoke they spoke to us" (a clause, then the main clause).
 */
export function isConstruction(doc: Doc, first: number, n: number): boolean {
  const before = lower(doc, first - 1);
  if (NAMING_VERBS.has(before) || SUBORDINATORS.has(before)) return true;
  // "as low as low can be", "as bad as bad credit": a comparison whose second term starts as the first.
  if (n === 2 && lower(doc, first) === 'as') return true;
  // "hand in hand in the park", "very far as far as I know": an idiom the repeat runs through.
  for (let i = first; i + 2 < first + 2 * n; i++) {
    if (BINOMIALS.has(`${lower(doc, i)} ${lower(doc, i + 1)} ${lower(doc, i + 2)}`)) return true;
  }
  return false;
}
