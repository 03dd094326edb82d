import { URI } from 'vscode-uri';
import { detectSyntax, syntaxFor, type Syntax } from '../formats/index.js';

/** The extensions the command line takes from folders: a document named so is checked whatever its language id. */
const EXTENSIONS = /\.(?:txt|md|markdown|srt|vtt)$/i;

/** Language ids editors give the documents unmangle reads, for those whose name says nothing (untitled). */
const BY_LANGUAGE: Readonly<Record<string, Syntax>> = {
  plaintext: 'text',
  text: 'text',
  markdown: 'markdown',
  srt: 'srt',
  subrip: 'srt',
  vtt: 'vtt',
  webvtt: 'vtt',
};

/** A document as unmangle reads it: its file (null for an untitled buffer) and its syntax. */
export interface DocumentKind {
  readonly path: string | null;
  readonly syntax: Syntax;
}

/**
 * What a document is, or null for one unmangle does not read (code, YAML). By its name, as the command
 * line decides (and by its content where the name says text: whisper's console output); else by the
 * language id the editor gave it.
 */
export function documentKind(uri: string, languageId: string, text: string): DocumentKind | null {
  const parsed = URI.parse(uri);
  const path = parsed.scheme === 'file' ? parsed.fsPath : null;
  if (EXTENSIONS.test(parsed.path)) return { path, syntax: syntaxFor(parsed.path, text) };
  const byLanguage = BY_LANGUAGE[languageId];
  if (!byLanguage) return null;
  return { path, syntax: byLanguage === 'text' ? detectSyntax(text) : byLanguage };
}
