import { splitChunks } from '../core/chunks.js';
import { tokenize } from '../core/tokenize.js';
import { TokenKind, type Check, type DocContext, type Env, type Finding, type Fixer, type Range } from '../core/types.js';
import type { NameIndex } from '../glossary/compile.js';
import type { Lexicon } from '../glossary/types.js';
import { editDistance } from '../match/fuzzy.js';
import { fold, isAllCaps, isCapitalized, isContraction, splitPossessive } from '../match/normalize.js';
import { phoneticKeys } from '../match/phonetic.js';
import { countCapitals, mentionsAny, mentionsTwice, nameCensus } from './names/census.js';
import { repeatedPhrase } from './repeated-phrase.js';

/** A spelling must occur at least this often, and more often than the other, to win. */
const MIN_DOMINANT = 2;
const MIN_LENGTH = 4;
/** Letters and apostrophes only: "X-gyro" and "Z-gyro" are two things, not two spellings. */
const NAME_WORD = /^[\p{L}\p{M}'’]+$/u;

interface Form {
  readonly stem: string;
  readonly folded: string;
  readonly count: number;
}

/** What the document says about one spelling: the spelling it should be, and how sure that is. */
interface Decision {
  readonly dominant: string;
  readonly counts: string;
  readonly clear: boolean;
}

export const nameConsistency: Fixer<Record<string, never>> = {
  id: 'name-consistency',
  description: 'Spells a name one way within a document when one spelling clearly dominates: Baukele, Bukle → Bukele.',
  create(_, env) {
    const { names: index, lexicon } = env;
    if (!index || !lexicon) throw new Error('the name-consistency fixer needs compiled names and a lexicon');
    // Decided once for the whole document, applied chunk by chunk. Where a spelling would be fixed, the
    // document is counted again as it will read once repeats are fixed ("Bukle Bukle" is one mention, so
    // it does not beat "Bukele"); a text the engine has settled has no repeats left to fix. A decision
    // that only the recount would make clear is left to the engine's second look at the cleaned text.
    const decisionsOf = (context: DocContext): Map<string, Decision> =>
      context.memo('name-consistency', () => {
        const first = decide(nameCensus(context), index, lexicon);
        if (context.settled) return first;
        const fixes = [...first].filter(([, decision]) => decision.clear);
        if (fixes.length === 0) return first;
        const involved = new Set(fixes.flatMap(([stem, decision]) => [stem, decision.dominant]));
        return decide(countCapitals(context.text, repeatCopies(context.text, env, involved)), index, lexicon);
      });
    const check: Check = (doc, context) => {
      const decisions = decisionsOf(context);
      if (decisions.size === 0) return [];
      const lengths = context.memo('name-consistency-lengths', () => new Set([...decisions.keys()].map((stem) => stem.length)));
      const findings: Finding[] = [];
      for (let i = 0; i < doc.tokenCount; i++) {
        // Only a capitalised word of a decided spelling's length (possessive or not) can be one.
        const length = doc.ends[i]! - doc.starts[i]!;
        if (doc.kinds[i] !== TokenKind.Word || !(lengths.has(length) || lengths.has(length - 2))) continue;
        if (!isCapitalized(doc.text[doc.starts[i]!]!)) continue;
        const stem = splitPossessive(doc.tokenText(i))[0];
        const decision = decisions.get(stem);
        if (decision) findings.push(consistencyFinding([doc.starts[i]!, doc.starts[i]! + stem.length], stem, decision));
      }
      return findings;
    };
    // The cleaned document may now clearly decide a spelling it did not (a tie broken once a looped copy
    // is gone). A decision that went away changes nothing: its spelling was fixed, or is no longer there.
    return Object.assign(check, {
      stale(before: DocContext, after: DocContext) {
        const was = decisionsOf(before);
        const now = decisionsOf(after);
        const changed = new Set([...now].filter(([stem, decision]) => decision.clear && !sameDecision(was.get(stem), decision)).map(([stem]) => stem));
        return changed.size === 0 ? null : (chunk: string) => mentionsAny(chunk, changed);
      },
    });
  },
};

/**
 * The stretches the repeated-phrase fixer would delete (the copies after the first), found chunk by chunk
 * as the engine cleans, and only in the chunks that mention one of the spellings in question twice: a copy
 * and what it copies are both in the chunk (no repeat spans a blank line).
 */
function repeatCopies(text: string, env: Env, spellings: ReadonlySet<string>): Range[] {
  const check = repeatedPhrase.create({}, env);
  const context: DocContext = { text, settled: false, memo: (_key, make) => make() };
  const copies: Range[] = [];
  for (const [start, end] of splitChunks(text)) {
    const chunk = text.slice(start, end);
    if (!mentionsTwice(chunk, spellings)) continue;
    for (const finding of check(tokenize(chunk), context)) {
      // A repeat's fix deletes the copies after the one it keeps.
      if (finding.fix && finding.confidence >= env.fixThreshold) copies.push([start + finding.fix.range[0], start + finding.fix.range[1]]);
    }
  }
  return copies.sort((a, b) => a[0] - b[0]);
}

/**
 * Group the document's name-like spellings (capitalised, not in capitals throughout, not ordinary English)
 * by sound, and within a group decide each spelling a letter or two off the most common one.
 */
function decide(census: ReadonlyMap<string, number>, index: NameIndex, lexicon: Lexicon): Map<string, Decision> {
  const bySound = new Map<string, Form[]>();
  for (const [stem, count] of census) {
    if (isAllCaps(stem) || stem.length < MIN_LENGTH || !NAME_WORD.test(stem) || isContraction(stem) || lexicon.isWord(stem.toLowerCase())) continue;
    // Grouped by each of its two sounds, so "Vernicke" (FRNK) meets "Wernicke" (ARNK, or FRNK).
    const form = { stem, folded: fold(stem), count };
    for (const key of new Set(phoneticKeys(stem))) bySound.set(key, [...(bySound.get(key) ?? []), form]);
  }
  const decisions = new Map<string, Decision>();
  for (const group of bySound.values()) {
    if (group.length < 2) continue;
    group.sort((a, b) => b.count - a.count || (a.stem < b.stem ? -1 : 1));
    const dominant = group[0]!;
    const counts = group
      .filter((form) => form === dominant || isSameName(form, dominant))
      .map((form) => `${form.stem} ${form.count}`)
      .join(', ');
    for (const form of group.slice(1)) {
      if (!isSameName(form, dominant)) continue;
      // A spelling that is a name in its own right (Marie beside Maria, a glossary name) is left alone.
      if (lexicon.isKnownName(form.stem) || index.isNameWord(form.folded)) continue;
      // Fixed only when the document clearly spells the name one way: the dominant spelling at least twice
      // and more often than this one, and this one a slip made once (a spelling used again is meant, as
      // Pohly beside Pohl). A tie, or a spelling used more than once, is only suggested.
      const clear = dominant.count >= MIN_DOMINANT && dominant.count > form.count && form.count === 1;
      // Met in two groups, a spelling is decided only where both agree.
      const earlier = decisions.get(form.stem);
      if (earlier && (earlier.dominant !== dominant.stem || earlier.clear !== clear)) decisions.set(form.stem, { ...earlier, clear: false });
      else decisions.set(form.stem, { dominant: dominant.stem, counts, clear });
    }
  }
  return decisions;
}

function sameDecision(a: Decision | undefined, b: Decision): boolean {
  return a !== undefined && a.dominant === b.dominant && a.clear === b.clear;
}

function consistencyFinding(range: Range, stem: string, { dominant, counts, clear }: Decision): Finding {
  const found: Finding = {
    fixer: 'name-consistency',
    rule: clear ? 'dominant-spelling' : 'uncertain-spelling',
    message: clear
      ? `\`${stem}\` is spelled \`${dominant}\` elsewhere in this document (${counts})`
      : `\`${stem}\` may be \`${dominant}\`, but neither spelling clearly wins (${counts}): not fixed`,
    range,
    actual: stem,
    expected: [dominant],
    confidence: clear ? 0.85 : 0.5,
  };
  return clear ? { ...found, fix: { range, text: dominant } } : found;
}

/** Spellings of one name: a letter off for a short name, two for a long one; not just another case (DuPont). */
function isSameName(form: Form, dominant: Form): boolean {
  if (form === dominant || form.folded === dominant.folded) return false;
  return editDistance(form.folded, dominant.folded) <= (dominant.folded.length >= 8 ? 2 : 1);
}
