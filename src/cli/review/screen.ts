import { Chalk } from 'chalk';
import type { Change } from '../../core/types.js';
import { printableLine } from '../printable.js';
import type { ReviewItem } from './queue.js';

/** How far the sentence around a change is shown on either side, at most. */
const REACH = 160;
/** An original or replacement longer than this is shown by its two ends. */
const LONGEST = 300;

export interface ScreenOptions {
  /** Colour and strike-through; without it (NO_COLOR, --no-color) the change reads `[-old-]{+new+}`. */
  readonly color: boolean;
  /** How `k` keeps a spelling here, for the help. */
  readonly keep: 'glossary' | 'sic';
}

/** What the terminal shows: an item with its sentence and reason, the prompt, the help. Pure text. */
export class Screen {
  private readonly chalk: InstanceType<typeof Chalk>;

  constructor(private readonly options: ScreenOptions) {
    this.chalk = new Chalk({ level: options.color ? 1 : 0 });
  }

  /** The item in its sentence, old struck and new marked, then fixer, rule, reason and confidence. */
  item(path: string, item: ReviewItem, input: string, position: { readonly index: number; readonly total: number }, replacement = item.change.replacement): string {
    const { chalk } = this;
    const { change } = item;
    const { before, after } = sentenceAround(input, change.offset, change.offset + change.length);
    const where = `${path}:${change.start.line}:${change.start.column}`;
    const title = `${item.kind} ${position.index + 1} of ${position.total}`;
    const context = `${shown(before)}${this.marked(change.original, replacement)}${shown(after)}`;
    const reason = `${chalk.bold(`${change.fixer}/${change.rule}`)}  ${printableLine(change.message)} ${chalk.dim(`(confidence ${change.confidence.toFixed(2)})`)}`;
    return `\n${chalk.cyan(`── ${where}  ${title}`)}\n${context}\n${reason}\n`;
  }

  prompt(item: ReviewItem): string {
    return `${this.chalk.blue(`Accept this ${item.kind}?`)} [y,n,e,a,k,A,N,u,q,?] `;
  }

  /** The keys, for `?`. */
  help(item: ReviewItem): string {
    const kind = `${item.change.fixer}/${item.change.rule} ${item.kind}s`;
    const keep = this.options.keep === 'sic' ? 'write [sic] after it' : 'add the spelling to the glossary as keep: true';
    return [
      '',
      'y - accept it',
      'n - reject it',
      'e - edit the replacement, then accept it (an empty line goes back)',
      'a - accept it and add the garble to a glossary as a variant of the name',
      `k - keep it as written for good: ${keep}`,
      `A - accept it and every later one of the ${kind} in this file`,
      `N - reject it and every later one of the ${kind} in this file`,
      'u - undo the last decision in this file',
      "q - write this file's accepted edits and stop",
      '? - this help',
      '',
    ].join('\n');
  }

  /** A line about what a key did, or why it did nothing. */
  note(text: string): string {
    return `${this.chalk.yellow(printableLine(text))}\n`;
  }

  private marked(original: string, replacement: string): string {
    const old = shown(abridged(original));
    const fresh = shown(abridged(replacement));
    if (!this.options.color) return `${original ? `[-${old}-]` : ''}${replacement ? `{+${fresh}+}` : ''}`;
    return `${this.chalk.red.strikethrough(old)}${this.chalk.green.underline(fresh)}`;
  }
}

/** Text as one terminal line shows it: a line break as ↵, tabs as spaces, other controls escaped. */
export function shown(text: string): string {
  return printableLine(text.replace(/\r?\n/g, '↵').replace(/\t/g, ' '));
}

function abridged(text: string): string {
  if (text.length <= LONGEST) return text;
  const half = LONGEST / 2;
  return `${text.slice(0, half)}…(${text.length - LONGEST} more characters)…${text.slice(-half)}`;
}

const ENDS_BEFORE = /(?:[.!?…]["”’)\]]*\s+|\n[ \t]*\r?\n\s*)/g;
const ENDS_AFTER = /[.!?…]["”’)\]]*(?=\s|$)|\r?\n[ \t]*\r?\n/;

/** The text around `[start, end)` to the ends of its sentence (or paragraph), within REACH either side. */
export function sentenceAround(text: string, start: number, end: number): { before: string; after: string } {
  const from = Math.max(0, start - REACH);
  const window = text.slice(from, start);
  let cut = -1;
  for (const match of window.matchAll(ENDS_BEFORE)) cut = match.index + match[0].length;
  const before = cut >= 0 ? window.slice(cut) : `${from > 0 ? '…' : ''}${window}`;
  const ahead = text.slice(end, end + REACH);
  const stop = ENDS_AFTER.exec(ahead);
  const after = stop ? ahead.slice(0, stop[0].startsWith('\n') || stop[0].startsWith('\r') ? stop.index : stop.index + stop[0].length) : `${ahead}${end + REACH < text.length ? '…' : ''}`;
  return { before, after };
}

/** A change's text as the summary names it. */
export function describeChange(change: Change): string {
  return `${JSON.stringify(change.original)} → ${JSON.stringify(change.replacement)}`;
}
