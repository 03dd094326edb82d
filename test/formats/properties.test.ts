import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSubtitles } from '../../src/formats/subtitles.js';
import { unmangle } from '../../src/index.js';
import { checkProperties } from '../helpers/invariants.js';
import { propertyRuns } from '../setup/fast-check.js';

const WORDS = ['the', 'the', 'a', 'hour', 'Al Salvador', 'Bukele', 'Baukele', 'was', 'was', 'and', 'saw', 'We saw it.', '“yes”', ',', '.', '😀', 'café', 'https://x.com/the/the'];
const prose = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 12 }).map((words) => words.join(' '));

/** Markdown built from prose and structure; the structure's exact text is returned to look for after. */
const markdown = fc
  .array(
    fc.oneof(
      prose.map((p) => ({ text: `${p}\n`, structure: [] as string[] })),
      prose.map((p) => ({ text: `\`\`\`\n${p}\n\`\`\`\n`, structure: [`\`\`\`\n${p}\n\`\`\``] })),
      prose.map((p) => ({ text: `Use \`${p}\` here.\n`, structure: [`\`${p}\``] })),
      fc.tuple(prose, fc.constantFrom('https://a.org/the/the', 'https://b.net/Al-Salvador')).map(([p, url]) => ({ text: `[${p}](${url})\n`, structure: [`](${url})`] })),
      prose.map((p) => ({ text: `<div>${p}</div>\n`, structure: [`<div>${p}</div>`] })),
    ),
    { maxLength: 6 },
  )
  .map((blocks) => ({ text: blocks.map((b) => b.text).join('\n'), structure: blocks.flatMap((b) => b.structure) }));

const timing = (i: number): string => `00:00:${String(i % 60).padStart(2, '0')},000 --> 00:00:${String(i % 60).padStart(2, '0')},500`;
const srt = fc.array(prose, { minLength: 1, maxLength: 8 }).map((cues) => cues.map((text, i) => `${i + 1}\n${timing(i)}\n${text}\n`).join('\n'));
const vtt = fc
  .array(prose, { minLength: 1, maxLength: 8 })
  .map((cues) => `WEBVTT\n\nNOTE the the stays\n\n${cues.map((text, i) => `c${i}\n00:00:0${i % 10}.000 --> 00:00:0${i % 10}.500 align:start\n${text}\n`).join('\n')}`);

const whisper = fc
  .array(fc.oneof(prose, fc.constant('Thank you.')), { minLength: 1, maxLength: 10 })
  .map((lines) => lines.map((text, i) => `[00:00:${String(i).padStart(2, '0')}.000 --> 00:00:${String(i).padStart(2, '0')}.900]  ${text}\n`).join(''));

const count = (text: string, part: string): number => text.split(part).length - 1;

describe('properties of structured documents', () => {
  it('Markdown: code, inline code, URLs and HTML come out byte for byte; changes reproduce the output', () => {
    fc.assert(
      fc.property(markdown, ({ text, structure }) => {
        expect(checkProperties(text, 'markdown')).toBeNull();
        const { output } = unmangle(text, { syntax: 'markdown' });
        for (const part of new Set(structure)) expect(count(output, part)).toBe(count(text, part));
      }),
      { numRuns: propertyRuns(200) },
    );
  });

  it.each([
    ['srt', srt],
    ['vtt', vtt],
  ] as const)('%s: timings are kept byte for byte, the output parses, cues stay numbered', (syntax, documents) => {
    fc.assert(
      fc.property(documents, (text) => {
        // Timings kept in order (cues may be dropped), changes reproduce the output, idempotent.
        expect(checkProperties(text, syntax)).toBeNull();
        const { output } = unmangle(text, { syntax });
        const cues = parseSubtitles(output, syntax).filter((block) => block.cue);
        expect(cues).toHaveLength(output.split('\n').filter((line) => line.includes('-->')).length);
        if (syntax === 'srt') expect(cues.map((block) => output.slice(...block.cue!.index!))).toEqual(cues.map((_, i) => String(i + 1)));
        else expect(output).toContain('NOTE the the stays');
      }),
      { numRuns: propertyRuns(200) },
    );
  });

  it('whisper console output: each line keeps its timing and alignment, or goes whole', () => {
    fc.assert(
      fc.property(whisper, (text) => {
        expect(checkProperties(text, 'whisper')).toBeNull();
        const { output } = unmangle(text, { syntax: 'whisper' });
        const lines = output.split('\n').filter(Boolean);
        for (const line of lines) expect(line).toMatch(/^\[00:00:\d\d\.000 --> 00:00:\d\d\.900\]  \S/);
        expect(output === '' || output.endsWith('\n')).toBe(true);
      }),
      { numRuns: propertyRuns(200) },
    );
  });
});
