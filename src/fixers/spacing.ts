import { TokenKind, type Doc, type Finding, type Range } from '../core/types.js';
import type { Fixer } from './types.js';
import { finding, isWordLike, singleChar, spacesAfter } from './spacing-gaps.js';
import { spaceBeforeClitic, spaceInsideMarks } from './spacing-marks.js';
import hyphenPrefixes from '../data/hyphen-prefixes.json' with { type: 'json' };

const HYPHEN_PREFIXES = new Set(Object.keys(hyphenPrefixes));
/** , ; : ! ? . take no space before them. */
const NO_SPACE_BEFORE = new Set([44, 59, 58, 33, 63, 46]);
const HYPHEN = 45;
const CLOSING = new Set(['”', '’', '"', "'", ')', ']', '»']);
const LOWER_WORD = /^\p{Ll}/u;

export const spacing: Fixer<Record<string, never>> = {
  id: 'spacing',
  description: 'Removes doubled spaces between words, spaces before , . ; : ! ?, inside quotes and brackets and before \'s, and the stray space in "self -styled".',
  create() {
    return (doc) => {
      const findings: Finding[] = [];
      const { starts, ends, text } = doc;
      for (let i = 0; i < doc.tokenCount - 1; i++) {
        // Two tokens longer than a character with one space between, as most are: no rule applies.
        if (ends[i]! - starts[i]! > 1 && ends[i + 1]! - starts[i + 1]! > 1 && starts[i + 1]! - ends[i]! === 1 && text.charCodeAt(ends[i]!) === 32) continue;
        const found = doubleSpace(doc, i) ?? spaceBeforePunctuation(doc, i) ?? strayHyphenSpace(doc, i) ?? (nearMarks(doc, i) ? (spaceInsideMarks(doc, i) ?? spaceBeforeClitic(doc, i)) : null);
        if (found) findings.push(found);
      }
      return findings;
    };
  },
};

/** “ ( [ opening, or ” ' ’ next: only then can a quote, bracket or clitic rule apply (most tokens are words). */
const MARKS_HERE = new Set([0x201c, 40, 91]);
const MARKS_NEXT = new Set([0x201d, 39, 0x2019]);
function nearMarks(doc: Doc, i: number): boolean {
  // Most tokens are words longer than one character: ruled out on their lengths alone.
  const here = doc.end(i) - doc.start(i) === 1;
  const next = doc.end(i + 1) - doc.start(i + 1) === 1;
  return (here && MARKS_HERE.has(doc.text.charCodeAt(doc.start(i)))) || (next && MARKS_NEXT.has(doc.text.charCodeAt(doc.start(i + 1))));
}

/** "Al  Salvador" → "Al Salvador". Two spaces after a full stop are a typing style, and columns are alignment. */
function doubleSpace(doc: Doc, i: number): Finding | null {
  const spaces = spacesAfter(doc, i);
  if (spaces < 2 || !isWordLike(doc, i + 1)) return null;
  if (!isWordLike(doc, i) && !CLOSING.has(doc.tokenText(i)) && doc.tokenText(i) !== ',') return null;
  const range: Range = [doc.end(i), doc.start(i + 1)];
  if (looksAligned(doc.text, range)) return null;
  return finding('double-space', `${spaces} spaces between words; one is enough`, range, ' ', 0.9);
}

/**
 * Whether the spaces before `end` line a column up: the line has another run of two spaces, or a line next
 * to it has a word starting after a space at the same column. Tables and aligned lists stay as they are.
 */
function looksAligned(text: string, [start, end]: Range): boolean {
  const lineStart = text.lastIndexOf('\n', start) + 1;
  const nextBreak = text.indexOf('\n', end);
  const lineEnd = nextBreak === -1 ? text.length : nextBreak;
  const line = text.slice(lineStart, lineEnd);
  const gapStart = start - lineStart;
  const gapEnd = end - lineStart;
  if (line.lastIndexOf('  ', gapStart - 1) !== -1 || line.indexOf('  ', gapEnd) !== -1) return true;
  const column = gapEnd;
  const startsColumn = (other: string): boolean => other[column - 1] === ' ' && /\S/.test(other[column] ?? '');
  const previous = lineStart > 0 ? text.slice(text.lastIndexOf('\n', lineStart - 2) + 1, lineStart - 1) : '';
  const following = nextBreak === -1 ? '' : text.slice(nextBreak + 1, (text.indexOf('\n', nextBreak + 1) + 1 || text.length + 1) - 1);
  return startsColumn(previous) || startsColumn(following);
}

/** "officials ," → "officials,". Not an ellipsis (" ..."), not an emoticon (" :)"). */
function spaceBeforePunctuation(doc: Doc, i: number): Finding | null {
  if (!NO_SPACE_BEFORE.has(singleChar(doc, i + 1)) || spacesAfter(doc, i) === 0) return null;
  const mark = doc.tokenText(i + 1);
  if (!isWordLike(doc, i) && !CLOSING.has(doc.tokenText(i))) return null;
  const after = i + 2 < doc.tokenCount ? doc.text.slice(doc.ends[i + 1], doc.starts[i + 2]) : '';
  const glued = i + 2 < doc.tokenCount && after === '' ? doc.tokenText(i + 2) : null;
  // A closing quote may follow glued ("yes .”"); after : or ; a glued ) is a face, as in " :)".
  if (glued !== null && (!CLOSING.has(glued) || mark === ':' || mark === ';')) return null;
  if (mark === '.' && glued === '.') return null;
  const range: Range = [doc.end(i), doc.end(i + 1)];
  return finding('space-before-punctuation', `Unexpected space before \`${mark}\``, range, mark, 0.9);
}

/** "self -styled" → "self-styled" after a known prefix; elsewhere "Bukele -the" may be a dash: only suggest. */
function strayHyphenSpace(doc: Doc, i: number): Finding | null {
  if (singleChar(doc, i + 1) !== HYPHEN || doc.kinds[i] !== TokenKind.Word || spacesAfter(doc, i) === 0) return null;
  if (i + 2 >= doc.tokenCount || doc.kinds[i + 2] !== TokenKind.Word || doc.ends[i + 1] !== doc.starts[i + 2]) return null;
  const word = doc.tokenText(i);
  const next = doc.tokenText(i + 2);
  const range: Range = [doc.start(i), doc.end(i + 2)];
  if (HYPHEN_PREFIXES.has(word.toLowerCase())) {
    return finding('hyphen-prefix', `\`${word}\` is a prefix: no space before its hyphen`, range, `${word}-${next}`, 0.85);
  }
  if (!LOWER_WORD.test(next)) return null;
  const dash = `${word} – ${next}`;
  const message = `A hyphen glued to \`${next}\`: a dash between clauses is spaced (\`${dash}\`)`;
  return finding('stray-hyphen', message, range, dash, 0.5, false);
}
