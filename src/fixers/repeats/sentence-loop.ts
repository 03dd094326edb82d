import { isInside } from '../../core/quotes.js';
import { TokenKind, type Range } from '../../core/types.js';
import { copiesEqual, gapAfter, type RepeatScan } from './scan.js';

/** Shorter sentences said twice are usually meant: "No. No." "Thank you. Thank you." */
const MIN_WORDS = 3;

/**
 * Whole sentences looping, as speech recognition produces: "And that's what we saw." ×4 → once.
 * Sentences must follow each other within a paragraph; in a direct quotation only 3 or more count.
 */
export function findSentenceLoops(scan: RepeatScan): void {
  const { doc, claimed } = scan;
  const sentences = doc.sentences;
  for (let j = 0; j < sentences.length; j++) {
    const [first, end] = sentences[j]!;
    const length = end - first;
    if (countWords(scan, first, end) < MIN_WORDS) continue;
    let times = 1;
    while (j + times < sentences.length) {
      const [nextFirst, nextEnd] = sentences[j + times]!;
      if (nextEnd - nextFirst !== length || gapAfter(doc, nextFirst - 1) !== 'space') break;
      if (!copiesEqual(doc, first, nextFirst, length)) break;
      times++;
    }
    if (times < 2) continue;
    const last = sentences[j + times - 1]![1] - 1;
    const range: Range = [doc.starts[first]!, doc.ends[last]!];
    if (times >= 3 || !isInside(scan.quotes, range[0], range[1])) {
      const sentence = doc.text.slice(range[0], doc.ends[end - 1]);
      scan.findings.push({
        fixer: 'repeated-phrase',
        rule: 'sentence-loop',
        message: `The sentence \`${sentence}\` is repeated ${times} times in a row; keep one`,
        range,
        actual: doc.text.slice(range[0], range[1]),
        expected: [sentence],
        fix: { range, text: sentence },
        confidence: 0.95,
      });
      claimed.fill(1, first, last + 1);
    }
    j += times - 1;
  }
}

function countWords(scan: RepeatScan, start: number, end: number): number {
  let words = 0;
  for (let i = start; i < end; i++) if (scan.doc.kinds[i] === TokenKind.Word) words++;
  return words;
}
