import { applyEdits } from '../../core/apply-edits.js';
import type { Edit } from '../../core/types.js';
import { parseSubtitles } from '../../formats/subtitles.js';

/**
 * SRT cue numbers after a review: the engine renumbers the cues after a removed one (cue-finish.ts), but
 * which cues go is the reviewer's choice, so the numbers are worked out again from what was kept, by the
 * engine's rule: the cues before the first removed one keep their numbers, each after it is the one
 * before plus one. A cue is known across the two texts by its timing line, which no edit alters.
 */
export function renumberCues(input: string, output: string): string {
  const before = parseSubtitles(input, 'srt').flatMap((block) => (block.cue ? [block.cue] : []));
  const after = parseSubtitles(output, 'srt').flatMap((block) => (block.cue ? [block.cue] : []));
  const edits: Edit[] = [];
  let next = 0;
  let removed = false;
  let previous: number | null = null;
  for (const cue of after) {
    const timing = output.slice(...cue.timing);
    let found = next;
    while (found < before.length && input.slice(...before[found]!.timing) !== timing) found++;
    // A cue the input did not have: the numbers are left as they are from here on.
    if (found === before.length) break;
    removed ||= found > next;
    next = found + 1;
    if (!cue.index) continue;
    const [start, end] = cue.index;
    const digits = /\d+/.exec(output.slice(start, end))!;
    const number: number = removed ? (previous ?? 0) + 1 : Number(digits[0]);
    if (Number(digits[0]) !== number) edits.push({ range: [start + digits.index, start + digits.index + digits[0].length], text: String(number) });
    previous = number;
  }
  return applyEdits(output, edits).text;
}
