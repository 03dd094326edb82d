import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/core/tokenize.js';
import { TokenKind } from '../../src/core/types.js';

const texts = (text: string): string[] => {
  const doc = tokenize(text);
  return Array.from({ length: doc.tokenCount }, (_, i) => doc.tokenText(i));
};
const sentences = (text: string): string[] => {
  const doc = tokenize(text);
  return doc.sentences.map(([first, end]) => text.slice(doc.starts[first], doc.ends[end - 1]));
};

describe('tokenize', () => {
  it('keeps apostrophes, hyphens and marks inside words', () => {
    expect(texts('Maduro’s self-styled café don\'t')).toEqual(['Maduro’s', 'self-styled', 'café', "don't"]);
  });

  it('splits punctuation into single code points, emoji whole', () => {
    expect(texts('Yes!😀 (no)')).toEqual(['Yes', '!', '😀', '(', 'no', ')']);
  });

  it('reads figures and words that start with one', () => {
    const doc = tokenize('1,000.5 8-year-old 1990s');
    expect(texts('1,000.5 8-year-old 1990s')).toEqual(['1,000.5', '8-year-old', '1990s']);
    expect(Array.from(doc.kinds)).toEqual([TokenKind.Number, TokenKind.Word, TokenKind.Word]);
  });

  it.each([
    ['https://example.com/a/b?c=d', 'url'],
    ['www.example.org/path', 'url'],
    ['ministry.example.gov', 'url'],
    ['press@ministry.example.org', 'email'],
    ['@border_watch', 'handle'],
    ['#border', 'hashtag'],
    ['2025-03-14', 'date'],
    ['14/03/2025', 'date'],
    ['10:30', 'time'],
    ['00:01:02,500', 'time'],
    ['2024', 'number'],
  ])('protects %s as %s', (span, kind) => {
    const doc = tokenize(`see ${span}, then`);
    expect(doc.protectedSpans).toEqual([{ range: [4, 4 + span.length], kind, strict: !['date', 'time', 'number'].includes(kind) }]);
  });

  it('leaves sentence punctuation outside a URL', () => {
    expect(texts('Go to https://example.com/a.')).toEqual(['Go', 'to', 'https://example.com/a', '.']);
  });

  it('splits sentences at terminal punctuation before a capital, not after a title or initial', () => {
    expect(sentences('Mr. Smith met J. Doe. They left! Did they? “Yes.” Then 2 more came.')).toEqual([
      'Mr. Smith met J. Doe.',
      'They left!',
      'Did they?',
      '“Yes.”',
      'Then 2 more came.',
    ]);
  });

  it('ends a sentence at a blank line even without punctuation', () => {
    expect(sentences('a heading\n\nthe text')).toEqual(['a heading', 'the text']);
  });

  it('treats a byte-order mark and CRLF as white space', () => {
    expect(texts('\uFEFFone\r\ntwo')).toEqual(['one', 'two']);
  });

  it('covers a long text in typed arrays', () => {
    const doc = tokenize('word '.repeat(50_000));
    expect(doc.tokenCount).toBe(50_000);
    expect(doc.starts[49_999]).toBe(249_995);
  });
});
