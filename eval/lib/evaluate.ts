import { createUnmangler, type Syntax } from '../../src/index.js';
import { readSubtitles } from '../../test/helpers/subtitle-oracle.js';
import type { EvalDocument, PeerSuite } from './corpus.js';
import { emptyTallies, scoreDocument, type Miss, type Tallies } from './score.js';
import { selfEvident, type SelfEvident } from './self-evident.js';

/** The benchmark's findings: everything the tables and the floor are made of. */
export interface DocumentOutcome {
  readonly id: string;
  readonly kind: string;
  readonly repo: string;
  readonly syntax: Syntax;
  readonly tallies: Tallies;
  readonly misses: readonly Miss[];
  readonly keepBroken: readonly string[];
  /** For subtitles: what the independent parser found wrong with the output that it did not with the input. */
  readonly subtitleErrors: readonly string[] | null;
  /** Scored again with a glossary of the document's right names only, when it has one: the names mode. */
  readonly withGlossary: Tallies | null;
  /** The names that mode gets wrong or misses, and the keep phrases it breaks. */
  readonly glossaryMisses: readonly Miss[];
  readonly glossaryKeepBroken: readonly string[];
  /** With no configuration, the lone garbles of a name the document itself spells right twice or in full. */
  readonly selfEvident: SelfEvident;
}

export interface PeerOutcome {
  readonly suite: string;
  readonly repo: string;
  readonly id: string;
  readonly rule: string;
  readonly verdict: 'change' | 'keep';
  readonly ok: boolean;
  readonly text: string;
  readonly expected: string;
  readonly output: string;
  readonly reason?: string;
}

export interface Evaluation {
  readonly documents: readonly DocumentOutcome[];
  readonly peers: readonly PeerOutcome[];
}

export function evaluate(documents: readonly EvalDocument[], suites: readonly PeerSuite[]): Evaluation {
  // No configuration: what a new user gets.
  const clean = createUnmangler();
  const documentOutcomes = documents.map((doc): DocumentOutcome => {
    const result = clean(doc.text, doc.syntax);
    const score = scoreDocument(doc.text, result.output, doc.edits, result.changes, result.suggestions, doc.keep);
    return {
      id: doc.id,
      kind: doc.kind,
      repo: doc.source.repo,
      syntax: doc.syntax,
      tallies: score.tallies,
      misses: score.misses,
      keepBroken: score.keepBroken,
      selfEvident: selfEvident(doc.text, doc.edits, result.changes, result.suggestions),
      subtitleErrors: doc.syntax === 'srt' || doc.syntax === 'vtt' ? subtitleDamage(doc.text, result.output, doc.syntax) : null,
      ...scoreWithGlossary(doc),
    };
  });
  // A peer's case tests one rule: it is run through the fixer of that rule alone, as the peer runs it, so
  // "a ugandan" capitalised by the names fixer does not count as an article changed.
  const byRule = { article: createUnmangler({ only: ['article'] }), repeat: createUnmangler({ only: ['repeated-phrase'] }) };
  const peers = suites.flatMap((suite) =>
    suite.cases.map((c): PeerOutcome => {
      const output = (byRule[c.rule as keyof typeof byRule] ?? clean)(c.text).output;
      const expected = c.verdict === 'keep' ? c.text : c.expected!;
      return { suite: suite.id, repo: suite.source.repo, id: c.id, rule: c.rule, verdict: c.verdict, ok: output === expected, text: c.text, expected, output, ...(c.reason ? { reason: c.reason } : {}) };
    }),
  );
  return { documents: documentOutcomes, peers };
}

/** The document cleaned with a glossary that lists its right names and no garbles, as an editor writes one. */
function scoreWithGlossary(doc: EvalDocument): Pick<DocumentOutcome, 'withGlossary' | 'glossaryMisses' | 'glossaryKeepBroken'> {
  if (doc.glossary.length === 0) return { withGlossary: null, glossaryMisses: [], glossaryKeepBroken: [] };
  const glossary = doc.glossary.map((name) => `${JSON.stringify(name)}: []`).join('\n');
  const result = createUnmangler({ glossaries: [{ file: `${doc.id}.glossary.yaml`, text: glossary }] })(doc.text, doc.syntax);
  const score = scoreDocument(doc.text, result.output, doc.edits, result.changes, result.suggestions, doc.keep);
  return { withGlossary: score.tallies, glossaryMisses: score.misses.filter((miss) => miss.class === 'name'), glossaryKeepBroken: score.keepBroken };
}

/**
 * Cue for cue: the output's cues are the input's with some removed (same timings, in order), and the
 * independent parser finds no problem in the output that it did not find in the input.
 */
function subtitleDamage(input: string, output: string, syntax: 'srt' | 'vtt'): string[] {
  const before = readSubtitles(input, syntax);
  const after = readSubtitles(output, syntax);
  const known = new Set(before.errors.map((error) => error.replace(/^line \d+: |^cue \d+ /, '')));
  const problems = after.errors.filter((error) => !known.has(error.replace(/^line \d+: |^cue \d+ /, '')));
  let at = 0;
  for (const cue of after.cues) {
    while (at < before.cues.length && (before.cues[at]!.start !== cue.start || before.cues[at]!.end !== cue.end)) at++;
    if (at === before.cues.length) {
      problems.push(`cue ${cue.start}–${cue.end} is not one of the input's cues, in order`);
      break;
    }
    at++;
  }
  return problems;
}

export function sumTallies(all: readonly Tallies[]): Tallies {
  const total = emptyTallies();
  for (const tallies of all) {
    for (const [cls, tally] of Object.entries(tallies) as [keyof Tallies, Tallies[keyof Tallies]][]) {
      total[cls].gold += tally.gold;
      total[cls].found += tally.found;
      total[cls].changes += tally.changes;
      total[cls].right += tally.right;
    }
  }
  return total;
}
