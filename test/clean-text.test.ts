import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { syntaxOf, unmangle } from '../src/index.js';

/** Text that is already clean gets no change at all: the README and every fixture's expected output. */
const cleanFiles = ['README.md', ...readdirSync('fixtures').filter((f) => f.includes('.expected.')).map((f) => `fixtures/${f}`)];

describe('clean text stays clean', () => {
  it.each(cleanFiles.map((file) => [file]))('%s', (file) => {
    const result = unmangle(readFileSync(file, 'utf8'), { syntax: syntaxOf(file) });
    expect(result.changes.map((c) => `${c.start.line}:${c.start.column} ${c.original} → ${c.replacement}`)).toEqual([]);
  });
});
