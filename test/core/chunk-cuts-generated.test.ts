import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../src/core/engine.js';
import { compileFixer, FIXERS } from '../../src/fixers/index.js';
import { documentViews } from '../../src/formats/index.js';
import { builtinNames } from '../../src/glossary/builtin.js';
import { compileNames } from '../../src/glossary/compile.js';
import { englishLexicon } from '../../src/glossary/lexicon.js';
import '../../src/glossary/words-module.js';

// Subtitle files generated as a second reader generated them when it found a loop over lines cut apart:
// cues looping ("Thank you." over 20 cues), cues repeating the one before, damage the fixers repair, and
// cues that run a sentence on ("...and then"). Cleaned in small chunks, each must clean as it does whole.
const CUES = ['Thank you.', 'The the meeting starts now.', 'Al Salvador is far.', 'Baukele spoke today.', 'Bukele spoke today.', 'He ate a apple.',
  'We will be right back.', 'And we will be right back.', 'I  think so .', 'This is a long caption that goes on and on about the weather and the people who came to see it.',
  '<i>Music playing</i>', '- Yes.\n- No.', 'So so what?', 'It is 3.5 miles.', 'Go to https://x.org.', '...and then', 'He said "hello.'];

function subtitles(seed: number, count: number): string[] {
  const random = (n: number): number => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return Math.floor((seed / 0x80000000) * n);
  };
  const time = (s: number): string => `00:${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')},000`;
  return Array.from({ length: count }, () => {
    let previous = 'Hello there.';
    let looping = 0;
    const cues = Array.from({ length: 20 + random(40) }, (_, i) => {
      let text: string;
      if (looping > 0) {
        looping--;
        text = 'Thank you.';
      } else {
        const pick = random(10);
        if (pick === 0) (looping = 20), (text = 'Thank you.');
        else if (pick < 3) text = previous;
        else if (pick < 5) text = `Line ${random(1000)} reports item number ${random(1000)} in full.`;
        else text = CUES[random(CUES.length)]!;
      }
      previous = text;
      return `${i + 1}\n${time(i * 2)} --> ${time(i * 2 + 2)}\n${text}\n`;
    });
    return cues.join('\n');
  });
}

describe('chunked cleaning of generated subtitles', () => {
  const lexicon = englishLexicon();
  const env = { fixThreshold: 0.75, lexicon, names: compileNames([], builtinNames(), lexicon) };
  const checks = FIXERS.map((fixer) => compileFixer(fixer, {}, env));
  const clean = (text: string, chunkTarget: number) => runPipeline(text, checks, { fixThreshold: 0.75, suggestThreshold: 0.4, maxPasses: 10, chunkTarget }, documentViews('srt'));

  it('cleans each file in small chunks as it does whole', () => {
    for (const text of subtitles(1, 40)) {
      const whole = clean(text, Infinity);
      for (let target = 20; target <= 90; target += 7) {
        const chunked = clean(text, target);
        expect(chunked.output).toBe(whole.output);
        expect(chunked.changes).toEqual(whole.changes);
        expect(chunked.suggestions).toEqual(whole.suggestions);
      }
    }
  });
});
