import { Chalk } from 'chalk';
import { diffWords, diffWordsWithSpace, structuredPatch, type Change } from 'diff';

/** How a word diff marks what went and what came: colour on a terminal, git's `[-old-]{+new+}` off one. */
interface Marks {
  removed(text: string): string;
  added(text: string): string;
  header(line: string): string;
  hunk(line: string): string;
}

function marksFor(color: boolean): Marks {
  if (!color) return { removed: (text) => `[-${text}-]`, added: (text) => `{+${text}+}`, header: (line) => line, hunk: (line) => line };
  const chalk = new Chalk({ level: 1 });
  // Struck and underlined as well as red and green: the change shows without colour vision, and a removed
  // space shows at all.
  return { removed: chalk.red.strikethrough, added: chalk.green.underline, header: chalk.bold, hunk: chalk.cyan };
}

/**
 * One file's changes as `git diff --word-diff` shows them: the hunks of a unified diff, each run of changed
 * lines written once with the words that went and came marked inside it, so a 400-character paragraph
 * that lost one word shows that word.
 */
export function wordDiff(path: string, before: string, after: string, color: boolean): string {
  const marks = marksFor(color);
  const patch = structuredPatch(path, path, before, after, undefined, undefined, { context: 3 });
  const out = [marks.header(`--- ${path}`), marks.header(`+++ ${path}`)];
  for (const hunk of patch.hunks) {
    out.push(marks.hunk(`@@ -${hunk.oldStart},${hunk.oldLines} +${hunk.newStart},${hunk.newLines} @@`));
    let removed: string[] = [];
    let added: string[] = [];
    const flush = (): void => {
      if (removed.length + added.length > 0) out.push(...mergedLines(removed, added, marks));
      removed = [];
      added = [];
    };
    for (const line of hunk.lines) {
      if (line.startsWith('-')) removed.push(line.slice(1));
      else if (line.startsWith('+')) added.push(line.slice(1));
      else if (line.startsWith('\\')) continue;
      else {
        flush();
        out.push(line.slice(1));
      }
    }
    flush();
  }
  return `${out.join('\n')}\n`;
}

/** Lines that went and lines that came in their place, as lines of the new text with the words marked. */
function mergedLines(removed: readonly string[], added: readonly string[], marks: Marks): string[] {
  const before = removed.length > 0 ? `${removed.join('\n')}\n` : '';
  const after = added.length > 0 ? `${added.join('\n')}\n` : '';
  let text = '';
  for (const part of wordChanges(before, after)) {
    // Marks never span a line end, so each printed line opens and closes its own.
    const mark = part.removed ? marks.removed : part.added ? marks.added : null;
    text += mark ? part.value.split('\n').map((piece) => (piece ? mark(piece) : piece)).join('\n') : part.value;
  }
  return text.replace(/\n$/, '').split('\n');
}

/**
 * The words that went and came. `diffWords` reads best (`was [-was a-]{+an+} honest`) but passes over a
 * change of spaces alone, which the spacing fixer makes; there the spaces are diffed as words too.
 */
function wordChanges(before: string, after: string): Change[] {
  const words = diffWords(before, after);
  const side = (skip: 'added' | 'removed') => words.filter((part) => !part[skip]).map((part) => part.value).join('');
  return side('added') === before && side('removed') === after ? words : diffWordsWithSpace(before, after);
}
