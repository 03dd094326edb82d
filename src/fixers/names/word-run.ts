import { hasBlankLine } from '../../core/chars.js';
import { TokenKind, type Doc } from '../../core/types.js';
import { fold } from '../../match/normalize.js';


/**
 * The document's words in order, with which neighbours form a phrase (only white space between, no blank
 * line: a line break or a double space inside a name is fine), and each word's stem (possessive split off)
 * folded for comparing.
 */
export class WordRun {
  /** Token index of each word. */
  readonly tokens: Int32Array;
  readonly length: number;
  /** 1 where a word stands in one phrase with the next (`isPhraseGap`). Typed arrays: a chunk has thousands. */
  private readonly joinedToNext: Uint8Array;
  private readonly stemCache: (string | undefined)[];
  private readonly foldedCache: (string | undefined)[];

  constructor(readonly doc: Doc) {
    const tokens = new Int32Array(doc.tokenCount);
    const joined = new Uint8Array(doc.tokenCount);
    let count = 0;
    for (let i = 0; i < doc.tokenCount; i++) {
      if (doc.kinds[i] !== TokenKind.Word) continue;
      if (count > 0 && tokens[count - 1] === i - 1 && isPhraseGap(doc, i - 1)) joined[count - 1] = 1;
      tokens[count++] = i;
    }
    this.tokens = tokens.subarray(0, count);
    this.joinedToNext = joined;
    this.length = count;
    this.stemCache = new Array<string | undefined>(count);
    this.foldedCache = new Array<string | undefined>(count);
  }

  text(word: number): string {
    return this.doc.tokenText(this.tokens[word]!);
  }

  /** Where word `w`'s stem ends in the text: before a final 's or ’s, found without slicing. */
  stemEnd(word: number): number {
    const token = this.tokens[word]!;
    const start = this.doc.start(token);
    const end = this.doc.end(token);
    const text = this.doc.text;
    if (end - start > 2 && text.charCodeAt(end - 1) === 115) {
      const apostrophe = text.charCodeAt(end - 2);
      if (apostrophe === 39 || apostrophe === 0x2019) return end - 2;
    }
    return end;
  }

  /** The word without a possessive, as written and folded. */
  stem(word: number): string {
    return (this.stemCache[word] ??= this.doc.text.slice(this.doc.starts[this.tokens[word]!], this.stemEnd(word)));
  }

  folded(word: number): string {
    return (this.foldedCache[word] ??= fold(this.stem(word)));
  }

  /** Whether words `start .. start+n-1` stand together as a phrase, possessive allowed only on the last. */
  isPhrase(start: number, n: number): boolean {
    if (start < 0 || start + n > this.tokens.length) return false;
    for (let k = start; k < start + n - 1; k++) {
      if (!this.joinedToNext[k] || this.stem(k) !== this.text(k)) return false;
    }
    return true;
  }

  /** Source offsets of a phrase: from its first word to the end of its last word's stem. */
  span(start: number, n: number): readonly [number, number] {
    const last = start + n - 1;
    return [this.doc.start(this.tokens[start]!), this.doc.start(this.tokens[last]!) + this.stem(last).length];
  }

  /** The white space after word `k`, inside a phrase. */
  gapAfter(word: number): string {
    return this.doc.text.slice(this.doc.ends[this.tokens[word]!], this.doc.starts[this.tokens[word + 1]!]);
  }
}

/** One to four characters of white space, not a blank line: a line break inside a name is fine. */
function isPhraseGap(doc: Doc, token: number): boolean {
  const start = doc.end(token);
  const end = doc.start(token + 1);
  return end > start && end - start <= 4 && !hasBlankLine(doc.text, start, end);
}
