import { ENGLISH_WORDS } from '../data/english-words.generated.js';
import { useEnglishWords } from './lexicon.js';

// The word list as a data module, for the library (index.ts): it runs where there is no file to read.
useEnglishWords(() => ENGLISH_WORDS);
