import { PHONETIC_WEIGHT, scoreWord, type WordScore } from '../../match/fuzzy.js';
import { isTransliterationSlip } from '../../match/transliteration.js';
import { sharesDaitchMokotoff, type SoundKeys } from '../../match/phonetic.js';
import { nameForm } from './doubt.js';

/** What a word's score may consult beyond the two spellings. */
export interface WordContext {
  /** The word stands in a phrase of the name's words ("Aidin Eislin" for "Aiden Aslin"). */
  readonly inPhrase: boolean;
  /** The name's word is one a dictionary knows (Alvin): it has namesakes. */
  readonly nameIsKnown: () => boolean;
  /** The word of the text is one a dictionary knows (Walsh): someone of their own. */
  readonly wordIsKnown: () => boolean;
}

/**
 * How close a word of the text is to a word of a name. Metaphone's sound and the spelling, raised to
 * "sounds the same" when the word is another form of the name (Irpen, Bakhmutom), or when Daitch–Mokotoff
 * hears the two alike and the word is no name a dictionary knows, and either it stands in a phrase of the
 * name's words (Aidin Eislin for Aiden Aslin; not Tom Walsh for Tim Walz) or it is the name in another
 * romanisation (Gostomel for Hostomel, one letter its counterpart; not Newson for Newsom, nor Alwin for a
 * known Alvin). Alone and further off, Daitch–Mokotoff is too coarse: as a full key it added 117 changes
 * on Brown with a 1,000-name glossary.
 */
export function nameWordScore(folded: string, keys: SoundKeys, target: string, targetKeys: SoundKeys, context: WordContext): WordScore {
  const found = scoreWord(folded, keys, target, targetKeys);
  if (found.phonetic === 1) return found;
  const alike =
    sharesDaitchMokotoff(keys, targetKeys) &&
    !context.wordIsKnown() &&
    (context.inPhrase || (isTransliterationSlip(folded, target) && !context.nameIsKnown()));
  const form = nameForm(folded, target) ?? (alike ? 'daitch-mokotoff' : null);
  return form ? { edit: found.edit, phonetic: 1, score: PHONETIC_WEIGHT + (1 - PHONETIC_WEIGHT) * found.edit, form } : found;
}
