import { lazyPattern } from '../../core/lazy-pattern.js';
import type { Doc } from '../../core/types.js';
import context from '../../data/repeat-context.json' with { type: 'json' };
import { startsLine } from './scan.js';

const TITLE_CASE = /^\p{Lu}\p{Ll}/u;
const ENDS_IN_LETTER_OR_DIGIT = lazyPattern(String.raw`[\p{L}\p{N}]$`, 'u');
const OPEN_ENDERS = new Set(Object.keys(context['open-enders']));

/**
 * A heading, then a paragraph that starts with the words it ended on: "Analysis\nAnalysis of the data",
 * "Theoretical discussion of flux gain\nflux gain of a single stage", or a list of lines ("Bukele\nBukele").
 * A heading stands after a blank line, opens on a capital, ends without a full stop and not on a word
 * that leaves it open; a line broken mid-sentence does ("we drove to the\nthe border"), as subtitle cues
 * do, and three copies are a loop.
 */
export function isHeadingThenParagraph(doc: Doc, start: number, n: number, times: number, copy: string): boolean {
  const end = start + n - 1;
  if (times !== 2 || !doc.text.slice(doc.ends[end], doc.starts[end + 1]).includes('\n')) return false;
  if (TITLE_CASE.test(copy) && startsLine(doc, start)) return true;
  let lineStart = start;
  while (!startsLine(doc, lineStart)) lineStart--;
  // A Markdown heading says it is one: "# Introduction\nIntroduction to the topic".
  if (doc.tokenText(lineStart) === '#') return true;
  if (OPEN_ENDERS.has(doc.tokenText(end).toLowerCase())) return false;
  const before = lineStart === 0 ? '\n\n' : doc.text.slice(doc.ends[lineStart - 1], doc.starts[lineStart]);
  return /\n[^\S\n]*\n/.test(before) && TITLE_CASE.test(doc.tokenText(lineStart)) && ENDS_IN_LETTER_OR_DIGIT().test(doc.tokenText(end));
}
