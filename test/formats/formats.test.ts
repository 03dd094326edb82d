import { describe, expect, it } from 'vitest';
import { markdownStructure } from '../../src/formats/markdown.js';
import { parseSubtitles } from '../../src/formats/subtitles.js';
import { unmangle } from '../../src/index.js';
import { applyChanges } from '../helpers/fixer-cases.js';

const covered = (text: string, ranges: readonly (readonly [number, number])[]): string[] => ranges.map(([a, b]) => text.slice(a, b));

describe('markdownStructure', () => {
  it('finds code, inline code, HTML, front matter, destinations, definitions and footnote labels', () => {
    const text = [
      '---',
      'title: the the',
      '---',
      '',
      'Text with `code` and <b>bold</b> and [a link](https://x.com/a "t") and <https://y.org>.',
      '',
      '![alt text](pic.png)',
      '',
      '```',
      'the the',
      '```',
      '',
      'A note.[^1]',
      '',
      '[^1]: The note.',
      '',
      '[ref]: https://z.net',
    ].join('\n');
    expect(covered(text, markdownStructure(text))).toEqual([
      '---\ntitle: the the\n---',
      '`code`',
      '<b>',
      '</b>',
      '[',
      '](https://x.com/a "t")',
      '<https://y.org>',
      '![',
      '](pic.png)',
      '```\nthe the\n```',
      '[^1]',
      '[^1]: ',
      '[ref]: https://z.net',
    ]);
  });
});

describe('cleaning Markdown', () => {
  const clean = (text: string) => unmangle(text, { syntax: 'markdown' });

  it.each([
    ['code blocks', '```\nthe the\nAl Salvador\n```\n'],
    ['indented code', 'Text.\n\n    the the\n'],
    ['inline code', 'Run `the the` now.'],
    ['link destinations', '[the report](https://example.com/the/the)'],
    ['front matter', '---\ntitle: the the\n---\n\nText.\n'],
    ['HTML blocks', '<div>\nthe the\n</div>\n'],
    ['disabled regions', '<!-- unmangle-disable -->\nthe the\n<!-- unmangle-enable -->\n'],
    ['a word marked [sic]', 'The spokesman, Baukele [sic], spoke. Bukele and Bukele agreed.'],
  ])('leaves %s alone', (_, text) => {
    expect(clean(text).output).toBe(text);
  });

  it('cleans prose in headings, lists, quotes, tables, link text and alt text', () => {
    const text = '# The the title\n\n- a a item\n\n> the the quote\n\n| the the | x |\n| --- | --- |\n\n[the the](u) ![the the](p.png)\n';
    expect(clean(text).output).toBe('# The title\n\n- an item\n\n> the quote\n\n| the | x |\n| --- | --- |\n\n[the](u) ![the](p.png)\n');
  });

  it('reports changes that reproduce the output', () => {
    const result = clean('# Al Salvador\n\n```\nAl Salvador\n```\n\nIt was was fine.\n');
    expect(applyChanges(result)).toBe(result.output);
    expect(result.changes.map((c) => c.original)).toEqual(['Al Salvador', ' was']);
  });
});

describe('subtitles', () => {
  const srt = (cues: string[]): string => cues.map((text, i) => `${i + 1}\n00:00:0${i},000 --> 00:00:0${i},900\n${text}\n`).join('\n');

  it('removes a phrase looped over cues, drops the emptied cues and renumbers', () => {
    const input = srt(['We saw it.', 'And that is what we saw.', 'And that is what we saw.', 'And that is what we saw.', 'Then we left.']);
    const result = unmangle(input, { syntax: 'srt' });
    expect(result.output).toBe(srt(['We saw it.', 'And that is what we saw.', 'Then we left.']).replace('00:00:02,000 --> 00:00:02,900', '00:00:04,000 --> 00:00:04,900'));
    expect(applyChanges(result)).toBe(result.output);
    const blocks = parseSubtitles(result.output, 'srt');
    expect(blocks.map((block) => result.output.slice(...block.cue!.index!))).toEqual(['1', '2', '3']);
  });

  it('keeps indices, timestamps, cue settings, NOTE and STYLE blocks byte for byte', () => {
    const input = 'WEBVTT\n\nNOTE the the\n\nSTYLE\n::cue { color: red }\n\nid-1\n00:01.000 --> 00:02.000 align:start line:0\n<v Ann>It was was <i>fine</i>.\n';
    expect(unmangle(input, { syntax: 'vtt' }).output).toBe(input.replace('was was', 'was'));
  });

  it('fixes a repeat split over two cues without leaving a space behind', () => {
    const input = srt(['we went to the', 'the market']);
    expect(unmangle(input, { syntax: 'srt' }).output).toBe(srt(['we went to the', 'market']));
  });

  it('cleans again what a repeat cut at a cue boundary leaves, so a second run changes nothing', () => {
    // The fixers saw "Bukele the the Bukele Baukele" on one line; the file keeps the cue break after "the".
    const input = srt(['Bukele the', 'the Bukele Baukele the']);
    const result = unmangle(input, { syntax: 'srt' });
    expect(result.output).toBe(srt(['Bukele the', 'Bukele the']));
    expect(applyChanges(result)).toBe(result.output);
    expect(unmangle(result.output, { syntax: 'srt' }).changes).toEqual([]);
  });

  it('parses an SRT file into cue blocks that cover every byte', () => {
    const input = srt(['a', 'b\nc']);
    const blocks = parseSubtitles(input, 'srt');
    expect(blocks.map((b) => input.slice(...b.range)).join('')).toBe(input);
    expect(blocks.map((b) => input.slice(...b.cue!.text))).toEqual(['a', 'b\nc']);
  });

  it('keeps a block that is not a cue as it is', () => {
    const input = '1\n00:00:00,000 --> 00:00:01,000\nthe the\n\nnot a cue at all the the\n';
    expect(unmangle(input, { syntax: 'srt' }).output).toBe('1\n00:00:00,000 --> 00:00:01,000\nthe\n\nnot a cue at all the the\n');
  });
});
