import { describe, expect, it } from 'vitest';
import { markdownStructure } from '../../src/formats/markdown.js';
import { parseSubtitles } from '../../src/formats/subtitles.js';
import { detectSyntax, unmangle } from '../../src/index.js';
import { applyChanges } from '../helpers/fixer-cases.js';
import { readSrt, readVtt } from '../helpers/subtitle-oracle.js';

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

  it('reads disable comments in Markdown only: in plain text they are text like any other', () => {
    const text = '<!-- unmangle-disable -->\nIt was was late.\n<!-- unmangle-enable -->\n';
    expect(unmangle(text).output).toBe('<!-- unmangle-disable -->\nIt was late.\n<!-- unmangle-enable -->\n');
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

  it('keeps two or three identical short cues, which people say, and drops a fourth on', () => {
    expect(unmangle(srt(['Yes.', 'Yes.', 'Then we left.']), { syntax: 'srt' }).output).toBe(srt(['Yes.', 'Yes.', 'Then we left.']));
    expect(unmangle(srt(['Yes.', 'Yes.', 'Yes.', 'Yes.', 'Then we left.']), { syntax: 'srt' }).output).toBe(srt(['Yes.', 'Then we left.']).replace('00:00:01,000 --> 00:00:01,900', '00:00:04,000 --> 00:00:04,900'));
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

describe('rolling captions', () => {
  // YouTube's automatic captions: each word-timed cue is held for 10 ms, and the next cue repeats it.
  const input = [
    'WEBVTT\nKind: captions\n',
    '00:00:01.000 --> 00:00:03.000 align:start position:0%\n \nwelcome<00:00:01.500><c> everyone</c><00:00:02.000><c> to</c><00:00:02.500><c> the</c><00:00:02.700><c> show</c>\n',
    '00:00:03.000 --> 00:00:03.010 align:start position:0%\nwelcome everyone to the show\n \n',
    '00:00:03.010 --> 00:00:05.000 align:start position:0%\nwelcome everyone to the show\ntonight<00:00:03.500><c> we</c><00:00:04.000><c> talk</c>\n',
  ].join('\n');

  it('keeps the word-timed line, drops the held cue and the repeated first line, never a blank line in a cue', () => {
    const result = unmangle(input, { syntax: 'vtt' });
    expect(result.output).toBe(input.replace('00:00:03.000 --> 00:00:03.010 align:start position:0%\nwelcome everyone to the show\n \n\n', '').replace('position:0%\nwelcome everyone to the show\ntonight', 'position:0%\ntonight'));
    expect(readVtt(result.output).errors).toEqual(readVtt(input).errors);
    expect(readVtt(result.output).cues.map((cue) => cue.start)).toEqual([1, 3.01]);
    expect(applyChanges(result)).toBe(result.output);
  });

  it('reads lines of one space as cue text, as WebVTT does, not as the end of the cue', () => {
    const cues = parseSubtitles(input, 'vtt').filter((block) => block.cue);
    expect(cues).toHaveLength(3);
  });

  it('takes a line an edit empties out with its line break, in SRT too', () => {
    const srt = '1\n00:00:01,000 --> 00:00:02,000\ntalks began today\n\n2\n00:00:02,000 --> 00:00:03,000\ntalks began today\nin Geneva\n';
    const { output } = unmangle(srt, { syntax: 'srt' });
    expect(output).toBe('1\n00:00:01,000 --> 00:00:02,000\ntalks began today\n\n2\n00:00:02,000 --> 00:00:03,000\nin Geneva\n');
    expect(readSrt(output).errors).toEqual([]);
  });
});

describe('whisper console output', () => {
  const lines = (texts: string[]): string => texts.map((text, i) => `[00:00:0${i}.000 --> 00:00:0${i}.900]   ${text}\n`).join('');

  it('removes looped lines whole and keeps the timing and the column after it byte for byte', () => {
    const input = lines(['He has never done a single thing.', 'He has never done a single thing.', 'He has never done a single thing.', 'Then we left.']);
    const result = unmangle(input, { syntax: 'whisper' });
    expect(result.output).toBe('[00:00:00.000 --> 00:00:00.900]   He has never done a single thing.\n[00:00:03.000 --> 00:00:03.900]   Then we left.\n');
    expect(applyChanges(result)).toBe(result.output);
  });

  it('finds a sentence looping across lines, and empties the lines it covers', () => {
    const input = lines(['Und ich habe immer den iPod mit mir. Und ich habe immer den', 'iPod mit mir. Und ich habe immer den iPod mit mir.', 'Danke.']);
    expect(unmangle(input, { syntax: 'whisper' }).output).toBe(lines(['Und ich habe immer den iPod mit mir.', 'x', 'Danke.']).replace(/\[00:00:01[^\n]*\n/, ''));
  });

  it('fixes a stutter inside a line and leaves the others alone', () => {
    const input = lines(['we went to the the market', 'and bought bread']);
    expect(unmangle(input, { syntax: 'whisper' }).output).toBe(lines(['we went to the market', 'and bought bread']));
  });

  it('reads the variants: -> arrows, minutes only, seconds with an s, a dash, a clock without brackets', () => {
    for (const stamp of ['[00:00.000 --> 00:02.000]', '[43:51.000 -> 44:48.720]', '[12.34s -> 15.67s]', '[0.0 - 10.28]：', '00:00:00->00:00:29：']) {
      const input = `${stamp}  Yes.\n${stamp}  Yes.\n${stamp}  Yes.\n${stamp}  Yes.\n`;
      expect(unmangle(input, { syntax: 'whisper' }).output).toBe(`${stamp}  Yes.\n`);
    }
  });

  it('is detected only when every line that is not blank is timed', () => {
    expect(detectSyntax(lines(['a', 'b']))).toBe('whisper');
    expect(detectSyntax(`${lines(['a', 'b'])}a note of mine\n`)).toBe('text');
    expect(detectSyntax(lines(['a']))).toBe('text');
    expect(detectSyntax('[1] a footnote\n[2] another\n')).toBe('text');
    expect(detectSyntax('10:00 -> 11:00 meeting\n11:00 -> 12:00 lunch\n')).toBe('text');
    expect(detectSyntax('09:00 -> 10:00: Standup\n10:00 -> 11:00: Standup\n')).toBe('text');
    expect(detectSyntax('[1-3] See the first section.\n[4-6] See the first section.\n')).toBe('text');
  });

  it('keeps the file ending without a line break when its last line goes', () => {
    const input = '[00:00:00.000 --> 00:00:01.000]  Thank you.\n[00:00:01.000 --> 00:00:02.000]  Thank you.\n[00:00:02.000 --> 00:00:03.000]  Thank you.\n[00:00:03.000 --> 00:00:04.000]  Thank you.';
    expect(unmangle(input, { syntax: 'whisper' }).output).toBe('[00:00:00.000 --> 00:00:01.000]  Thank you.');
  });
});

describe('what a repeat leaves of a cue', () => {
  it('hands the markup of a line it empties to the next line, never dropping an opening tag', () => {
    const input = 'WEBVTT\n\n00:00:01.000 --> 00:00:02.000\ntalks began today\n\n00:00:02.000 --> 00:00:03.000\n<i>talks began today\nand went on all night</i>\n';
    const { output } = unmangle(input, { syntax: 'vtt' });
    expect(output).toBe(input.replace('<i>talks began today\nand', '<i>and'));
    expect(readVtt(output).errors).toEqual([]);
  });

  it('removes markup the edits emptied', () => {
    const input = '1\n00:00:01,000 --> 00:00:02,000\ntalks went fine\n<b>talks went fine</b>\n';
    expect(unmangle(input, { syntax: 'srt' }).output).toBe('1\n00:00:01,000 --> 00:00:02,000\ntalks went fine\n');
  });

  it('keeps a file without a final line break without one when its last cue goes, CRLF included', () => {
    const srt = '1\n00:00:01,000 --> 00:00:02,000\nAnd that is what we saw.\n\n2\n00:00:02,000 --> 00:00:03,000\nAnd that is what we saw.';
    expect(unmangle(srt, { syntax: 'srt' }).output).toBe('1\n00:00:01,000 --> 00:00:02,000\nAnd that is what we saw.');
    const console = '[00:00:01.000 --> 00:00:03.000]  Hello.\r\n[00:00:03.000 --> 00:00:04.000]  And that is what we saw.\r\n[00:00:04.000 --> 00:00:05.000]  And that is what we saw.';
    expect(unmangle(console, { syntax: 'whisper' }).output).toBe('[00:00:01.000 --> 00:00:03.000]  Hello.\r\n[00:00:03.000 --> 00:00:04.000]  And that is what we saw.');
  });

  it('renumbers only the cues after a removed one, from the number before it', () => {
    const input = '10\n00:00:01,000 --> 00:00:02,000\nWe saw it all.\n\n11\n00:00:02,000 --> 00:00:03,000\nWe saw it all.\n\n12\n00:00:03,000 --> 00:00:04,000\nThen we left.\n';
    expect(unmangle(input, { syntax: 'srt' }).output).toBe('10\n00:00:01,000 --> 00:00:02,000\nWe saw it all.\n\n11\n00:00:03,000 --> 00:00:04,000\nThen we left.\n');
  });

  it('finishes on a cue line of 40,000 unclosed <, which a markup scan from every < made quadratic', () => {
    const input = `1\n00:00:01,000 --> 00:00:02,000\n${'a <'.repeat(40_000)}\n`;
    expect(unmangle(input, { syntax: 'srt' }).output).toBe(input);
  });
});
