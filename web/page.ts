/**
 * The review page: the text in, the worker's result drawn as changes to accept or reject, the file out.
 * The library never loads on this thread: it runs in the worker (worker.ts), so the page stays responsive.
 */
import type { Syntax } from '../src/formats/index.js';
import { Cleaner } from './cleaner.js';
import { acceptFiles } from './file-drop.js';
import { downloadName, fromTextBox } from './file-text.js';
import type { CleanReply, CleanRequest } from './protocol.js';
import { ReviewControls, type Action } from './review-controls.js';
import { reviewItems } from './review-items.js';
import { ReviewView } from './review-view.js';
import { Review } from './review.js';
import { copy, download, share } from './result-actions.js';
import { readFragment } from './share.js';
import { showCounts, showGlossary, summary } from './side-panel.js';

/** Set by the build: the worker's file, named by its content so a browser may keep it for good. */
declare const WORKER_URL: string;

const byId = <E extends HTMLElement>(id: string): E => document.getElementById(id) as E;
const box = byId<HTMLTextAreaElement>('text');
const syntaxChoice = byId<HTMLSelectElement>('syntax');
const glossaryBox = byId<HTMLTextAreaElement>('glossary');
const glossaryError = byId<HTMLParagraphElement>('glossary-error');
const reviewElement = byId<HTMLDivElement>('review');
const status = byId<HTMLParagraphElement>('status');
const announcer = byId<HTMLParagraphElement>('announce');
const fixThreshold = byId<HTMLInputElement>('fix-threshold');
const suggestThreshold = byId<HTMLInputElement>('suggest-threshold');
const builtinNames = byId<HTMLInputElement>('builtin-names');

/**
 * The text as a file: `file` is the dropped file's decoded text, kept so its line ends survive the box;
 * a file too long for the box is shown only in the review (`inBox` false) until something is typed there.
 */
let source: { text: string; name: string | null; file: string | null; inBox: boolean } = { text: '', name: null, file: null, inBox: true };
/** A text box this long takes the browser most of a second to lay out; the review, in blocks, far less. */
const LONGEST_IN_BOX = 200_000;
let glossary: { file: string; text: string } | null = null;
let review: Review | null = null;
let cleanedSyntax: Syntax = 'text';
/** The glossary's names; null while it has an error. */
let glossaryNames: readonly string[] | null = [];
/** What the status line says before the counts: how the text was cleaned, or why it was not. */
let note = 'Paste a text to begin.';
let generation = 0;

const announce = (message: string): void => void (announcer.textContent = message);
const view = new ReviewView(reviewElement, byId('tip'));
const controls = new ReviewControls(view, announce, showPanel);
const cleaner = new Cleaner(WORKER_URL, showReply);

function showPanel(): void {
  status.textContent = review ? `${note}: ${summary(review)}.` : note;
  showCounts(byId<HTMLTableElement>('counts').tBodies[0]!, review);
  showGlossary(byId('glossary-use'), glossary?.file ?? null, glossaryNames, builtinNames.checked);
}

function clean(): void {
  if (source.text === '') {
    cleaner.cancel();
    showResult(null, 'Paste a text to begin.');
    return;
  }
  // As in a config file: a threshold is a number from 0 to 1.
  const wrong = [fixThreshold, suggestThreshold].filter((input) => {
    input.setAttribute('aria-invalid', String(!(input.valueAsNumber >= 0 && input.valueAsNumber <= 1)));
    return input.getAttribute('aria-invalid') === 'true';
  });
  if (wrong.length > 0) {
    cleaner.cancel();
    showResult(null, `${wrong[0]!.labels![0]!.textContent!.trim()} must be a number from 0 to 1: nothing was cleaned.`);
    return;
  }
  reviewElement.setAttribute('aria-busy', 'true');
  status.textContent = 'Cleaning…';
  cleaner.clean({
    text: source.text,
    fileName: source.name,
    syntax: syntaxChoice.value as CleanRequest['syntax'],
    glossary,
    fixThreshold: fixThreshold.valueAsNumber,
    suggestThreshold: suggestThreshold.valueAsNumber,
    builtinNames: builtinNames.checked,
  });
}

function showReply(reply: CleanReply, request: CleanRequest): void {
  const badGlossary = !reply.ok && reply.inGlossary;
  glossaryBox.setAttribute('aria-invalid', String(badGlossary));
  glossaryError.textContent = badGlossary ? reply.error : '';
  glossaryNames = reply.ok ? reply.glossaryNames : badGlossary ? null : glossaryNames;
  if (!reply.ok) {
    if (badGlossary) showGlossaryError(reply.error);
    showResult(null, badGlossary ? 'The glossary has an error (below the text): nothing was cleaned.' : reply.error);
    return;
  }
  cleanedSyntax = reply.syntax;
  showResult(new Review(request.text, reviewItems(reply.changes, reply.suggestions), reply.syntax), `Cleaned as ${reply.syntax} in ${Math.round(reply.milliseconds)} ms, in a Web Worker`);
}

/** Open the glossary and put its caret on the line the error names (`names.yaml:7: …`), for when it is focused. */
function showGlossaryError(message: string): void {
  byId<HTMLDetailsElement>('glossary-box').open = true;
  const line = Number(/^(\d+):/.exec(message.slice((glossary?.file.length ?? 0) + 1))?.[1] ?? 0);
  const lines = glossaryBox.value.split('\n');
  if (line < 1 || line > lines.length) return;
  const start = lines.slice(0, line - 1).reduce((offset, text) => offset + text.length + 1, 0);
  glossaryBox.setSelectionRange(start, start + lines[line - 1]!.length);
}

function showResult(shown: Review | null, message: string): void {
  review = shown;
  note = message;
  controls.setReview(shown);
  if (shown) view.show(shown);
  else reviewElement.replaceChildren();
  reviewElement.setAttribute('aria-busy', 'false');
  reviewElement.dataset['generation'] = String(++generation);
  showPanel();
}

/** Clean once typing pauses: a keystroke costs nothing but restarting this timer. */
function afterPause(run: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return () => {
    clearTimeout(timer);
    timer = setTimeout(run, 250);
  };
}

function openArticle(text: string, name: string): void {
  const inBox = text.length <= LONGEST_IN_BOX;
  source = { text, name, file: text, inBox };
  box.value = inBox ? text : '';
  const where = inBox ? '' : ' It is too long to edit in this box: its changes are below, and typing here starts a new text.';
  byId('file-status').textContent = `${name}: ${text.length.toLocaleString('en')} characters. The download keeps its name, line ends and byte-order mark.${where}`;
  clean();
}

function openGlossary(text: string, name: string): void {
  glossaryBox.value = text;
  glossary = { file: name, text };
  byId('glossary-summary').textContent = `(${name})`;
  clean();
}

function loadFragment(): void {
  const shared = readFragment(location.hash);
  if (!shared) return;
  source = { text: shared.text, name: null, file: null, inBox: true };
  box.value = shared.text;
  syntaxChoice.value = shared.syntax;
  clean();
}

const cleanSoon = afterPause(clean);
box.addEventListener('input', () => {
  source = source.inBox ? { ...source, text: fromTextBox(box.value, source.file) } : { text: box.value, name: null, file: null, inBox: true };
  cleanSoon();
});
glossaryBox.addEventListener('input', () => {
  glossary = glossaryBox.value.trim() === '' ? null : { file: glossary?.file ?? 'glossary.yaml', text: glossaryBox.value };
  cleanSoon();
});
for (const input of [syntaxChoice, fixThreshold, suggestThreshold, builtinNames]) input.addEventListener('change', clean);
acceptFiles(byId('file'), byId('glossary-file'), {
  article: openArticle,
  glossary: openGlossary,
  refused: (message, asGlossary) => void (byId(asGlossary ? 'glossary-error' : 'file-status').textContent = `${message}: not opened.`),
});
document.addEventListener('keydown', (event) => {
  if (controls.onKey(event)) event.preventDefault();
});
const ACTIONS: readonly Action[] = ['previous', 'next', 'accept', 'reject', 'accept-kind', 'reject-kind'];
for (const action of ACTIONS) byId(action).addEventListener('click', () => controls.act(action));
byId('download').addEventListener('click', () => announce(review ? download(downloadName(source.name, cleanedSyntax), review.output(), review.edits().length) : 'Nothing to download yet.'));
byId('copy').addEventListener('click', () => void (review ? copy(review.output()).then(announce) : announce('Nothing to copy yet.')));
byId('share').addEventListener('click', () => {
  const shared = { text: source.text, syntax: syntaxChoice.value as CleanRequest['syntax'] };
  void share(shared, byId('share-url'), byId('share-label')).then(announce);
});
window.addEventListener('hashchange', loadFragment);
loadFragment();
showPanel();
