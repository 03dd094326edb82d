
/**
 * The types every part of unmangle shares. Ranges are absolute, half-open `[start, end)` in JS string
 * indices (UTF-16 code units) of the text a fixer was given; line and column exist only in reports.
 */

export type Range = readonly [start: number, end: number];

/** Replace `range` of the text with `text`. */
export interface Edit {
  readonly range: Range;
  readonly text: string;
}

export type FixerId = 'repeated-phrase' | 'names' | 'name-consistency' | 'article' | 'spacing';

/** What a fixer reports. It carries a `fix` only when there is exactly one safe correction. */
export interface Finding {
  readonly fixer: FixerId;
  /** The rule within the fixer, e.g. `x-and-x`, `sentence-loop`. */
  readonly rule: string;
  /** Why, in one sentence: "`warmly` is repeated 2 times; keep one". */
  readonly message: string;
  readonly range: Range;
  readonly expected: readonly string[];
  /**
   * Present only when the fixer is sure of it: a finding without one is a suggestion whatever the
   * thresholds say. A fix below the engine's fix threshold is reported as a suggestion too.
   */
  readonly fix?: Edit;
  /** 0..1: how sure; the thresholds only filter (a higher fix threshold applies fewer fixes). */
  readonly confidence: number;
}

/** Kinds of token. Whitespace is not a token: it is the gap between two tokens. */
export const TokenKind = {
  Word: 1,
  Number: 2,
  Punct: 3,
  /** URLs, e-mail addresses, @handles, #hashtags, dates and times: never edited. */
  Protected: 4,
} as const;
export type TokenKind = (typeof TokenKind)[keyof typeof TokenKind];

export type ProtectedKind = 'url' | 'email' | 'handle' | 'hashtag' | 'date' | 'time' | 'number';

export interface ProtectedSpan {
  readonly range: Range;
  readonly kind: ProtectedKind;
  /**
   * Strict spans may not be touched at all. Atomic spans (numbers, dates, times) may not be altered or
   * cut into, but may be removed whole, as when a repeated "since 2022" is deleted and its twin stays.
   */
  readonly strict: boolean;
}

/** A tokenized document: struct-of-arrays so a 20 MB file costs bytes per token, not an object each. */
export interface Doc {
  readonly text: string;
  readonly tokenCount: number;
  readonly kinds: Uint8Array;
  readonly starts: Uint32Array;
  readonly ends: Uint32Array;
  /** Sentences as half-open token-index ranges, in order, covering every token. */
  readonly sentences: readonly Range[];
  readonly protectedSpans: readonly ProtectedSpan[];
  /** The text of token `index`. */
  tokenText(index: number): string;
  /** Where token `index` starts and ends in `text`, for `0 <= index < tokenCount`. */
  start(index: number): number;
  end(index: number): number;
}

/**
 * The whole document a chunk belongs to, as it reads now. Most checks need only the chunk; a check that
 * counts across the document (how a name is spelled elsewhere) computes what it needs once per text
 * through `memo`: the engine checks a chunk again when a fact it read has changed.
 */
export interface DocContext {
  readonly text: string;
  /** The fact `key` of this text: `make` computes it from the context it is given (never another). */
  memo<T>(key: string, make: (context: DocContext) => T): T;
  /**
   * `of` of each of the document's chunks, in order, each computed once per chunk text while the document
   * is being cleaned: a fact that is a sum over the text (how often each name occurs) is then made again
   * from the chunks an edit changed, not from all 20 MB. `key` names `of`: one function per key.
   */
  chunkParts<P>(key: string, of: (chunk: string) => P): readonly P[];
}

/** One check of one chunk: its findings, a function of the chunk and of the facts it reads. */
export type Check = (doc: Doc, context: DocContext) => Finding[];

/** 1-based line; 1-based column counted in Unicode code points, as editors show them. */
export interface Point {
  readonly line: number;
  readonly column: number;
}

/** One reason behind a change: a change can combine several when a later fixer rewrote an earlier one's text. */
export interface ChangeStep {
  readonly fixer: FixerId;
  readonly rule: string;
  readonly message: string;
  readonly confidence: number;
}

/** A change or a suggestion, positioned in the ORIGINAL input whichever pass produced it. */
export interface Change extends ChangeStep {
  readonly original: string;
  readonly replacement: string;
  /** UTF-16 offset and length in the input, for programs. */
  readonly offset: number;
  readonly length: number;
  readonly start: Point;
  readonly end: Point;
  /** Every step that made this change, in order; the top-level fields repeat the first. */
  readonly steps: readonly ChangeStep[];
  /** A suggestion's other candidates, after `replacement` (a tie between two names): absent when it has none. */
  readonly alternatives?: readonly string[];
}

export interface Result {
  readonly input: string;
  readonly output: string;
  readonly changes: readonly Change[];
  /** Findings not applied: no single safe fix, or a confidence below the fix threshold. */
  readonly suggestions: readonly Change[];
}
