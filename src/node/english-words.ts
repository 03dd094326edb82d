import { readFileSync } from 'node:fs';
import { useEnglishWords } from '../glossary/lexicon.js';

/**
 * The English word list read from its data module's file rather than imported: the module is one 2.8 MB
 * template literal of plain ASCII words, so its text between the backticks is the list (checked by
 * `test/lexicon.test.ts`). Built, the file is `dist/data/*.js`; run from source by tsx, `src/data/*.ts`.
 */
export function readEnglishWords(): string {
  for (const extension of ['js', 'ts']) {
    let source: string;
    try {
      source = readFileSync(new URL(`../data/english-words.generated.${extension}`, import.meta.url), 'latin1');
    } catch {
      continue;
    }
    const words = source.slice(source.indexOf('`') + 1, source.lastIndexOf('`'));
    // A plain list has no backtick, backslash or `$` (a regular expression takes 2.6 ms over 2.8 MB, this 0.3).
    if (words.startsWith('a') && !words.includes('`') && !words.includes('\\') && !words.includes('$')) return words;
  }
  throw new Error('the English word list (data/english-words.generated) could not be read');
}

/** The CLI's word list, read once when the names fixers first need it. */
export function useEnglishWordsFromDisk(): void {
  useEnglishWords(readEnglishWords);
}
