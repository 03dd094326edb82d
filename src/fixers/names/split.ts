import type { Finding } from '../../core/types.js';
import type { NameLookup, SplitName } from '../../glossary/compile.js';
import type { Lexicon } from '../../glossary/types.js';
import { isAllCaps, isCapitalized } from '../../match/normalize.js';
import { nameFinding } from './exact.js';
import { describeOrigin } from './explain.js';
import type { WordRun } from './word-run.js';

/**
 * Small words that are also parts of names ("linked in", "you tube"): a split that has one is taken for the
 * name only where a noun is expected, after a preposition, an article or a possessive ("on linked in",
 * "his air pods"), never in "he was linked in the scandal".
 */
const SMALL_PARTS = new Set(['a', 'an', 'as', 'at', 'by', 'in', 'is', 'it', 'me', 'of', 'on', 'or', 'out', 'to', 'up', 'us', 'we', 'you', 'off', 'and', 'for', 'the']);
const NOUN_CUES = new Set(['on', 'in', 'at', 'to', 'from', 'via', 'with', 'for', 'by', 'of', 'into', 'onto', 'the', 'a', 'an', 'my', 'his', 'her', 'our', 'your', 'their', 'its', 'this', 'that', 'new']);

/** A glossary name found written as several words, or as one: the finding, and how many words it spans. */
export interface SplitFind {
  readonly finding: Finding;
  readonly words: number;
}

/**
 * Whether word `w` starts a glossary name that speech recognition split at its capitals ("air pods" for
 * AirPods) or merged from its words ("Marcorubio" for Marco Rubio). Only exact letters count: a sound
 * alike is too loose across word boundaries. The parts are ordinary words as often as not ("face time",
 * "power point", "my space"), so it is fixed only where the document also writes the name itself
 * (`writesName`); elsewhere it is suggested.
 */
export function splitOrMergedName(run: WordRun, w: number, index: NameLookup, lexicon: Lexicon, writesName: (name: string) => boolean): SplitFind | null {
  const folded = run.folded(w);
  for (const split of index.splitsStartingWith(folded)) {
    const n = split.parts.length;
    if (!run.isPhrase(w, n) || !singleSpaced(run, w, n)) continue;
    if (split.parts.some((part, k) => run.folded(w + k) !== part)) continue;
    // "a black berry": the name's letters make an English word, which the parts may be meant as.
    if (lexicon.isWord(split.parts.join(''))) continue;
    if (split.parts.some((part) => SMALL_PARTS.has(part)) && !NOUN_CUES.has(w > 0 ? run.folded(w - 1) : '')) continue;
    const found = splitFinding(run, w, n, split, 'split-name', `written as ${n} words`);
    // Every part capitalised is a spelling of the name's own ("Du Pont", "La Guardia").
    if (split.parts.every((_, k) => isCapitalized(run.stem(w + k)))) return { finding: doubted(found, 'each word is capitalised, so perhaps written so on purpose'), words: n };
    return { finding: evidenced(found, split, writesName), words: n };
  }
  const joined = folded.replace(/-/g, '');
  const merged = index.mergedName(joined);
  if (!merged) return null;
  const stem = run.stem(w);
  if (merged.name.words.length === 1) {
    // A one-word name is found here only hyphenated ("linked-in"): in its own letters it is an exact form.
    if (joined === folded) return null;
  } else if (lexicon.isWord(folded) || lexicon.isKnownName(stem) || (isCapitalized(merged.name.entry.name) && !isCapitalized(stem))) {
    // Never an English word, a name a dictionary knows (Lina is not Li Na, Joanne not Jo Anne), or a
    // lower-case compound for a capitalised name (the cold-war mood is not the Cold War's).
    return null;
  }
  const found = splitFinding(run, w, 1, merged, 'merged-name', joined === folded ? 'written as one word' : 'hyphenated');
  return { finding: evidenced(found, merged, writesName), words: 1 };
}

/** Fixed where the document writes the name itself too; only suggested where it does not. */
function evidenced(found: Finding, split: SplitName, writesName: (name: string) => boolean): Finding {
  const name = split.name.entry.name;
  return writesName(name) ? found : doubted(found, `the document never writes \`${name}\` itself, and the words may be meant`);
}

function doubted(found: Finding, why: string): Finding {
  const { fix: _, ...suggestion } = found;
  return { ...suggestion, message: `${found.message}; only suggested: ${why}`, confidence: 0.6 };
}

function singleSpaced(run: WordRun, w: number, n: number): boolean {
  for (let k = w; k < w + n - 1; k++) if (run.gapAfter(k) !== ' ') return false;
  return true;
}

function splitFinding(run: WordRun, w: number, n: number, split: SplitName, rule: string, how: string): Finding {
  const range = run.span(w, n);
  const actual = run.doc.text.slice(range[0], range[1]);
  const name = split.name.entry.name;
  const shouting = Array.from({ length: n }, (_, k) => run.stem(w + k)).every((stem) => stem.length > 1 && isAllCaps(stem));
  return nameFinding(range, shouting ? name.toUpperCase() : name, rule, `\`${actual}\` is \`${name}\` ${how} (${describeOrigin(split.name.entry)})`, 0.9);
}
