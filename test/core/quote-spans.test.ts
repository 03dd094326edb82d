import { describe, expect, it } from 'vitest';
import { QuoteSpans, quotedRanges } from '../../src/core/quotes.js';
import { tokenize } from '../../src/core/tokenize.js';

/** Every token start of `text`, asked in order as the chunker asks: where `quotedRanges` has a quotation across it. */
function insideEverywhere(text: string): { asked: boolean[]; quoted: boolean[] } {
  const doc = tokenize(text);
  const ranges = quotedRanges(doc);
  const spans = new QuoteSpans(text);
  const asked: boolean[] = [];
  const quoted: boolean[] = [];
  for (let i = 0; i < doc.tokenCount; i++) {
    const at = doc.start(i);
    asked.push(spans.insideAt(at));
    quoted.push(ranges.some(([start, end]) => start < at && at < end));
  }
  return { asked, quoted };
}

describe('QuoteSpans', () => {
  it.each([
    ['straight quotes over sentences', 'He wrote. "We stayed. But but nobody came." She read it. "Again." Done.'],
    ['guillemets and curly quotes', 'He wrote. «We stayed. Nobody came.» She read “it twice. Then” again.'],
    ['a quote left open before a blank line', 'He said "we stayed.\n\nNobody came. "Then" she left.'],
    ['a blank line of spaces', 'He said "we stayed.\n  \t\nNobody came. "Then" she left.'],
    ['paragraphs skipped between places', `${'A line "quoted" here.\n\n'.repeat(30)}Last "one. Two" end.`],
  ])('takes every place inside a quotation as quoted: %s', (_, text) => {
    const { asked, quoted } = insideEverywhere(text);
    quoted.forEach((isQuoted, i) => {
      if (isQuoted) expect(asked[i]).toBe(true);
    });
    expect(quoted.some(Boolean)).toBe(true);
  });

  it('takes a place after a mark left open in its paragraph as quoted, and one after a blank line as not', () => {
    const text = 'He said "we stayed. Nobody came.\n\nShe left. Then home.';
    const spans = new QuoteSpans(text);
    expect(spans.insideAt(text.indexOf('Nobody'))).toBe(true);
    expect(spans.insideAt(text.indexOf('Then'))).toBe(false);
  });

  it('takes a place behind paragraphs it skipped as quoted: it no longer knows', () => {
    const text = 'He said "we stayed. Nobody came.\n\nShe left.\n\nThen home.';
    const spans = new QuoteSpans(text);
    expect(spans.insideAt(text.indexOf('Then'))).toBe(false);
    expect(spans.insideAt(text.indexOf('Nobody'))).toBe(true);
  });

  it('leaves places outside quotations free', () => {
    const text = 'He wrote. "We stayed." She read it twice. Then "again" she said. Done here.';
    const spans = new QuoteSpans(text);
    expect(spans.insideAt(text.indexOf('She'))).toBe(false);
    expect(spans.insideAt(text.indexOf('Then'))).toBe(false);
    expect(spans.insideAt(text.indexOf('Done'))).toBe(false);
  });
});
