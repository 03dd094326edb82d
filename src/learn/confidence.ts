import { editDistance } from '../match/fuzzy.js';
import { phoneticSimilarity } from '../match/phonetic.js';
import type { Spelling } from '../match/spellings.js';
import type { SpellingRecord } from './corpus-census.js';

/** A spelling of the corpus with its record. */
export interface CorpusSpelling extends Spelling {
  readonly record: SpellingRecord;
}

/**
 * How sure it is that `variant` is a slip for `name`, 0..1. What counts, in order of weight: how much more
 * often the name is written (a slip is rare beside its name; a spelling written as often is meant); whether
 * the variant occurs in files that also write the name (a garble sits beside the right spelling in the
 * same article, another person usually does not); and how close the two are (the same Metaphone sound, a
 * letter apart, rather than only another romanisation or two letters). A variant seen only where a
 * sentence opens may be an ordinary word, and one written several times in a file without the name is
 * more likely another name.
 */
export function variantConfidence(variant: CorpusSpelling, name: CorpusSpelling, nameIsListed: boolean): number {
  const dominance = nameIsListed ? 1 : 1 - variant.count / name.count;
  const { shared, repeatedAlone } = together(variant.record, name.record);
  const besideName = shared / variant.record.files.length;
  let score = 0.35 + 0.35 * dominance + 0.3 * besideName;
  if (phoneticSimilarity(variant.keys, name.keys) < 1) score *= 0.9;
  if (editDistance(variant.folded, name.folded) > 1) score *= 0.9;
  if (variant.record.initial === variant.record.count) score *= 0.8;
  // The last letter carries a name's case, gender or another name (Zelenska, Pohly beside Pohl, Lorde).
  if (differsAtEnd(variant.folded, name.folded)) score *= 0.85;
  // Short names are close to many others (Marr beside Mary).
  if (variant.folded.length < 5) score *= 0.85;
  if (repeatedAlone) score *= 0.8;
  return Math.round(score * 100) / 100;
}

/** How many of the variant's files also have the name, and whether it is written twice in a file without it. */
function together(variant: SpellingRecord, name: SpellingRecord): { shared: number; repeatedAlone: boolean } {
  let shared = 0;
  let repeatedAlone = false;
  let j = 0;
  for (let i = 0; i < variant.files.length; i++) {
    const file = variant.files[i]!;
    while (j < name.files.length && name.files[j]! < file) j++;
    if (name.files[j] === file) shared++;
    else if (variant.countsInFiles[i]! > 1) repeatedAlone = true;
  }
  return { shared, repeatedAlone };
}

/** Whether the two differ only in their last letter, or by a letter added or dropped at the end. */
function differsAtEnd(a: string, b: string): boolean {
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common++;
  return common >= Math.min(a.length, b.length) - 1;
}
