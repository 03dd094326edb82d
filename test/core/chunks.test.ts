import { describe, expect, it } from 'vitest';
import { splitChunks } from '../../src/core/chunks.js';
import { runPipeline } from '../../src/core/engine.js';
import type { Check, Range } from '../../src/core/types.js';
import { compileFixer, FIXERS } from '../../src/fixers/index.js';
import { builtinNames } from '../../src/glossary/builtin.js';
import { compileNames } from '../../src/glossary/compile.js';
import { englishLexicon } from '../../src/glossary/lexicon.js';
import '../../src/glossary/words-module.js';
import { brownFiles, brownText } from '../helpers/brown.js';

const TARGET = 200;

/** Distinct sentences, numbered so none repeats another: "Sentence 7 says something about seven." */
function sentences(from: number, count: number): string[] {
  return Array.from({ length: count }, (_, i) => `Line ${from + i} reports item number ${from + i} in full.`);
}

const texts = (text: string, chunks: readonly Range[]): string[] => chunks.map(([start, end]) => text.slice(start, end));

describe('splitChunks', () => {
  it('covers the text exactly, in order', () => {
    const text = sentences(0, 80).join('\n');
    const chunks = splitChunks(text, TARGET);
    expect(texts(text, chunks).join('')).toBe(text);
    chunks.forEach(([start], i) => expect(start).toBe(i === 0 ? 0 : chunks[i - 1]![1]));
  });

  it('ends chunks at blank lines when the text has them near the target', () => {
    const text = Array.from({ length: 20 }, (_, p) => `${sentences(p * 10, 3).join(' ')}\n\n`).join('');
    const chunks = texts(text, splitChunks(text, TARGET));
    expect(chunks.length).toBeGreaterThan(3);
    for (const chunk of chunks.slice(0, -1)) expect(chunk.endsWith('\n\n')).toBe(true);
  });

  it('ends chunks at a sentence’s line end in one-paragraph-a-line text', () => {
    const text = sentences(0, 80).join('\n');
    const chunks = texts(text, splitChunks(text, TARGET));
    expect(chunks.length).toBeGreaterThan(5);
    for (const chunk of chunks.slice(0, -1)) {
      expect(chunk).toMatch(/\.\n$/);
      expect(chunk.length).toBeLessThanOrEqual(2 * TARGET);
    }
  });

  it('goes on cutting a text of one sentence a line however many lines it has', () => {
    const text = sentences(0, 3_000).join('\n');
    const chunks = texts(text, splitChunks(text, TARGET));
    expect(chunks.length).toBeGreaterThan(text.length / (3 * TARGET));
    for (const chunk of chunks.slice(0, -1)) expect(chunk.length).toBeLessThanOrEqual(2 * TARGET);
  });

  it('cuts a long line at its sentence ends, a chunk away from either end of it', () => {
    const text = sentences(0, 80).join(' ');
    const chunks = texts(text, splitChunks(text, TARGET));
    expect(chunks.length).toBeGreaterThan(5);
    for (const chunk of chunks.slice(0, -1)) expect(chunk).toMatch(/ in full\. $/);
    for (const chunk of chunks.slice(1)) expect(chunk).toMatch(/^Line \d+ /);
    expect(chunks[0]!.length).toBeGreaterThanOrEqual(TARGET);
    expect(chunks.at(-1)!.length).toBeGreaterThanOrEqual(TARGET);
  });

  // Each line has sentence ends a cut could take, but each is where a fixer reads across it.
  it.each([
    ['a “ open over the sentences', `“${sentences(0, 80).join(' ')}” he said.`],
    ['a bracket near every sentence end', sentences(0, 80).map((line) => `${line} (see below)`).join(' ')],
    ['no full stop but after a title', Array.from({ length: 200 }, (_, i) => `word${i} met Gen. Ames`).join(' ')],
    ['no full stop but after an initial', Array.from({ length: 200 }, (_, i) => `word${i} met J. Ames`).join(' ')],
    ['two spaces in the line', `${sentences(0, 40).join(' ')}  ${sentences(40, 40).join(' ')}`],
    ['a column of spaces in the line before', `Name   Role\n${sentences(0, 80).join(' ')}`],
    ['a tab in the line after', `${sentences(0, 80).join(' ')}\nName\tRole`],
    ['the line only a little longer than a chunk', sentences(0, 8).join(' ')],
    ['an end on a word, which the next line repeats', `${sentences(0, 80).join(' ')} And its resolution\nresolution limits it.`],
  ])('leaves a long line whole where it has %s', (_, text) => {
    const firstLineEnd = text.indexOf('\n');
    const longLine = text.startsWith('Name') ? [firstLineEnd + 1, text.length] : [0, firstLineEnd === -1 ? text.length : firstLineEnd];
    const cuts = splitChunks(text, TARGET).map(([start]) => start);
    expect(cuts.filter((cut) => cut > longLine[0]! && cut < longLine[1]!)).toEqual([]);
  });

  it('never cuts inside brackets near the text’s start', () => {
    const text = `It ran on and on (for a while. Then it stopped) and went on. ${sentences(0, 80).join(" ")}`;
    const cuts = splitChunks(text, 20).map(([start]) => start);
    expect(cuts.filter((cut) => cut > text.indexOf('(') && cut < text.indexOf(')'))).toEqual([]);
    expect(cuts.length).toBeGreaterThan(2);
  });

  it('never cuts a loop of sentences, on lines or in one line', () => {
    for (const separator of ['\n', ' ']) {
      const loop = Array.from({ length: 30 }, () => 'Thank you for watching.');
      const text = [...sentences(0, 4), ...loop, ...sentences(100, 20)].join(separator);
      const first = text.indexOf('Thank');
      const last = text.lastIndexOf('Thank');
      const cuts = splitChunks(text, TARGET).map(([start]) => start);
      expect(cuts.some((cut) => cut > first && cut <= last)).toBe(false);
      expect(cuts.length).toBeGreaterThan(2);
    }
  });

  it('leaves a text with no sentence end whole rather than cut it anywhere', () => {
    const text = 'a line\n'.repeat(200);
    expect(splitChunks(text, TARGET)).toEqual([[0, text.length]]);
  });
});

/** The pipeline's checks, compiled as the library does, and a cleaning of `text` with chunks of `target`. */
function cleanWith(text: string, target: number) {
  const lexicon = englishLexicon();
  const env = { fixThreshold: 0.75, lexicon, names: compileNames([], builtinNames(), lexicon) };
  const checks = FIXERS.map((fixer) => compileFixer(fixer, {}, env));
  return runPipeline(text, checks, { fixThreshold: 0.75, suggestThreshold: 0.4, maxPasses: 10, chunkTarget: target });
}

describe('chunked cleaning', () => {
  // Each once came out differently chunked than whole (a second read found them): the chunk was cut where a
  // fixer reads across the cut.
  const filler = (n: number, word = 'Line'): string => Array.from({ length: n }, (_, i) => `${word} ${i} reports item number ${i} in full.`).join('\n');
  // A sentence of 1,100 characters with nothing repeated inside it: numbered clauses.
  const longSentence = `Afterwards ${Array.from({ length: 60 }, (_, i) => `clause ${i + 1} was read`).join(', ')}.`;
  const veryLongSentence = `Afterwards ${Array.from({ length: 200 }, (_, i) => `clause ${i + 1} was read`).join(', ')}.`;
  it.each([
    ['a quote open over lines', '“Well, I never did.\nNobody ever told me that.\nNot once. ”'],
    ['an abbreviation at a line end', 'The workshop will begin at 10 a.m.\nThe workshop will begin at 10 a.m.\nand end at 3 p.m.\nin the auditorium.'],
    ['a loop of a sentence over 1,000 characters', `${longSentence}\n${longSentence}`],
    ['aligned columns', 'Red   apples are red.\nBlue  skies are blue.\nGreen grass is green.'],
    // Brown's j02: a chunk's first line reads as a heading, which keeps the word the next line repeats.
    // Found by generated text (loops with a lead word, quotes over sentences): each came out otherwise chunked.
    ['a sentence echoed after a lead word', 'Everyone was there to see him, wishing him a speedy recovery with his family.\nAnd wishing him a speedy recovery with his family.\nAnd wishing him a speedy recovery with his family.'],
    ['a straight quote open over lines', 'He wrote to us at the end of the long and rainy week. "We stayed in the old house by the river all summer.\nBut but nobody came to see us there that year." She read it twice.'],
    // A second round, read against the loops' own comparison: each came out otherwise chunked too.
    ['a loop copy in quotes', 'We will be right back.\n“We will be right back.”\nThe show goes on.'],
    ['a loop copy in brackets', 'We will be right back.\n(We will be right back.)\nThe show goes on.'],
    ['an echo with a short shared tail', 'He said they had a very good time.\nAnd then they had a very good time.\nAnd then they had a very good time.'],
    // Apart past their first word: a copy apart only in its first gap also reads as an echo after a lead.
    ['copies apart in their white space', 'Some sentence is here. We will\nbe right back.\nWe will be right back.\nWe will be\u00a0right back.\nWe will be right back.'],
    ['a loop of a sentence over 4,096 characters', `${veryLongSentence}\n${veryLongSentence}`],
    ['a loop of a sentence with a mark inside', 'Wow! — that was great.\nWow! — that was great.\nThe show goes on.'],
    // A third round: a title at a line's end, an echo in quotes, a Greek capital sigma.
    ['a title at a line end', 'They saw Mrs.\nSmith at the market.\nThey saw Mrs.\nSmith at the market.\nRed vs.\nBlue won it all today.\nRed vs.\nBlue won it all today.'],
    ['an echo in quotes after a lead word', 'He said they had a very good time.\n“And then they had a very good time.”\n“And then they had a very good time.”'],
    ['a copy in capitals ending on sigma', 'We saw the sign οδος.\nWe saw the sign ΟΔΟΣ.\nThe show goes on.'],
    // A fourth round: the loops' run of lines, opened before the cut by a sentence over a line break.
    ['a run of lines opened before the cut', 'so\nThank you.\nWe will be right back.\nWe will be right back.\n...and then'],
    ['a run of lines opened by a title', 'They saw Mrs.\nSmith at the market.\nWe will be right back.\nWe will be right back.\n...and then'],
    ['a line like a heading', 'The integrals are listed below.\nTheoretical discussion of paraxial device resolution\nresolution limitations in a single stage\nThe resolution is given by the optics.'],
  ])('cleans %s as the whole text would', (_, risky) => {
    const head = `${filler(30)}\n`;
    const text = `${head}${risky}\n${filler(20, 'Row')}`;
    // A first chunk sought from each line end inside the risky lines: a cut there, if made, would show.
    const lineEnds = [...risky.matchAll(/\n/g)].map((match) => head.length + match.index - 3);
    for (const target of lineEnds) {
      const chunked = cleanWith(text, target);
      const whole = cleanWith(text, Infinity);
      expect(chunked.output).toBe(whole.output);
      expect(chunked.changes).toEqual(whole.changes);
    }
  });

  it.each([
    ['a quote open over sentences', '“Well, I never did. Nobody ever told me that. Not once. ”'],
    ['abbreviations and initials', 'The workshop will begin at 10 a.m. The workshop will begin at 10 a.m. and end at 3 p.m. Dr. Ames and J. Ames and Gen. Ames came.'],
    ['a loop of a sentence over 1,000 characters', `${longSentence} ${longSentence}`],
    ['a loop of short sentences', 'Thank you. Thank you. Thank you. Thank you. Thank you.'],
    ['a bracket across a sentence end', 'It ran ( for a while. Then it stopped) and Al Salvador went on.'],
    ['a sentence echoed after a lead word', 'Everyone was there to see him, wishing him a speedy recovery with his family. And wishing him a speedy recovery with his family. And wishing him a speedy recovery with his family.'],
    ['a straight quote open over sentences', 'He wrote to us at the end of the long and rainy week. "We stayed in the old house by the river all summer. But but nobody came to see us there that year." She read it twice.'],
    ['an echo with a short shared tail', 'He said they had a very good time. And then they had a very good time. And then they had a very good time.'],
    ['copies apart in a no-break space', 'We will be\u00a0right back. We will be right back.'],
    ['a loop of a sentence over 4,096 characters', `${veryLongSentence} ${veryLongSentence}`],
    ['a loop of a sentence with a mark inside', 'Wow! — that was great. Wow! — that was great.'],
    ['a copy in capitals ending on sigma', 'We saw the sign οδος. We saw the sign ΟΔΟΣ.'],
    ['guillemets open over sentences', 'He wrote to us at the end of the long and rainy week. «We stayed in the old house by the river all summer. But but nobody came to see us there that year.» She read it twice.'],
  ])('cleans %s inside one long line as the whole line would', (_, risky) => {
    const head = `${filler(30).replace(/\n/g, ' ')} `;
    const text = `${head}${risky} ${filler(80, 'Row').replace(/\n/g, ' ')}`;
    // A first chunk sought from each sentence end inside the risky part: a cut there, if made, would show.
    const marks = [...risky.matchAll(/[.!?] /g)].map((match) => head.length + match.index - 3);
    const whole = cleanWith(text, Infinity);
    for (const target of [head.length - 3, ...marks]) {
      const chunked = cleanWith(text, target);
      expect(chunked.output).toBe(whole.output);
      expect(chunked.changes).toEqual(whole.changes);
      expect(chunked.suggestions).toEqual(whole.suggestions);
    }
  });

  it('cleans real text on one line exactly as if it were one chunk', () => {
    // Brown's first files as one line, and a sentence looping in it as a transcript's would.
    const loop = Array.from({ length: 12 }, () => 'And that is why we came back here.').join(' ');
    const text = brownFiles().slice(0, 12).map((file) => brownText(file).replace(/\s*\n\s*/g, ' ').trim()).join(` ${loop} `);
    expect(text).not.toContain('\n');
    expect(splitChunks(text, 4_096).length).toBeGreaterThan(20);
    const chunked = cleanWith(text, 4_096);
    const whole = cleanWith(text, Infinity);
    expect(chunked.output).toBe(whole.output);
    expect(chunked.changes).toEqual(whole.changes);
    expect(chunked.suggestions).toEqual(whole.suggestions);
    expect(chunked.output.match(/And that is why we came back here\./g)?.length).toBeLessThan(12);
  });

  it('cleans real text in one-paragraph-a-line layout exactly as if it were one chunk', () => {
    const lexicon = englishLexicon();
    const env = { fixThreshold: 0.75, lexicon, names: compileNames([], builtinNames(), lexicon) };
    const checks = FIXERS.map((fixer) => compileFixer(fixer, {}, env));
    // Brown with its blank lines gone, and one sentence looping over lines as a transcript's would.
    const loop = Array.from({ length: 12 }, () => 'And that is why we came back here.').join('\n');
    const text = brownFiles().slice(0, 12).map((file) => brownText(file).replace(/\n\s*\n/g, '\n')).join(`\n${loop}\n`);
    const options = { fixThreshold: 0.75, suggestThreshold: 0.4, maxPasses: 10 };
    const chunked = runPipeline(text, checks, { ...options, chunkTarget: 4_096 });
    const whole = runPipeline(text, checks, { ...options, chunkTarget: Infinity });
    expect(splitChunks(text, 4_096).length).toBeGreaterThan(20);
    expect(chunked.output).toBe(whole.output);
    expect(chunked.changes).toEqual(whole.changes);
    expect(chunked.output.match(/And that is why we came back here\./g)?.length).toBeLessThan(12);
  });
});

describe('facts made from chunk parts', () => {
  it('makes a part again only for the chunks an edit changed', () => {
    const made: string[] = [];
    const countXs = (chunk: string): number => {
      made.push(chunk);
      return chunk.split('x').length - 1;
    };
    // A check that reads the document's count of x and turns each "x!" into "y!" while it sees three or more.
    const check: Check = (doc, context) => {
      const xs = context.memo('xs', (whole) => whole.chunkParts('xs', countXs).reduce((sum, n) => sum + n, 0));
      if (xs < 3) return [];
      const at = doc.text.indexOf('x!');
      if (at === -1) return [];
      const range: Range = [at, at + 2];
      return [{ fixer: 'spacing', rule: 'x', message: 'x', range, expected: ['y!'], fix: { range, text: 'y!' }, confidence: 0.9 }];
    };
    const paragraphs = [`${sentences(0, 2).join(' ')} x!`, `${sentences(10, 2).join(' ')} x x`, 'Last x.'];
    const text = paragraphs.join('\n\n');
    const result = runPipeline(text, [check], { fixThreshold: 0.75, suggestThreshold: 0.4, maxPasses: 10, chunkTarget: 60 });
    expect(result.output).toBe(text.replace('x!', 'y!'));
    // Three chunks at first, then only the one that changed.
    expect(splitChunks(text, 60)).toHaveLength(3);
    expect(made).toHaveLength(4);
    expect(made[3]).toContain('y!');
  });
});
