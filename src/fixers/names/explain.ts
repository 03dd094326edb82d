import type { NameEntry } from '../../glossary/types.js';
import type { Guess } from './guess.js';
import type { WordRun } from './word-run.js';

/** Where a name comes from: `glossary names.yaml:3` or `built-in demonym of El Salvador`. */
export function describeOrigin(entry: NameEntry): string {
  return entry.source === 'built-in' ? `built-in ${entry.origin.description ?? 'name'}` : `glossary ${entry.origin.file}:${entry.origin.line}`;
}

const FORMS = {
  'case ending': 'the name with another case ending',
  vowel: 'the name with one vowel transliterated another way',
  'daitch-mokotoff': 'alike to Daitch–Mokotoff',
} as const;

/** Why a guess was made: each word that is not spelled right, with how it sounds and how it is spelled. */
export function describeGuess(run: WordRun, guess: Guess, actual: string, replacement: string): string {
  const words: string[] = [];
  let scored = 0;
  guess.targets.forEach((target, k) => {
    if (guess.name.connectors[target]) return;
    const score = guess.scores[scored++]!;
    if (score.score === 1) return;
    const sound = score.form ? FORMS[score.form] : `sound ${score.phonetic.toFixed(2)}`;
    words.push(`${run.stem(guess.start + k)}→${guess.name.words[target]} ${sound}, spelling ${score.edit.toFixed(2)}`);
  });
  return `\`${actual}\` sounds like \`${replacement}\` (${describeOrigin(guess.name.entry)}): ${words.join('; ')}; score ${guess.score.toFixed(2)}`;
}
