import { markdownShape, parseMarkdown } from './formats/markdown.js';
import { useMarkdownParser } from './formats/index.js';
import { parseGlossary } from './glossary/parse.js';
import { useGlossaryParser } from './unmangler.js';
import './glossary/words-module.js';

export type { Change, ChangeStep, Edit, Finding, FixerId, Point, Range, Result } from './core/types.js';
export { applyEdits } from './core/apply-edits.js';
export { tokenize } from './core/tokenize.js';
export { FIXERS, FIXER_IDS } from './fixers/index.js';
export { UsageError } from './core/errors.js';
export { detectSyntax, syntaxFor, syntaxOf, SYNTAXES, type Syntax } from './formats/index.js';
export { GlossaryError, type Lexicon } from './glossary/types.js';
export {
  createUnmangler,
  DEFAULT_FIX_THRESHOLD,
  DEFAULT_SUGGEST_THRESHOLD,
  unmangle,
  type GlossarySource,
  type UnmangleOptions,
} from './unmangler.js';

// The library cleans Markdown and reads glossaries synchronously, so it loads both parsers up front (the
// CLI loads them on demand).
useMarkdownParser({ parse: parseMarkdown, shape: markdownShape });
useGlossaryParser(parseGlossary);
