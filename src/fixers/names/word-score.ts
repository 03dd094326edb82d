import { editDistance, PHONETIC_WEIGHT, scoreWord, type WordScore } from '../../match/fuzzy.js';
import { sharesDaitchMokotoff, type SoundKeys } from '../../match/phonetic.js';
import { nameForm } from './doubt.js';

/**
 * How close a word of the text is to a word of a name. Metaphone's sound and the spelling, raised to
 * "sounds the same" when the word is another form of the name (Irpen, Bakhmutom), or when Daitch–Mokotoff
 * hears the two alike (Hostomel, Gostomel: 554860) and either the word stands in a phrase of the name's
 * words (Aidin Eislin for Aiden Aslin) or it is one letter off a name no dictionary knows (Alwin is not
 * Alvin). Alone and further off, Daitch–Mokotoff is
 * too coarse: as a full key it added 117 changes on Brown with a 1,000-name glossary.
 */
export function nameWordScore(folded: string, keys: SoundKeys, target: string, targetKeys: SoundKeys, context: { inPhrase: boolean; nameIsKnown: () => boolean }): WordScore {
  const found = scoreWord(folded, keys, target, targetKeys);
  if (found.phonetic === 1) return found;
  const alike = sharesDaitchMokotoff(keys, targetKeys) && (context.inPhrase || (editDistance(folded, target) <= 1 && !context.nameIsKnown()));
  const form = nameForm(folded, target) ?? (alike ? 'daitch-mokotoff' : null);
  return form ? { edit: found.edit, phonetic: 1, score: PHONETIC_WEIGHT + (1 - PHONETIC_WEIGHT) * found.edit, form } : found;
}
