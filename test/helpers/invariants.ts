import { markdownShape, markdownStructure } from '../../src/formats/markdown.js';
import { parseSubtitles } from '../../src/formats/subtitles.js';
import { tokenize } from '../../src/core/tokenize.js';
import { unmangle, type Syntax, type UnmangleOptions } from '../../src/index.js';
import { applyChanges } from './fixer-cases.js';
import { readSubtitles } from './subtitle-oracle.js';

const count = (text: string, part: string): number => (part === '' ? 0 : text.split(part).length - 1);
const isHigh = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/**
 * The promises unmangle makes about any input, checked on one: the first one broken, in words, or null.
 * Shared by the property tests, the fuzzer and the replay of what the fuzzer found.
 */
export function checkProperties(text: string, syntax: Syntax, options: UnmangleOptions = {}): string | null {
  const result = unmangle(text, { ...options, syntax });
  if (applyChanges(result) !== result.output) return 'the reported changes do not reproduce the output';
  let previousEnd = -1;
  for (const change of result.changes) {
    const end = change.offset + change.length;
    if (change.offset <= previousEnd) return 'changes overlap or touch';
    if (change.offset < 0 || end > text.length) return 'a change lies outside the input';
    for (const at of [change.offset, end]) {
      if (at > 0 && at < text.length && isHigh(text.charCodeAt(at - 1)) && isLow(text.charCodeAt(at))) return 'a change splits a surrogate pair';
    }
    previousEnd = end;
  }
  // A suggestion is an edit of the input on its own: its text is the input's there, and a change that
  // deletes text right at its edge is not part of it (it would take the deleted copy with it).
  for (const suggestion of result.suggestions) {
    const end = suggestion.offset + suggestion.length;
    if (suggestion.offset < 0 || end > text.length || suggestion.original !== text.slice(suggestion.offset, end)) return 'a suggestion is not the input at its range';
    const edgeDeletion = result.changes.find((change) => change.replacement === '' && change.length > 0 && (change.offset === suggestion.offset || change.offset + change.length === end) && suggestion.length > change.length);
    if (edgeDeletion) return `a suggestion reaches over a deletion at its edge: ${JSON.stringify(suggestion.original)}`;
    // A change it reaches into, it covers whole (and carries the change's text): never half of one.
    const half = result.changes.find((change) => change.offset < end && suggestion.offset < change.offset + change.length && (change.offset < suggestion.offset || change.offset + change.length > end));
    if (half) return `a suggestion covers part of a change: ${JSON.stringify(suggestion.original)} and ${JSON.stringify(half.original)}`;
  }
  const again = unmangle(result.output, { ...options, syntax });
  if (again.output !== result.output) return 'not idempotent: cleaning the output changes it again';
  if (syntax === 'text') {
    for (const span of tokenize(text).protectedSpans) {
      if (!span.strict) continue;
      const part = text.slice(span.range[0], span.range[1]);
      if (count(result.output, part) < count(text, part)) return `a protected ${span.kind} was altered: ${part}`;
    }
  } else if (syntax === 'markdown') {
    if (markdownShape(result.output) !== markdownShape(text)) return 'the Markdown node types or counts changed';
    for (const [start, end] of markdownStructure(text)) {
      const part = text.slice(start, end);
      if (count(result.output, part) < count(text, part)) return `Markdown structure was altered: ${JSON.stringify(part.slice(0, 60))}`;
    }
  } else {
    // A console line's timing is the bracket and the spaces that align the text after it.
    const timingOf = (line: string): string => (syntax === 'whisper' ? (/^\[[^\]]*\]\s*/.exec(line)?.[0] ?? line) : line);
    const timings = (t: string): string[] => t.split('\n').filter((line) => line.includes('-->')).map(timingOf);
    const before = timings(text);
    let at = 0;
    for (const line of timings(result.output)) {
      at = before.indexOf(line, at);
      if (at === -1) return `a timing line was altered or moved: ${line}`;
      at++;
    }
    if (syntax !== 'whisper') {
      // Read back by a parser that is not ours: no cue the input had may lose its text or its timing.
      const known = new Set(readSubtitles(text, syntax).errors.map((error) => error.replace(/^line \d+: |^cue \d+ /, '')));
      const damage = readSubtitles(result.output, syntax).errors.find((error) => !known.has(error.replace(/^line \d+: |^cue \d+ /, '')));
      if (damage) return `the output does not read back as ${syntax}: ${damage}`;
    }
    const cuesBefore = parseSubtitles(text, syntax).filter((block) => block.cue).length;
    const cuesAfter = parseSubtitles(result.output, syntax).filter((block) => block.cue).length;
    if (cuesAfter > cuesBefore) return 'the output has more cues than the input';
  }
  return null;
}
