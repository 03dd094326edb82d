import { findSentences } from './sentences.js';
import { TokenKind, type Doc, type ProtectedKind, type ProtectedSpan, type Range } from './types.js';

/** Tokens as they are found, in growing typed arrays. */
export class TokenBuilder {
  private capacity: number;
  private kinds: Uint8Array;
  private starts: Uint32Array;
  private ends: Uint32Array;
  private count = 0;
  readonly protectedSpans: ProtectedSpan[] = [];

  constructor(textLength: number) {
    this.capacity = Math.max(16, textLength >>> 2);
    this.kinds = new Uint8Array(this.capacity);
    this.starts = new Uint32Array(this.capacity);
    this.ends = new Uint32Array(this.capacity);
  }

  push(kind: TokenKind, start: number, end: number): void {
    if (this.count === this.capacity) this.grow();
    this.kinds[this.count] = kind;
    this.starts[this.count] = start;
    this.ends[this.count] = end;
    this.count++;
  }

  /** Record a protected span as one token; returns its end. */
  protect(start: number, end: number, kind: ProtectedKind, strict: boolean, tokenKind: TokenKind = TokenKind.Protected): number {
    this.push(tokenKind, start, end);
    this.protectedSpans.push({ range: [start, end], kind, strict });
    return end;
  }

  finish(text: string): Doc {
    const count = this.count;
    const kinds = this.kinds.subarray(0, count);
    const starts = this.starts.subarray(0, count);
    const ends = this.ends.subarray(0, count);
    const sentences: Range[] = findSentences(text, kinds, starts, ends, count);
    return new TokenDoc(text, count, kinds, starts, ends, sentences, this.protectedSpans);
  }

  private grow(): void {
    this.capacity *= 2;
    const kinds = new Uint8Array(this.capacity);
    const starts = new Uint32Array(this.capacity);
    const ends = new Uint32Array(this.capacity);
    kinds.set(this.kinds);
    starts.set(this.starts);
    ends.set(this.ends);
    this.kinds = kinds;
    this.starts = starts;
    this.ends = ends;
  }
}

/** A tokenized text; its accessors are methods of one class, so every call site sees one shape. */
class TokenDoc implements Doc {
  constructor(
    readonly text: string,
    readonly tokenCount: number,
    readonly kinds: Uint8Array,
    readonly starts: Uint32Array,
    readonly ends: Uint32Array,
    readonly sentences: readonly Range[],
    readonly protectedSpans: readonly ProtectedSpan[],
  ) {}

  tokenText(index: number): string {
    return this.text.slice(this.starts[index], this.ends[index]);
  }

  // Past the last token these give what the arrays give: the fixers' bounds checks come first.
  start(index: number): number {
    return this.starts[index]!;
  }

  end(index: number): number {
    return this.ends[index]!;
  }
}
