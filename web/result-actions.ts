import { encodeText } from './file-text.js';
import { shareFragment, type Shared } from './share.js';

/**
 * What leaves the page, and only on the editor's click: the file (a download made in the page, never an
 * upload), the text on the clipboard, and a link that carries the text in its fragment. Each returns what
 * to announce.
 */
export function download(name: string, text: string, edits: number): string {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([encodeText(text)], { type: 'application/octet-stream' }));
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
  return `Downloaded ${name}, with ${edits} ${edits === 1 ? 'edit' : 'edits'}.`;
}

export async function copy(text: string): Promise<string> {
  const copied = await navigator.clipboard.writeText(text).then(() => true, () => false);
  return copied ? 'Copied the result.' : 'The browser did not allow copying: use Download instead.';
}

/** Put the link in the address bar and in `field` (shown, selected), and on the clipboard if allowed. */
export async function share(shared: Shared, field: HTMLInputElement, label: HTMLElement): Promise<string> {
  const fragment = shareFragment(shared);
  try {
    history.replaceState(null, '', fragment);
  } catch {
    return `The browser would not take a link this long (${fragment.length.toLocaleString('en')} characters): share the file instead.`;
  }
  field.value = location.href;
  field.hidden = label.hidden = false;
  field.select();
  const copied = await navigator.clipboard.writeText(field.value).then(() => true, () => false);
  const size = field.value.length.toLocaleString('en');
  return `${copied ? 'Copied a link' : 'Made a link (below)'} holding the text (${size} characters): whoever opens it sees this text cleaned.`;
}
