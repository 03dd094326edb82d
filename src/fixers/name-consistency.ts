import { TokenKind, type DocContext, type Finding, type Range } from '../core/types.js';
import type { Fixer } from './types.js';
import { isCapitalized, possessiveStemEnd } from '../match/normalize.js';
import { introductions, nameCensus, sameIntroductions, type Introductions } from './names/census.js';
import { soundKeysCache } from '../match/phonetic.js';
import { decide, spellings, type Decision } from './names/consistency-decide.js';
import { MIN_NAME_LENGTH } from '../match/spellings.js';

export const nameConsistency: Fixer<Record<string, never>> = {
  id: 'name-consistency',
  description: 'Spells a name one way within a document when one spelling clearly dominates: Baukele, Bukle → Bukele.',
  create(_, env) {
    const { names: index, lexicon } = env;
    if (!index || !lexicon) throw new Error('the name-consistency fixer needs compiled names and a lexicon');
    const isWord = (word: string): boolean => lexicon.isWord(word);
    const spellingOf = spellings(lexicon, soundKeysCache());
    // Decided once for the whole document as it reads now, applied chunk by chunk. The repeats run first
    // in every pass, so a looped "Bukle Bukle" is one mention by the time the spellings are counted.
    // The last decisions, with what they were made from: a text with the same counts (the census keeps
    // them when no capitalised word changed) and, where they were read, the same introductions decides
    // the same, so the next text of a cleaning does not decide again.
    let last: { census: ReadonlyMap<string, number>; introduced: Introductions | undefined; decisions: Map<string, Decision> } | null = null;
    const decisionsOf = (context: DocContext): Map<string, Decision> =>
      context.memo('name-consistency', (whole) => {
        const census = nameCensus(whole);
        let read: Introductions | undefined;
        const introduced = (): Introductions => (read ??= introductions(whole, isWord));
        if (last?.census === census && (last.introduced === undefined || sameIntroductions(introduced(), last.introduced))) return last.decisions;
        const decisions = decide(census, index, lexicon, introduced, spellingOf);
        last = { census, introduced: read, decisions };
        return decisions;
      });
    // The facts a chunk reads are the decisions on the spellings it has, one by one: a fact every chunk
    // read (the set of decided lengths, once) sent every chunk to be checked again when one name changed.
    // Outside the loop below: a closure there that used its variables would make a context for every word.
    const decisionOf = (context: DocContext, stem: string): Decision | null => context.memo(`decision:${stem}`, (whole) => decisionsOf(whole).get(stem) ?? null);
    return (doc, context) => {
      if (!context.memo('name-consistency-any', (whole) => decisionsOf(whole).size > 0)) return [];
      const findings: Finding[] = [];
      // Each spelling's decision asked of the document once per chunk: a chunk that repeats a few names
      // (a transcript) built and looked up the fact's key at every mention.
      const decided = new Map<string, Decision | null>();
      for (let i = 0; i < doc.tokenCount; i++) {
        // Only a capitalised word as long as the shortest spelling decided on can be one.
        if (doc.kinds[i] !== TokenKind.Word || doc.end(i) - doc.start(i) < MIN_NAME_LENGTH) continue;
        if (!isCapitalized(doc.text[doc.start(i)]!)) continue;
        const stem = doc.text.slice(doc.start(i), possessiveStemEnd(doc.text, doc.start(i), doc.end(i)));
        let decision = decided.get(stem);
        if (decision === undefined) {
          decision = decisionOf(context, stem);
          decided.set(stem, decision);
        }
        if (decision) findings.push(consistencyFinding([doc.start(i), doc.start(i) + stem.length], stem, decision));
      }
      return findings;
    };
  },
};

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
