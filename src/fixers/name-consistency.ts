import { splitChunks } from '../core/chunks.js';
import { tokenize } from '../core/tokenize.js';
import { TokenKind, type Check, type DocContext, type Finding, type Range } from '../core/types.js';
import type { Env, Fixer } from './types.js';
import { isCapitalized, splitPossessive } from '../match/normalize.js';
import { countCapitals, introducedSurnames, mentionsAny, mentionsTwice, nameCensus, type Introductions } from './names/census.js';
import { decide, type Decision } from './names/consistency-decide.js';
import { repeatedPhrase } from './repeated-phrase.js';


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
        const introduced = (): Introductions => context.memo('name-introduced', () => introducedSurnames(context.text, (word) => lexicon.isWord(word)));
        const first = decide(nameCensus(context), index, lexicon, introduced);
        if (context.settled) return first;
        const fixes = [...first].filter(([, decision]) => decision.clear);
        if (fixes.length === 0) return first;
        const involved = new Set(fixes.flatMap(([stem, decision]) => [stem, decision.dominant]));
        return decide(countCapitals(context.text, repeatCopies(context.text, env, involved)), index, lexicon, introduced);
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

function sameDecision(a: Decision | undefined, b: Decision): boolean {
  return a !== undefined && a.dominant === b.dominant && a.clear === b.clear;
}

function consistencyFinding(range: Range, stem: string, { dominant, counts, clear, introducedAs }: Decision): Finding {
  const why = introducedAs
    ? `\`${stem}\` is \`${dominant}\`: the document introduces \`${introducedAs}\` in full, and this spelling only stands alone (${counts})`
    : `\`${stem}\` is spelled \`${dominant}\` elsewhere in this document (${counts})`;
  const found: Finding = {
    fixer: 'name-consistency',
    rule: clear ? 'dominant-spelling' : 'uncertain-spelling',
    message: clear ? why : `\`${stem}\` may be \`${dominant}\`, but neither spelling clearly wins (${counts}): not fixed`,
    range,
    expected: [dominant],
    confidence: clear ? 0.85 : 0.5,
  };
  return clear ? { ...found, fix: { range, text: dominant } } : found;
}
