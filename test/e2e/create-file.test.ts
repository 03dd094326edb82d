import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createFileAtomic } from '../../src/node/write.js';

describe('createFileAtomic: a new file, whole or not at all', () => {
  it('creates the file with its content and leaves no temp file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'unmangle-create-'));
    await createFileAtomic(join(dir, 'glossary.yaml'), new TextEncoder().encode('Bukele: [Baukele]\n'));
    expect(readFileSync(join(dir, 'glossary.yaml'), 'utf8')).toBe('Bukele: [Baukele]\n');
    expect(readdirSync(dir)).toEqual(['glossary.yaml']);
  });

  it('refuses to replace a file that is there (EEXIST), which keeps its content', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'unmangle-create-'));
    writeFileSync(join(dir, 'glossary.yaml'), 'mine\n');
    await expect(createFileAtomic(join(dir, 'glossary.yaml'), new TextEncoder().encode('theirs\n'))).rejects.toMatchObject({ code: 'EEXIST' });
    expect(readFileSync(join(dir, 'glossary.yaml'), 'utf8')).toBe('mine\n');
    expect(readdirSync(dir)).toEqual(['glossary.yaml']);
  });
});
