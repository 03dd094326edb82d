/**
 * The Web Worker that cleans: the library and its lexicon load here once, off the page's thread, and the
 * compiled pipeline is kept for as long as the settings stay the same, so typing costs one clean a pause.
 */
import { createUnmangler, GlossaryError, syntaxFor, UsageError, type Result, type Syntax } from '../src/index.js';
import { parseGlossary } from '../src/glossary/parse.js';
import type { CleanReply, CleanRequest } from './protocol.js';

interface Compiled {
  readonly key: string;
  readonly clean: (text: string, syntax: Syntax) => Result;
  readonly names: readonly string[];
}

/** The worker's global scope, as much of it as this uses (the page's tsconfig has the DOM's types). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<CleanRequest>) => void) | null;
  postMessage(message: CleanReply): void;
}

const scope = self as unknown as WorkerScope;
let compiled: Compiled | null = null;

function compile(request: CleanRequest): Compiled {
  const { glossary, fixThreshold, suggestThreshold, builtinNames } = request;
  const key = JSON.stringify([glossary, fixThreshold, suggestThreshold, builtinNames]);
  if (compiled?.key !== key) {
    const glossaries = glossary ? [glossary] : [];
    const clean = createUnmangler({ glossaries, fixThreshold, suggestThreshold, builtinNames });
    const names = glossary ? parseGlossary(glossary.text, glossary.file).map((entry) => entry.name) : [];
    compiled = { key, clean, names };
  }
  return compiled;
}

function reply(request: CleanRequest): CleanReply {
  const started = performance.now();
  try {
    const { clean, names } = compile(request);
    const syntax = request.syntax === 'auto' ? syntaxFor(request.fileName, request.text) : request.syntax;
    const { changes, suggestions } = clean(request.text, syntax);
    return { id: request.id, ok: true, syntax, changes, suggestions, glossaryNames: names, milliseconds: performance.now() - started };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (error instanceof UsageError) return { id: request.id, ok: false, error: message, inGlossary: error instanceof GlossaryError };
    return { id: request.id, ok: false, error: `internal error: ${message}`, inGlossary: false };
  }
}

scope.onmessage = (event) => scope.postMessage(reply(event.data));
