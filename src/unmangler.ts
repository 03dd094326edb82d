/**
 * The library's engine room: options, createUnmangler and unmangle. `src/index.ts` is the public face; the
 * CLI imports this module directly so the Markdown parser loads only when a Markdown file comes.
 */
import { runPipeline, type EngineMemory } from './core/engine.js';
import { UsageError } from './core/errors.js';
import type { FixerId, Result } from './core/types.js';
import type { Env } from './fixers/types.js';
import { compileFixer, FIXERS, FIXER_IDS, isFixerId, NAME_FIXERS, type FixerOptions } from './fixers/index.js';
import { builtinNames } from './glossary/builtin.js';
import { BuiltinNameIndex } from './glossary/builtin-index.js';
import { compileNames, keptAsWritten, type NameLookup } from './glossary/compile.js';
import { checkSpecs } from './glossary/specs.js';
import type { Lexicon, NameEntry } from './glossary/types.js';
import { documentViews, keptSpellings, type Syntax } from './formats/index.js';

export type { Syntax } from './formats/index.js';
import { englishLexicon } from './glossary/lexicon.js';


/** A glossary's text and the name it is reported under (a path, usually). */
export interface GlossarySource {
  readonly file: string;
  readonly text: string;
}

export interface UnmangleOptions {
  /** Run only these fixers. */
  readonly only?: readonly string[];
  /** Run every fixer but these. */
  readonly skip?: readonly string[];
  /** A fix at or above this confidence is applied (default 0.75); below, it is a suggestion. */
  readonly fixThreshold?: number;
  /** A finding below this confidence is not reported at all (default 0.4). */
  readonly suggestThreshold?: number;
  /** Passes over the text before giving up on reaching a stable result (default 10). */
  readonly maxPasses?: number;
  readonly fixers?: FixerOptions;
  /** Glossaries of canonical names and their known garbles (YAML, JSON or prh), in order. */
  readonly glossaries?: readonly GlossarySource[];
  /** Use the built-in country names, demonyms and capitals (default true). */
  readonly builtinNames?: boolean;
  /** The English lexicon the name fixers consult; by default word-list and dictionary-en's proper nouns. */
  readonly lexicon?: Lexicon;
}

export const DEFAULT_FIX_THRESHOLD = 0.75;
export const DEFAULT_SUGGEST_THRESHOLD = 0.4;

/** The glossary parser, plugged in by whoever loads it: YAML's parser costs ~25 ms to load, paid only with a glossary. */
let glossaryParser: ((text: string, file: string) => NameEntry[]) | undefined;

export function useGlossaryParser(parse: (text: string, file: string) => NameEntry[]): void {
  glossaryParser = parse;
}

/** Load the glossary parser if these options have glossaries: before `createUnmangler`, where it is not yet loaded. */
export async function loadGlossaryParser(options: UnmangleOptions): Promise<void> {
  if ((options.glossaries?.length ?? 0) > 0 && !glossaryParser) useGlossaryParser((await import('./glossary/parse.js')).parseGlossary);
}

function parseGlossaries(sources: readonly GlossarySource[]): NameEntry[] {
  if (sources.length === 0) return [];
  if (!glossaryParser) throw new Error('the glossary parser is not loaded: await loadGlossaryParser(options) first');
  return sources.flatMap((source) => glossaryParser!(source.text, source.file));
}

/**
 * Compile the pipeline once (glossaries are parsed and checked, fixers build their indexes) and return a
 * function that cleans one document. Throws a UsageError on bad options, a GlossaryError on a bad glossary.
 */
/**
 * Cleans one document; `memory` (an object kept for one document, initially empty) makes cleaning its next
 * version cost only what changed, as an editor needs on every keystroke.
 */
export type Clean = (text: string, syntax?: Syntax, memory?: EngineMemory) => Result;

export function createUnmangler(options: UnmangleOptions = {}): Clean {
  const only = validIds(options.only, 'only');
  const skip = validIds(options.skip, 'skip');
  const selected = FIXERS.filter((fixer) => (!only || only.has(fixer.id)) && !skip?.has(fixer.id));
  const entries = parseGlossaries(options.glossaries ?? []);
  let env: Env = { fixThreshold: options.fixThreshold ?? DEFAULT_FIX_THRESHOLD };
  if (selected.some((fixer) => NAME_FIXERS.includes(fixer.id))) {
    const lexicon = options.lexicon ?? englishLexicon();
    env = { ...env, lexicon, names: nameIndex(entries, options.builtinNames ?? true, lexicon) };
  }
  const checks = selected.map((fixer) => compileFixer(fixer, options.fixers ?? {}, env));
  const engineOptions = {
    fixThreshold: env.fixThreshold,
    suggestThreshold: options.suggestThreshold ?? DEFAULT_SUGGEST_THRESHOLD,
    maxPasses: options.maxPasses ?? 10,
  };
  const kept = keptSpellings(keptAsWritten(entries));
  const clean = (text: string, syntax: Syntax = 'text', memory?: EngineMemory): Result =>
    runPipeline(text, checks, engineOptions, documentViews(syntax, kept), memory);
  checkSpecs(entries, (text) => clean(text).output);
  return clean;
}

/** The built-in names alone, precompiled: nothing to compile, made once and shared. */
let builtinIndex: BuiltinNameIndex | undefined;

function nameIndex(entries: readonly NameEntry[], builtin: boolean, lexicon: Lexicon): NameLookup {
  if (entries.length > 0 || !builtin) return compileNames(entries, builtin ? builtinNames() : [], lexicon);
  return (builtinIndex ??= new BuiltinNameIndex());
}

/**
 * Clean one text: the corrected output, every change made, and the suggestions not applied. `syntax`
 * (default `text`) keeps Markdown, SRT and WebVTT structure byte for byte.
 */
export function unmangle(text: string, options: UnmangleOptions & { readonly syntax?: Syntax } = {}): Result {
  return createUnmangler(options)(text, options.syntax);
}

function validIds(ids: readonly string[] | undefined, option: string): Set<FixerId> | null {
  if (ids === undefined) return null;
  for (const id of ids) {
    if (!isFixerId(id)) throw new UsageError(`--${option}: unknown fixer \`${id}\` (known: ${FIXER_IDS.join(', ')})`);
  }
  return new Set(ids as FixerId[]);
}
