import { tokenize } from '../core/tokenize.js';
import { TokenKind } from '../core/types.js';
import { isAttachedBefore } from '../fixers/names/census.js';
import { fold, isCapitalized, splitPossessive } from '../match/normalize.js';

/** Where and how often one capitalised spelling is written across the corpus. */
export interface SpellingRecord {
  count: number;
  /** Occurrences that open a sentence or a line, where any word takes a capital. */
  initial: number;
  /** The files it occurs in (indices into `CorpusCensus.files`, ascending), each with its count there. */
  readonly files: number[];
  readonly countsInFiles: number[];
}

/**
 * The capitalised words of a corpus, file by file, counted as the names census counts a document's
 * (possessive split off, not glued to what comes before), with where each sentence starts, and how often
 * each word is written in lower case: a word written in lower case as often as mid-sentence with a capital
 * is an ordinary word of this corpus, not a name. The texts themselves are not kept.
 */
export class CorpusCensus {
  readonly files: string[] = [];
  readonly spellings = new Map<string, SpellingRecord>();
  /** Lower-case words by folded form. */
  readonly lowercase = new Map<string, number>();

  /** Count one file's prose (structure such as Markdown code or subtitle timings already masked). */
  add(file: string, text: string): void {
    const index = this.files.push(file) - 1;
    const doc = tokenize(text);
    let sentence = 0;
    let lineStart = true;
    let sentenceStart = true;
    for (let i = 0; i < doc.tokenCount; i++) {
      if (i === doc.sentences[sentence]?.[1]) {
        sentence++;
        sentenceStart = true;
      }
      if (i > 0 && hasLineBreak(text, doc.end(i - 1), doc.start(i))) lineStart = true;
      if (doc.kinds[i] !== TokenKind.Word) continue;
      const initial = sentenceStart || lineStart;
      sentenceStart = false;
      lineStart = false;
      const start = doc.start(i);
      if (start > 0 && isAttachedBefore(text.charCodeAt(start - 1))) continue;
      const word = splitPossessive(doc.tokenText(i))[0];
      if (isCapitalized(word)) this.record(word, index, initial);
      else if (word.length > 1 && word === word.toLowerCase()) this.lowercase.set(fold(word), (this.lowercase.get(fold(word)) ?? 0) + 1);
    }
  }

  /** Occurrences written with a capital where a sentence does not call for one. */
  static midSentence(record: SpellingRecord): number {
    return record.count - record.initial;
  }

  private record(stem: string, file: number, initial: boolean): void {
    let record = this.spellings.get(stem);
    if (!record) this.spellings.set(stem, (record = { count: 0, initial: 0, files: [], countsInFiles: [] }));
    record.count++;
    if (initial) record.initial++;
    const last = record.files.length - 1;
    if (record.files[last] === file) record.countsInFiles[last]!++;
    else {
      record.files.push(file);
      record.countsInFiles.push(1);
    }
  }
}

function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 10) return true;
  return false;
}
