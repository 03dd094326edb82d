import { quotedRanges } from '../core/quotes.js';
import type { Fixer } from './types.js';
import xAndXAllowed from '../data/x-and-x-allowed.json' with { type: 'json' };
import { findCommaLoops } from './repeats/comma-loop.js';
import { findPhraseRepeats } from './repeats/phrase-repeat.js';
import { tokenShapes, type RepeatScan } from './repeats/scan.js';
import { findSentenceLoops } from './repeats/sentence-loop.js';
import { findXAndX } from './repeats/x-and-x.js';

export interface RepeatedPhraseOptions {
  /** The longest phrase, in tokens, looked for as a repeat. */
  readonly maxPhraseTokens?: number;
}

const X_AND_X_ALLOWED = new Set(Object.keys(xAndXAllowed));

export const repeatedPhrase: Fixer<RepeatedPhraseOptions> = {
  id: 'repeated-phrase',
  description: 'Removes words, phrases and sentences repeated in a row, and the "thanked and thanked" stutter.',
  create(options) {
    const maxTokens = options.maxPhraseTokens ?? 16;
    return (doc) => {
      const scan: RepeatScan = {
        doc,
        quotes: quotedRanges(doc),
        shapes: tokenShapes(doc),
        claimed: new Uint8Array(doc.tokenCount),
        findings: [],
      };
      // Most specific first: each rule leaves the tokens an earlier one claimed alone.
      findSentenceLoops(scan);
      findCommaLoops(scan);
      findXAndX(scan, X_AND_X_ALLOWED);
      findPhraseRepeats(scan, maxTokens);
      return scan.findings;
    };
  },
};
