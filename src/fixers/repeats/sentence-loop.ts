import { TokenKind, type Doc, type Range } from '../../core/types.js';
import { copiesEqual, dropAfter, gapAfter, type RepeatScan } from './scan.js';
import { ECHO_LEAD, isTerminalMark, MIN_ECHO } from '../../core/loop-units.js';
import { lineGroups, loopSegments } from './segments.js';

/** Sentences of fewer words said twice or three times are usually meant: "No. No." "Thank you. Thank you." */
const MIN_WORDS = 3;
/** From this many copies on, a short sentence loops too: Whisper's "Thank you." ×20, "Yes." ×100. */
const SHORT_LOOP = 4;
/** An exclaimed short sentence chanted is kept three times: "Go! Go! Go!". */
const CHANT = 3;
/** A sentence echoed once must share more words than `MIN_ECHO` with the one it echoes. */
const LONE_ECHO = 8;

/**
 * Whole sentences or lines looping, as speech recognition produces: "And that's what we saw." ×4 → once,
 * a subtitle cue or console line repeated in the next ones. Copies must follow each other within a
 * paragraph (the cues of a subtitle file and the lines of console output count as one).
 */
export function findSentenceLoops(scan: RepeatScan): void {
  // Sentences first, which may wrap over lines ("Und ich habe immer den\niPod mit mir." ×5), then lines.
  findLoops(scan, loopSegments(scan.doc), false);
  // Lines differ from sentences only where a line break falls inside a sentence.
  for (const lines of lineGroups(scan.doc)) findLoops(scan, lines, true);
}

/**
 * Loops among `segments`. Lines (`byLine`) need a third copy: a song or a poem repeats a line once
 * ("Happy birthday to you\nHappy birthday to you"); a sentence said twice is caught as a sentence.
 */
function findLoops(scan: RepeatScan, segments: readonly Range[], byLine: boolean): void {
  const { doc, claimed } = scan;
  for (let j = 0; j < segments.length; j++) {
    const [first, end] = segments[j]!;
    const length = end - first;
    if (claimed[first]) continue;
    // Cheap tests first: a copy, or an echo, must end as the segment before or after it does.
    const previous = segments[j - 1];
    const following = segments[j + 1];
    const mayEcho = previous !== undefined && gapAfter(doc, first - 1) !== 'paragraph' && scan.shapes[previous[1] - 1] === scan.shapes[end - 1] && scan.shapes[previous[1] - 2] === scan.shapes[end - 2];
    if (!mayEcho && (following === undefined || following[1] - following[0] !== length || scan.shapes[following[0]] !== scan.shapes[first])) continue;
    const words = countWords(doc, first, end);
    if (words === 0) continue;
    let times = 1;
    while (j + times < segments.length) {
      const [nextFirst, nextEnd] = segments[j + times]!;
      if (nextEnd - nextFirst !== length || claimed[nextFirst] || gapAfter(doc, nextFirst - 1) === 'paragraph') break;
      if (!copiesEqual(doc, first, nextFirst, length)) break;
      times++;
    }
    const short = words < MIN_WORDS;
    // "…and he was in the village. And he was in the village. And he was in the village.": every copy
    // echoes the sentence before, so none is kept; one long copy alone is an echo too ("…, wishing him a
    // speedy recovery with his family. wishing him a speedy recovery with his family.").
    // Edited English echoes a sentence once for effect ("Never seen anything like it in my whole life."); a
    // recogniser does it starting in lower case, as the sentence it copies went on.
    const lone = times === 1 && !/^\p{Ll}/u.test(doc.tokenText(first));
    const echo = mayEcho && !short && !lone && !claimed[previous[1] - 1] && echoes(doc, previous, first, end, times === 1 ? LONE_ECHO : MIN_ECHO);
    // A line that ends its sentence is a sentence said twice; a line without a full stop needs a third copy.
    const lyric = byLine && !isTerminalMark(doc.text.charCodeAt(doc.end(end - 1) - 1));
    if (times < (short ? SHORT_LOOP : lyric ? 3 : 2) && !echo) {
      j += times - 1;
      continue;
    }
    const last = segments[j + times - 1]![1] - 1;
    const kept = echo ? 0 : short && doc.tokenText(end - 1) === '!' ? CHANT : 1;
    const keptLast = kept === 0 ? first - 1 : segments[j + kept - 1]![1] - 1;
    const range: Range = [doc.start(echo ? keptLast : first), doc.end(last)];
    const sentence = doc.text.slice(doc.starts[first], doc.ends[end - 1]);
    scan.findings.push({
      fixer: 'repeated-phrase',
      rule: 'sentence-loop',
      message: echo
        ? `The sentence \`${sentence}\` repeats the end of the sentence before it${times > 1 ? ` ${times} times` : ""}; keep that sentence`
        : `The sentence \`${sentence}\` is repeated ${times} times in a row; keep ${kept === 1 ? 'one' : kept}`,
      range,
      expected: [doc.text.slice(range[0], doc.ends[keptLast])],
      fix: dropAfter(doc, keptLast, last),
      confidence: 0.95,
    });
    claimed.fill(1, first, last + 1);
    j += times - 1;
  }
}

/** Whether the segment `[first, end)` repeats the end of `previous`, but for a leading word or two. */
function echoes(doc: Doc, [previousFirst, previousEnd]: Range, first: number, end: number, minWords: number): boolean {
  for (let lead = 0; lead <= ECHO_LEAD; lead++) {
    const shared = end - first - lead;
    if (shared < minWords || previousEnd - previousFirst <= shared) continue;
    if (countWords(doc, first + lead, end) >= minWords && copiesEqual(doc, previousEnd - shared, first + lead, shared)) return true;
  }
  return false;
}

function countWords(doc: Doc, start: number, end: number): number {
  let words = 0;
  for (let i = start; i < end; i++) if (doc.kinds[i] === TokenKind.Word || doc.kinds[i] === TokenKind.Number) words++;
  return words;
}
