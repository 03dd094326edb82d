/**
 * Builds src/data/builtin-index.generated.json: the built-in names (src/data/world-names.generated.json and
 * their variants) as `compileNames` indexes them with no glossary, as sorted lines `BuiltinNameIndex`
 * looks up by bisection, so a run with no glossary compiles nothing (15–30 ms of a one-line run's start-up).
 * Run `npm run generate` after the world names; a test checks it is current.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { builtinNames } from '../src/glossary/builtin.js';
import { compileNames } from '../src/glossary/compile.js';
import type { Lexicon } from '../src/glossary/types.js';

export const BUILTIN_INDEX_FILE = 'src/data/builtin-index.generated.json';

/** Built-in names ask the lexicon nothing: only a glossary's person names stand alone by their last word. */
const NO_LEXICON: Lexicon = {
  isWord: () => {
    throw new Error('the built-in names asked the lexicon: BuiltinNameIndex cannot answer as compileNames does');
  },
  isKnownName: () => false,
};

export function serializeBuiltinIndex(): string {
  const index = compileNames([], builtinNames(), NO_LEXICON);
  const ids = new Map(index.names.map((name, id) => [name, id]));
  const { exact, hits, words } = index.tables();
  const lines = <T>(table: ReadonlyMap<string, readonly T[]>, row: (value: T) => unknown[]): string[] =>
    [...table].map(([key, values]) => `${key}\t${JSON.stringify(values.map(row))}`).sort();
  const data = {
    source: 'scripts/builtin-index.ts, from world-names.generated.json and world-name-variants.json',
    // Each form: the name's place in builtinNames(), the variant (null: the name), its folded words, the words it is replaced by.
    exact: lines(exact, (form) => [ids.get(form.name), form.variant, form.folded, form.words]),
    // Each hit: the name's place, the word's.
    hits: lines(hits, (hit) => {
      if (hit.standalone) throw new Error(`a built-in name stands alone by its last word: ${hit.name.entry.name}`);
      return [ids.get(hit.name), hit.word];
    }),
    words: [...words].sort(),
  };
  return `${JSON.stringify(data, null, 1)}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(BUILTIN_INDEX_FILE, serializeBuiltinIndex());
}
