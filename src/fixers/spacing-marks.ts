import { lazyPattern } from '../core/lazy-pattern.js';
import { TokenKind, type Doc, type Finding } from '../core/types.js';
import { finding, isWordLike, singleChar, spacesAfter } from './spacing-gaps.js';

/** Curly quotes face their text: “ opens, ” closes, so neither is ever spaced from it. */
const OPEN_QUOTE = 0x201c;
const CLOSE_QUOTE = 0x201d;
const OPEN_BRACKETS = new Map([[40, 41], [91, 93]]);
/** How far a closing bracket is looked for: one parenthesis, not the rest of the document. */
const BRACKET_REACH = 200;
/** Clitics a tokenizer or a recogniser split from their word: "kaizen 's", "do n't". */
const LETTER_DIGIT_OR_APOSTROPHE = lazyPattern(String.raw`[\p{L}\p{N}'\u2019]`, 'u');
const CLITICS = new Set(["'s", '’s', "'re", '’re', "'ve", '’ve', "'ll", '’ll', "'d", '’d', "'m", '’m']);

/**
 * "“ We know" → "“We know", "ourselves. ”" → "ourselves.”", "( Sunday)" → "(Sunday)": a space machine
 * translation leaves inside quote marks and brackets. A bracket spaced on both sides ("( a )") is a style.
 */
export function spaceInsideMarks(doc: Doc, i: number): Finding | null {
  // By character code first: this looks at every token.
  const mark = singleChar(doc, i);
  const opens = mark === OPEN_QUOTE || OPEN_BRACKETS.has(mark);
  if (!opens && singleChar(doc, i + 1) !== CLOSE_QUOTE) return null;
  if (opens && spacesAfter(doc, i) === 1 && isWordLike(doc, i + 1)) {
    // Only a “ that a ” closes later on its line: in „Hallo“ it closes, and “ alone may be the mark itself.
    if (mark === OPEN_QUOTE && quoteCloses(doc, i)) return finding('space-inside-quotes', 'Unexpected space after `“`', [doc.end(i), doc.start(i + 1)], '', 0.85);
    const closer = OPEN_BRACKETS.get(mark);
    if (closer !== undefined && closesGlued(doc, i, closer)) {
      return finding('space-inside-brackets', `Unexpected space after \`${doc.tokenText(i)}\``, [doc.end(i), doc.start(i + 1)], '', 0.85);
    }
  }
  if (singleChar(doc, i + 1) === CLOSE_QUOTE && spacesAfter(doc, i) === 1 && (isWordLike(doc, i) || doc.kinds[i] === TokenKind.Punct)) {
    const after = doc.starts[i + 2] ?? doc.text.length;
    // Only a quote that ends where it should: before a space, a line break or punctuation.
    if ((after === doc.text.length || doc.ends[i + 1] !== after || doc.kinds[i + 2] === TokenKind.Punct) && quoteOpened(doc, i + 1)) {
      return finding('space-inside-quotes', 'Unexpected space before `”`', [doc.end(i), doc.start(i + 1)], '', 0.85);
    }
  }
  return null;
}

/** Whether the “ at token `i` is closed by a ” on its line, with no other “ or „ between. */
function quoteCloses(doc: Doc, i: number): boolean {
  const lineEnd = doc.text.indexOf('\n', doc.end(i));
  const rest = doc.text.slice(doc.ends[i], lineEnd === -1 ? undefined : lineEnd);
  const close = rest.indexOf('”');
  return close !== -1 && !/[“„]/.test(rest.slice(0, close));
}

/** Whether the ” at token `i` closes a “ opened earlier in its paragraph (within reach), not a „ or nothing. */
function quoteOpened(doc: Doc, i: number): boolean {
  const before = doc.text.slice(Math.max(0, doc.start(i) - 2 * BRACKET_REACH), doc.starts[i]);
  const paragraph = before.slice(before.lastIndexOf('\n\n') + 1);
  const open = paragraph.lastIndexOf('“');
  return open !== -1 && !/[”„]/.test(paragraph.slice(open + 1));
}

/** Whether the bracket opening at token `i` closes, on its line and soon, with no space before its closer. */
function closesGlued(doc: Doc, i: number, closer: number): boolean {
  for (let j = i + 1; j < doc.tokenCount && doc.start(j) - doc.end(i) < BRACKET_REACH; j++) {
    if (doc.text.slice(doc.ends[j - 1], doc.starts[j]).includes('\n')) return false;
    const code = singleChar(doc, j);
    if (code === singleChar(doc, i)) return false;
    if (code === closer) return doc.starts[j] === doc.ends[j - 1];
  }
  return false;
}

/** "kaizen 's" → "kaizen's", "millie 's": a clitic a space split from its word. */
export function spaceBeforeClitic(doc: Doc, i: number): Finding | null {
  if (i + 2 >= doc.tokenCount) return null;
  const quote = singleChar(doc, i + 1);
  if ((quote !== 39 && quote !== 0x2019) || doc.ends[i + 1] !== doc.starts[i + 2]) return null;
  if (spacesAfter(doc, i) !== 1 || doc.kinds[i] !== TokenKind.Word) return null;
  const clitic = doc.text.slice(doc.starts[i + 1], doc.ends[i + 2]);
  if (!CLITICS.has(clitic)) return null;
  // Followed by a space or punctuation: "'s" and not the start of a quotation ('sure').
  const next = doc.text.charCodeAt(doc.end(i + 2));
  // "Press 's' to save": a quoted letter, not a clitic.
  if (!Number.isNaN(next) && LETTER_DIGIT_OR_APOSTROPHE().test(String.fromCharCode(next))) return null;
  return finding('space-before-clitic', `Unexpected space before \`${clitic}\``, [doc.end(i), doc.start(i + 1)], '', 0.85);
}
