import type { Lexicon } from '../glossary/types.js';
import { fold } from '../match/normalize.js';
import { soundKeysCache } from '../match/phonetic.js';
import { areOneName, bySound, hasNameShape } from '../match/spellings.js';
import { variantConfidence, type CorpusSpelling } from './confidence.js';
import { CorpusCensus } from './corpus-census.js';

export interface LearnSettings {
  readonly lexicon: Lexicon;
  /** A word of a name already known, folded (built-in or the glossary's): never taken for a slip of another. */
  readonly isNameWord: (folded: string) => boolean;
  /** The one-word names of an existing glossary: a listed name is a name, whatever the counts say. */
  readonly listedNames?: ReadonlySet<string>;
  /** Its variants, folded: already taken care of, so neither proposed again nor a name of their own. */
  readonly listedVariants?: ReadonlySet<string>;
  /** A name written fewer times than this is not proposed (a listed one is, however rarely written). */
  readonly minCount: number;
  /** A variant scored below this is left out. */
  readonly minConfidence: number;
}

/** A spelling that is, or may be, one of a cluster. */
interface Candidate extends CorpusSpelling {
  readonly listed: boolean;
  /** An English word capitalised as a name here (never lower case): a name, but never a slip. */
  readonly word: boolean;
  /** Why it is a name of its own, if it is: a dictionary's proper noun, a built-in or glossary name. */
  readonly known: string | null;
  /** A blocker is a capitalised ordinary word: never a name here, but a slip near it may be a slip of it. */
  role: 'head' | 'variant' | 'none' | 'blocker';
  readonly variants: Candidate[];
}

/** A name and the spellings of it proposed as its variants. */
export interface Cluster {
  readonly name: CorpusSpelling;
  readonly variants: readonly { readonly spelling: CorpusSpelling; readonly confidence: number }[];
  /** The lowest of its variants' confidences: an entry is as sure as its weakest variant. */
  readonly confidence: number;
}

/** A pair that sounds and spells alike but is not proposed, and why. */
export interface LeftOut {
  readonly name: CorpusSpelling;
  readonly variant: CorpusSpelling;
  readonly reason: string;
}

/**
 * The corpus's clusters of spellings of one name, surest first, and the pairs left out. Spellings are
 * taken most written first (a listed name before all): each one a letter or two off exactly one name ahead
 * of it (`areOneName`, the judgement a document makes) becomes its variant, unless it is a name or a word
 * of its own; one off two names is left out, as is one written as often as the name.
 */
export function clusterSpellings(census: CorpusCensus, settings: LearnSettings): { clusters: Cluster[]; leftOut: LeftOut[] } {
  const candidates = candidatesOf(census, settings);
  const groups = bySound(candidates);
  const rank = new Map(candidates.map((candidate, i) => [candidate, i]));
  const leftOut: LeftOut[] = [];
  const leave = (variant: Candidate, name: Candidate, reason: string): void => {
    if (name.listed || name.count >= settings.minCount) leftOut.push({ name, variant, reason });
  };
  for (const form of candidates) {
    if (form.role === 'blocker') continue;
    const partners = new Set<Candidate>();
    for (const key of new Set(form.keys)) for (const other of groups.get(key)!) if (other !== form && areOneName(form, other)) partners.add(other);
    const ahead = [...partners].filter((other) => rank.get(other)! < rank.get(form)! && (other.listed || other.count > form.count));
    const heads = ahead.filter((other) => other.role === 'head');
    const rivals = ahead.filter((other) => other.role === 'head' || other.role === 'blocker');
    if (form.listed || ahead.length === 0) {
      // Never capitalised mid-sentence, a word may be a name or not: no name is learned from it.
      if (!form.listed && CorpusCensus.midSentence(form.record) === 0) {
        form.role = 'blocker';
        continue;
      }
      form.role = 'head';
      const tied = [...partners].filter((other) => rank.get(other)! > rank.get(form)! && other.count === form.count && other.role !== 'blocker' && !other.listed);
      for (const other of tied) leave(other, form, `written as often (${form.count}×) as ${form.stem}`);
    } else if (heads.length > 0 && rivals.length > 1) {
      const others = rivals.filter((rival) => rival !== heads[0]).map((rival) => rival.stem);
      leave(form, heads[0]!, `also a letter or two from ${others.join(', ')}`);
    } else if (heads.length === 1 && !form.word) {
      if (form.known) leave(form, heads[0]!, form.known);
      else {
        form.role = 'variant';
        heads[0]!.variants.push(form);
      }
    }
  }
  const clusters: Cluster[] = [];
  for (const head of candidates) {
    if (head.role !== 'head' || head.variants.length === 0 || (head.count < settings.minCount && !head.listed)) continue;
    const scored = head.variants.map((spelling) => ({ spelling, confidence: variantConfidence(spelling, head, head.listed) }));
    for (const weak of scored.filter((variant) => variant.confidence < settings.minConfidence)) {
      leave(weak.spelling, head, `confidence ${weak.confidence.toFixed(2)}, below ${settings.minConfidence}`);
    }
    const variants = scored.filter((variant) => variant.confidence >= settings.minConfidence);
    if (variants.length > 0) clusters.push({ name: head, variants, confidence: Math.min(...variants.map((variant) => variant.confidence)) });
  }
  clusters.sort((a, b) => b.confidence - a.confidence || b.name.count - a.name.count || (a.name.stem < b.name.stem ? -1 : 1));
  return { clusters, leftOut };
}

/**
 * The spellings that may be names, in the order they are judged. An ordinary word of this corpus is only a
 * blocker: one written in lower case more often than with a capital mid-sentence ("Dontcha" opening lines
 * beside "dontcha"), or an English word not consistently capitalised ("Brown" beside "brown").
 */
function candidatesOf(census: CorpusCensus, settings: LearnSettings): Candidate[] {
  const keysOf = soundKeysCache();
  const candidates: Candidate[] = [];
  for (const [stem, record] of census.spellings) {
    const folded = fold(stem);
    if (!hasNameShape(stem) || settings.listedVariants?.has(folded)) continue;
    const listed = settings.listedNames?.has(stem) ?? false;
    const lower = census.lowercase.get(folded) ?? 0;
    const mid = CorpusCensus.midSentence(record);
    const word = settings.lexicon.isWord(stem.toLowerCase());
    const ordinary = !listed && (lower > mid || (word && !(mid >= 3 && lower * 10 <= mid)));
    const known = listed || settings.isNameWord(folded) ? 'a name of its own (built-in or the glossary’s)' : settings.lexicon.isKnownName(stem) ? 'a name a dictionary knows' : null;
    const keys = keysOf(stem);
    // Metaphone reads no other script: compared by sound, every such word would meet every other.
    if (keys[0] === '') continue;
    candidates.push({ stem, folded, count: record.count, keys, record, listed, word, known, role: ordinary ? 'blocker' : 'none', variants: [] });
  }
  const midOf = (candidate: Candidate): number => CorpusCensus.midSentence(candidate.record);
  return candidates.sort((a, b) => Number(b.listed) - Number(a.listed) || b.count - a.count || midOf(b) - midOf(a) || (a.stem < b.stem ? -1 : 1));
}
