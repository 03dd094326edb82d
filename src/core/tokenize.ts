import { isSpace, isWordChar } from './chars.js';
import { lazyPattern } from './lazy-pattern.js';
import { TokenBuilder } from './token-builder.js';
import { TokenKind, type Doc, type ProtectedKind } from './types.js';

// Patterns tried only where a cheap look at the next characters says they may match (sticky: at that spot).
const URL_SCHEME = /(?:https?|ftp):\/\/[^\s<>"“”]+|www\.[^\s<>"“”]+/y;
// The three with classes of Unicode properties are built at their first use (see lazyPattern).
const BARE_DOMAIN = lazyPattern(
  String.raw`(?:[A-Za-z0-9-]+\.)+(?:com|org|net|gov|edu|int|mil|io|co|uk|de|fr|es|info|news|tv|ly|me|app|dev)(?:\/[^\s<>"\u201C\u201D]*)?(?![\p{L}\p{N}])`,
  'uy',
);
const EMAIL = lazyPattern(String.raw`[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+`, 'uy');
const DATE = lazyPattern(String.raw`(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}\/\d{1,2}\/\d{2,4}|\d{1,2}\.\d{1,2}\.\d{4})(?![\p{L}\p{N}])`, 'uy');
// Times, including subtitle timestamps such as 00:01:02,500.
const TIME = /\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?(?!\p{N})/uy;
const INITIALISM = /(?:\p{Lu}\.){2,}/uy;
const URL_TRAILING = /[.,;:!?'’)\]}]+$/u;
function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Apostrophes and hyphens join word parts: "Maduro’s", "self-styled". */
function isJoiner(code: number): boolean {
  return code === 39 || code === 0x2019 || code === 45 || code === 0x2010;
}

function codePointAt(text: string, index: number): number {
  return text.codePointAt(index) ?? 0;
}

/**
 * Split `text` into tokens, protected spans and sentences, in one linear scan: words (letters, marks and
 * digits joined by inner apostrophes and hyphens), numbers, single punctuation code points, and protected
 * spans — URLs, e-mail addresses, @handles, #hashtags, dates and times. White space is the gap between
 * two tokens.
 */
export function tokenize(text: string): Doc {
  const builder = new TokenBuilder(text.length);
  const length = text.length;
  let i = 0;
  while (i < length) {
    const code = text.charCodeAt(i);
    if (isSpace(code)) {
      i++;
      continue;
    }
    i = scanToken(text, i, code, builder);
  }
  return builder.finish(text);
}

/** Read the token starting at `start` (not white space), record it, and return where it ends. */
function scanToken(text: string, start: number, code: number, out: TokenBuilder): number {
  const previous = start > 0 ? text.charCodeAt(start - 1) : 32;
  if ((code === 64 || code === 35) && !isWordChar(previous) && previous !== 95) {
    let end = start + 1;
    while (end < text.length && (isWordChar(text.charCodeAt(end)) || text.charCodeAt(end) === 95)) end++;
    if (end > start + 1) return out.protect(start, end, code === 64 ? 'handle' : 'hashtag', true);
  }
  if (!isWordChar(code) && !(code >= 0xd800 && code <= 0xdbff && isWordChar(codePointAt(text, start)))) {
    const end = start + (code >= 0xd800 && code <= 0xdbff && start + 1 < text.length ? 2 : 1);
    out.push(TokenKind.Punct, start, end);
    return end;
  }
  // The letters and digits first; what follows them says which rarer patterns are worth trying.
  const run = skipWordChars(text, start);
  const after = text.charCodeAt(run);
  if (after === 58 || after === 46 || after === 45 || after === 64 || after === 95 || after === 37 || after === 43 || after === 47) {
    const special = scanSpecial(text, start, code, previous, run, after, out);
    if (special > start) return special;
  }
  const end = isDigit(code) ? scanWord(text, start, code) : scanJoined(text, run);
  const number = isDigit(code) && isPureNumber(text, start, end);
  if (number) out.protect(start, end, 'number', false, TokenKind.Number);
  else out.push(TokenKind.Word, start, end);
  return end;
}

/**
 * URLs, e-mail addresses, dates, times and initialisms, tried only when the character after the first run
 * of letters and digits could continue one (`:` `.` `-` `@` `_` `%` `+` `/`). Returns the end of what was
 * recorded, or `start` when nothing was.
 */
function scanSpecial(text: string, start: number, code: number, previous: number, run: number, after: number, out: TokenBuilder): number {
  const url = matchUrl(text, start, code, previous, after);
  if (url > start) return out.protect(start, url, 'url', true);
  if (text.charCodeAt(scanEmailLocal(text, run)) === 64) {
    const email = EMAIL();
    email.lastIndex = start;
    if (email.test(text)) return out.protect(start, email.lastIndex, 'email', true);
  }
  if (isDigit(code)) {
    const span = matchDateOrTime(text, start);
    if (span) return out.protect(start, span.end, span.kind, false);
  }
  if (code >= 65 && code <= 90 && run === start + 1 && after === 46) {
    INITIALISM.lastIndex = start;
    if (INITIALISM.test(text)) {
      out.push(TokenKind.Word, start, INITIALISM.lastIndex);
      return INITIALISM.lastIndex;
    }
  }
  return start;
}

/** End of a URL at `start` (trailing sentence punctuation left out), or `start` when there is none. */
function matchUrl(text: string, start: number, code: number, previous: number, after: number): number {
  let end = start;
  if ((code === 104 || code === 102 || code === 119) && (after === 58 || after === 46)) {
    URL_SCHEME.lastIndex = start;
    if (URL_SCHEME.test(text)) end = URL_SCHEME.lastIndex;
  }
  if (end === start && previous !== 64 && previous !== 46 && previous !== 45 && !isWordChar(previous)) {
    // A bare domain needs a dot right after a run of letters: rare in prose, so test only then.
    let dot = start;
    while (dot < text.length && (isWordChar(text.charCodeAt(dot)) || text.charCodeAt(dot) === 45)) dot++;
    if (text.charCodeAt(dot) === 46 && isWordChar(text.charCodeAt(dot + 1))) {
      const domain = BARE_DOMAIN();
      domain.lastIndex = start;
      if (domain.test(text)) end = domain.lastIndex;
    }
  }
  if (end === start) return start;
  const trailing = URL_TRAILING.exec(text.slice(start, end));
  return trailing ? end - trailing[0].length : end;
}

/** Where the local part of a possible e-mail address starting at `start` ends. */
function scanEmailLocal(text: string, start: number): number {
  let end = start;
  for (; end < text.length; end++) {
    const c = text.charCodeAt(end);
    if (!(isWordChar(c) || c === 46 || c === 95 || c === 37 || c === 43 || c === 45)) break;
  }
  return end;
}

function matchDateOrTime(text: string, start: number): { end: number; kind: ProtectedKind } | null {
  let digits = start;
  while (isDigit(text.charCodeAt(digits))) digits++;
  const next = text.charCodeAt(digits);
  if (next !== 45 && next !== 47 && next !== 46 && next !== 58) return null;
  const date = DATE();
  date.lastIndex = start;
  if (next !== 58 && date.test(text)) return { end: date.lastIndex, kind: 'date' };
  TIME.lastIndex = start;
  if (next === 58 && TIME.test(text)) return { end: TIME.lastIndex, kind: 'time' };
  return null;
}

/**
 * A word: a figure ("1,000.5", "1990s") or a run of letters, marks and digits, then any parts joined by an
 * apostrophe or hyphen ("8-year-old", "Maduro’s").
 */
function scanWord(text: string, start: number, code: number): number {
  let end = start;
  if (isDigit(code)) {
    while (isDigit(text.charCodeAt(end))) end++;
    while ((text.charCodeAt(end) === 46 || text.charCodeAt(end) === 44) && isDigit(text.charCodeAt(end + 1))) {
      end++;
      while (isDigit(text.charCodeAt(end))) end++;
    }
  }
  return scanJoined(text, skipWordChars(text, end));
}

/** Past a run of word characters ending at `end`, any further parts joined by an apostrophe or hyphen. */
function scanJoined(text: string, end: number): number {
  while (end + 1 < text.length && isJoiner(text.charCodeAt(end))) {
    const after = skipWordChars(text, end + 1);
    if (after === end + 1) break;
    end = after;
  }
  return end;
}

/** `isWordChar` of each ASCII code, looked up first: most characters of most texts (8% of tokenizing Brown). */
const ASCII_WORD = new Uint8Array(128).map((_, code) => (isWordChar(code) ? 1 : 0));

function skipWordChars(text: string, start: number): number {
  let end = start;
  const length = text.length;
  while (end < length) {
    const c = text.charCodeAt(end);
    if (c < 128) {
      if (ASCII_WORD[c] === 0) break;
      end++;
    } else if (c >= 0xd800 && c <= 0xdbff) {
      if (!isWordChar(codePointAt(text, end))) break;
      end += 2;
    } else if (isWordChar(c)) {
      end++;
    } else {
      break;
    }
  }
  return end;
}

function isPureNumber(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (!isDigit(c) && c !== 46 && c !== 44) return false;
  }
  return true;
}
