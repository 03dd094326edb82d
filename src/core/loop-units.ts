/**
 * What the sentence loops (`fixers/repeats/sentence-loop.ts`, `segments.ts`) compare, in one place: the
 * cuts that must never split a loop (`loop-cuts.ts`) read units the same way, so the two cannot drift.
 */

/** . ! ? … end a sentence before white space. */
export const SENTENCE_MARKS: ReadonlySet<number> = new Set([46, 33, 63, 0x2026]);
/** Full stops of Chinese and Japanese, which need no space after them: 你只能选择两个。你只能选择两个。 */
export const CJK_FULL_STOPS: ReadonlySet<number> = new Set([0x3002, 0xff01, 0xff1f]);
/** Quote marks and brackets a unit is compared without at its start (“ " ‘ ( [ « „) and end (” " ’ ) ] »). */
export const UNIT_OPENING: ReadonlySet<number> = new Set([0x201c, 34, 0x2018, 40, 91, 0xab, 0x201e]);
export const UNIT_CLOSING: ReadonlySet<number> = new Set([0x201d, 34, 0x2019, 41, 93, 0xbb]);
/** Words a looped sentence may have before the words it shares with the sentence it echoes: "And", "Therefore ,". */
export const ECHO_LEAD = 2;
/** Words a looped sentence must share with the one it echoes. */
export const MIN_ECHO = 4;

/** Whether the character code ends a sentence: . ! ? … or a CJK full stop. */
export function isTerminalMark(code: number): boolean {
  return SENTENCE_MARKS.has(code) || CJK_FULL_STOPS.has(code);
}
