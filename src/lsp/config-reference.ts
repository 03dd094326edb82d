import { basename, dirname, resolve } from 'node:path';
import { parseConfig } from '../node/config-schema.js';

/**
 * A config's text with `glossaries: [name]` added, or null where that cannot be done by one insertion that
 * keeps every other byte: a package.json (its layout is the project's), a config that already has a
 * `glossaries` key, one whose shape the insertion does not fit. The result is read back as a config.
 */
export function referenceGlossary(configFile: string, text: string | null, glossary: string): string | null {
  if (basename(configFile) === 'package.json') return null;
  const added = text === null || text.trim() === '' ? freshConfig(configFile, glossary) : inserted(text, glossary);
  if (added === null) return null;
  try {
    const config = parseConfig(added, configFile);
    const path = resolve(dirname(configFile), glossary);
    return config?.glossaries?.some((ref) => ref.path === path) ? added : null;
  } catch {
    return null;
  }
}

function freshConfig(configFile: string, glossary: string): string {
  return configFile.endsWith('.json') ? `{ "glossaries": [${JSON.stringify(glossary)}] }\n` : `glossaries: [${JSON.stringify(glossary)}]\n`;
}

function inserted(text: string, glossary: string): string | null {
  const open = /^\s*\{/.exec(text);
  if (open) {
    // JSON: the key first in the object, on a line of its own; a comma only where another key follows.
    const rest = text.slice(open[0].length);
    const comma = /^\s*\}/.test(rest) ? '' : ',';
    return `${open[0]}\n  "glossaries": [${JSON.stringify(glossary)}]${comma}${rest.startsWith('\n') ? '' : '\n'}${rest}`;
  }
  // YAML: a first line of its own, after the document's start marker if it has one.
  const start = /^(?:%[^\n]*\n)*---[^\n]*\n/.exec(text)?.[0] ?? '';
  return `${start}glossaries: [${JSON.stringify(glossary)}]\n${text.slice(start.length)}`;
}
