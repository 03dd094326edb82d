import { TokenKind, type Doc, type Finding, type Range } from '../core/types.js';
import type { Fixer } from './types.js';
import notAfterArticle from '../data/not-after-article.json' with { type: 'json' };
import { hear, type Hearing } from './article-sound.js';
import { remembered } from '../core/remembered.js';
import { gapAfter, startsSentence } from './repeats/scan.js';

const NOT_AFTER_ARTICLE = new Set(Object.keys(notAfterArticle));
/** An article may reach its word across one opening quote or bracket: a “independent decision”. */
const OPENING = new Set(['“', '"', '‘', "'", '(', '[', '«']);
const ALL_CAPS_WORD = /^\p{Lu}{2,}$/u;

export const article: Fixer<Record<string, never>> = {
  id: 'article',
  description: 'Chooses a or an by the sound of the next word: an hour, a unique, an 8-year-old, an FBI agent.',
  create() {
    // How a word is said depends on the word alone (and on capitals throughout): asked once a word for
    // the pipeline, not at every article before it.
    const asWritten = new Map<string, Hearing | null>();
    const asWords = new Map<string, Hearing | null>();
    const hearOf = (word: string, asWord: boolean): Hearing | null => (asWord ? remembered(asWords, word, hearAsWords, 20_000) : remembered(asWritten, word, hearAsWritten, 20_000));
    return (doc) => {
      const findings: Finding[] = [];
      for (let i = 0; i < doc.tokenCount - 1; i++) {
        // Only "a", "an" and their capitals: ruled out by length and first letter before any slicing.
        const first = doc.text.charCodeAt(doc.start(i)) | 32;
        if (doc.kinds[i] !== TokenKind.Word || doc.end(i) - doc.start(i) > 2 || first !== 97) continue;
        const finding = check(doc, i, hearOf);
        if (finding) findings.push(finding);
      }
      return findings;
    };
  },
};

const hearAsWritten = (word: string): Hearing | null => hear(word, false);
const hearAsWords = (word: string): Hearing | null => hear(word, true);

function check(doc: Doc, i: number, hearOf: (word: string, asWord: boolean) => Hearing | null): Finding | null {
  const article = doc.tokenText(i);
  const lower = article.toLowerCase();
  if (lower !== 'a' && lower !== 'an') return null;
  // A capital A inside a sentence is a letter or a label: "Plan A", "grade A eggs".
  if (article !== lower && article !== 'AN' && !startsSentence(doc, i)) return null;
  if (gapAfter(doc, i) !== 'space') return null;
  // "a/an" names the two articles; it is not one.
  if (i > 0 && doc.tokenText(i - 1) === '/' && doc.ends[i - 1] === doc.starts[i]) return null;
  // "b a s i c": a letter spelled out among others is no article.
  const isLetter = (index: number): boolean => index >= 0 && index < doc.tokenCount && doc.end(index) - doc.start(index) === 1 && doc.kinds[index] === TokenKind.Word;
  if (lower === 'a' && isLetter(i - 1) && isLetter(i + 1)) return null;
  let next = i + 1;
  if (OPENING.has(doc.tokenText(next)) && gapAfter(doc, next) === 'none') next++;
  if (next >= doc.tokenCount || (doc.kinds[next] !== TokenKind.Word && doc.kinds[next] !== TokenKind.Number)) return null;
  const word = doc.tokenText(next);
  if (NOT_AFTER_ARTICLE.has(word.toLowerCase())) return null;
  const shouting = isShouting(doc, i, next);
  const hearing = hearOf(word, shouting);
  if (!hearing || hearing.sound === 'either') return null;
  const wanted = hearing.sound === 'vowel' ? 'an' : 'a';
  if (lower === wanted) return null;
  // "an historian", "an host", "an hotel": an older or British style before h, not a mistake.
  if (lower === 'an' && /^h/i.test(word)) return null;
  const replacement = matchCase(wanted, article, shouting);
  const range: Range = [doc.start(i), doc.end(next)];
  const between = doc.text.slice(doc.ends[i], doc.starts[next]);
  return {
    fixer: 'article',
    rule: wanted,
    message: `Use \`${replacement}\` before \`${word}\`: ${hearing.because}`,
    range,
    expected: [replacement + between + word],
    // The fix spans the word it depends on, so a concurrent change to that word waits a pass.
    fix: { range, text: replacement + between + word },
    confidence: 0.9,
  };
}

/** Capitals throughout: "AN HONEST MISTAKE" is a headline, not a string of acronyms. */
function isShouting(doc: Doc, article: number, word: number): boolean {
  if (doc.tokenText(article) === 'AN') return true;
  const isCapsWord = (index: number): boolean =>
    index >= 0 && index < doc.tokenCount && doc.kinds[index] === TokenKind.Word && ALL_CAPS_WORD.test(doc.tokenText(index));
  return isCapsWord(word) && (isCapsWord(article - 1) || isCapsWord(word + 1));
}

function matchCase(wanted: 'a' | 'an', original: string, shouting: boolean): string {
  if (shouting && original === original.toUpperCase()) return wanted.toUpperCase();
  return original[0] === original[0]!.toUpperCase() ? wanted[0]!.toUpperCase() + wanted.slice(1) : wanted;
}
