import { decodeText } from '../src/node/decode.js';
import type { Syntax } from '../src/formats/index.js';

/**
 * Files in and out of the page, as the CLI reads and writes them: bytes decoded with the byte-order mark
 * kept and line ends as they are (the CLI's own decoder: binary and invalid UTF-8 refused), and the
 * result encoded back as UTF-8, so the download is byte for byte the file the CLI would write.
 */
export { decodeText as decodeArticle };

export function encodeText(text: string): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(text);
}

const strict = new TextDecoder('utf-8', { fatal: true });

/** A glossary's bytes as the CLI reads one: valid UTF-8, its byte-order mark dropped. */
export function decodeGlossary(bytes: Uint8Array): string {
  try {
    return strict.decode(bytes);
  } catch {
    throw new Error('is not valid UTF-8');
  }
}

/**
 * The text box gives back every line break as LF: once the editor types into a dropped file, the file's
 * own CRLF line ends and byte-order mark are put back, so only what was typed differs.
 */
export function fromTextBox(value: string, file: string | null): string {
  if (file === null) return value;
  let text = value;
  if (file.includes('\r\n') && !/(^|[^\r])\n/.test(file)) text = text.replace(/\r?\n/g, '\r\n');
  if (file.startsWith('\uFEFF') && !text.startsWith('\uFEFF')) text = `\uFEFF${text}`;
  return text;
}

const EXTENSIONS: Record<Syntax, string> = { text: '.txt', markdown: '.md', srt: '.srt', vtt: '.vtt', whisper: '.txt' };

/** The download keeps the dropped file's name, as `--write` would; pasted text gets one for its syntax. */
export function downloadName(fileName: string | null, syntax: Syntax): string {
  return fileName ?? `unmangled${EXTENSIONS[syntax]}`;
}

/** An article's extension, or a glossary's: which box a dropped file goes to. */
export function isGlossaryFile(name: string): boolean {
  return /\.(ya?ml|json)$/i.test(name);
}
