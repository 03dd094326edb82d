import type { Keyboard } from '../../node/io-types.js';
import type { TriedAddition } from './glossary-write.js';
import { readLine } from './line-input.js';
import type { PendingAddition, Review, ReviewItem } from './queue.js';
import type { Screen } from './screen.js';

/** What reviewing one file needs from the run around it. */
export interface FileReview {
  /** The file as it is shown. */
  readonly name: string;
  readonly keys: Keyboard;
  readonly write: (text: string) => void;
  readonly screen: Screen;
  /** How `k` keeps a spelling: in a glossary, or with [sic] written after it. */
  readonly keep: 'glossary' | 'sic';
  /** The glossary `a` and `k` add to (asked for if need be); null when none was given. */
  readonly glossary: () => Promise<string | null>;
  /** A dry run of this addition: as it would be written (under the glossary's full name), or why it is refused. */
  readonly tryAddition: (addition: PendingAddition) => Promise<TriedAddition>;
}

const NAME_FIXERS = new Set(['names', 'name-consistency']);

/**
 * Ask about each item of one file until none is left ('done') or the reviewer quits ('quit'); the
 * decisions are in `review`. A signal (Ctrl-C) rejects from the keyboard and leaves them unwritten.
 */
export async function reviewFile(review: Review, session: FileReview): Promise<'done' | 'quit'> {
  const { keys, write, screen } = session;
  let drawn: number | null = null;
  for (;;) {
    const index = review.current();
    if (index === null) return 'done';
    const item = review.items[index]!;
    if (drawn !== index) write(screen.item(session.name, item, review.result.input, { index, total: review.items.length }));
    drawn = index;
    write(screen.prompt(item));
    const key = await keys.next();
    write(`${[...key].length === 1 ? key : ''}\n`);
    if (key === 'q') return 'quit';
    const note = await act(key, item, review, session);
    if (note) write(screen.note(note));
    if (key === 'u' || key === '?') drawn = null;
  }
}

/** Do what a key says; returns a line to show, if any. */
async function act(key: string, item: ReviewItem, review: Review, session: FileReview): Promise<string | null> {
  const { change } = item;
  switch (key) {
    case 'y':
      review.decide({ verdict: 'accept', replacement: change.replacement });
      return null;
    case 'n':
      review.decide({ verdict: 'reject' });
      return null;
    case 'e': {
      session.write(`current replacement: ${JSON.stringify(change.replacement)}\n`);
      const line = await readLine(session.keys, session.write, 'replace with (empty line: back): ');
      if (!line) return 'not edited';
      review.decide({ verdict: 'accept', replacement: line });
      return null;
    }
    case 'a':
      return addName(item, review, session);
    case 'k':
      return keepAsWritten(item, review, session);
    case 'A':
    case 'N': {
      const count = review.decideAllOfKind(key === 'A' ? 'accept' : 'reject');
      return `${key === 'A' ? 'accepted' : 'rejected'} ${count} ${change.fixer}/${change.rule} ${item.kind}${count === 1 ? '' : 's'}`;
    }
    case 'u': {
      const undone = review.undo().length;
      return undone === 0 ? 'nothing to undo in this file' : `undone (${undone} decision${undone === 1 ? '' : 's'})`;
    }
    case '?':
      session.write(session.screen.help(item));
      return null;
    default:
      return `${[...key].length === 1 ? `"${key}"` : key} does nothing here: ? lists the keys`;
  }
}

/** `a`: accept, and list the garble under the name in a glossary (written with the file). */
async function addName(item: ReviewItem, review: Review, session: FileReview): Promise<string | null> {
  const spelling = nameSpelling(item);
  if (spelling.problem) return spelling.problem;
  const name = oneLine(item.change.replacement);
  const garble = oneLine(item.change.original);
  if (name.toLowerCase() === garble.toLowerCase()) {
    review.decide({ verdict: 'accept', replacement: item.change.replacement });
    return `accepted; "${garble}" differs from "${name}" only in case, which is fixed without a glossary entry`;
  }
  const glossary = await session.glossary();
  if (glossary === null) return 'no glossary given: nothing added';
  const tried = await session.tryAddition({ glossary, addition: { name, variants: [garble] } });
  if ('refused' in tried) return `not added: ${tried.refused}`;
  if (tried.listed) {
    review.decide({ verdict: 'accept', replacement: item.change.replacement });
    return `accepted; "${garble}" is already listed under "${tried.addition.addition.name}": nothing to add`;
  }
  review.decide({ verdict: 'accept', replacement: item.change.replacement, addition: tried.addition });
  return `accepted; "${garble}" will be added under "${tried.addition.addition.name}" when this file is written`;
}

/** `k`: keep the text as written for good: ` [sic]` after it, or its spelling kept in a glossary. */
async function keepAsWritten(item: ReviewItem, review: Review, session: FileReview): Promise<string | null> {
  const original = item.change.original;
  if (session.keep === 'sic') {
    if (!/[\p{L}\p{N}]/u.test(original)) return 'there is no word here to mark [sic]: press n to reject the change';
    review.decide({ verdict: 'keep', sic: true });
    return 'kept; [sic] will be written after it';
  }
  const spelling = nameSpelling(item);
  if (spelling.problem) return spelling.problem;
  const glossary = await session.glossary();
  if (glossary === null) return 'no glossary given: nothing kept';
  const kept = oneLine(original);
  const tried = await session.tryAddition({ glossary, addition: { name: kept, keep: true } });
  if ('refused' in tried) return `not kept: ${tried.refused}`;
  if (tried.listed) {
    review.decide({ verdict: 'keep', sic: false });
    return `kept; "${kept}" is already kept as written in the glossary: nothing to add`;
  }
  review.decide({ verdict: 'keep', sic: false, addition: tried.addition });
  return `kept; "${kept}" will be kept as written (keep: true) when this file is written`;
}

/** A glossary holds names: only a change the name fixers alone made has a garble and a name to list. */
function nameSpelling(item: ReviewItem): { problem?: string } {
  const fixers = [...new Set(item.change.steps.map((step) => step.fixer))];
  if (fixers.every((fixer) => NAME_FIXERS.has(fixer))) return {};
  if (fixers.some((fixer) => NAME_FIXERS.has(fixer))) return { problem: `this change is also ${fixers.filter((fixer) => !NAME_FIXERS.has(fixer)).join(', ')}'s, not a name alone: nothing added (y accepts it)` };
  return { problem: `this is not a name (${item.change.fixer}/${item.change.rule}): nothing added to a glossary` };
}

/** A spelling as a glossary lists it: a line break or double space inside a name becomes one space. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
