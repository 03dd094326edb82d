import { describe, expect, it } from 'vitest';
import type { Change } from '../../src/core/types.js';
import { unmangle } from '../../src/index.js';
import { markdownShape } from '../../src/formats/markdown.js';
import { keepEdit, leftAlone } from '../../src/lsp/keep.js';
import type { OffsetEdit } from '../../src/lsp/edits.js';
import type { Syntax } from '../../src/formats/index.js';

function applied(text: string, edits: readonly OffsetEdit[]): string {
  return [...edits].sort((a, b) => b.offset - a.offset).reduce((out, e) => out.slice(0, e.offset) + e.text + out.slice(e.offset + e.length), text);
}

/** The first change unmangle makes, kept as written: the text after, and whether cleaning leaves it alone. */
function keep(text: string, syntax: Syntax) {
  const change = unmangle(text, { syntax }).changes[0]!;
  const edit = keepEdit(text, change, syntax);
  if (!edit) return null;
  const kept = applied(text, edit.edits);
  return { kept, alone: leftAlone(unmangle(kept, { syntax }), edit.region) };
}

/** The block structure of Markdown: its node types without the inline text and HTML a keep adds. */
const blocks = (markdown: string) => markdownShape(markdown).split(' ').filter((type) => !/^\d+(text|html)$/.test(type)).join(' ');

describe('keep as written', () => {
  it('marks the word a change ends in with [sic] in plain text and subtitles', () => {
    expect(keep('They thanked and thanked US officials.\n', 'text')).toEqual({ kept: 'They thanked and thanked [sic] US officials.\n', alone: true });
    expect(keep('1\n00:00:01,000 --> 00:00:02,000\nIt was was late.\n', 'srt')).toEqual({ kept: '1\n00:00:01,000 --> 00:00:02,000\nIt was was [sic] late.\n', alone: true });
  });

  it('wraps the change in disable comments inside a Markdown line, keeping its blocks', () => {
    const markdown = '- item\n- They thanked and thanked US officials.\n\n> It was was late.\n';
    const result = keep(markdown, 'markdown')!;
    expect(result).toEqual({ kept: '- item\n- They thanked<!-- unmangle-disable --> and thanked<!-- unmangle-enable --> US officials.\n\n> It was was late.\n', alone: true });
    expect(blocks(result.kept)).toBe(blocks(markdown));
  });

  it('uses [sic] where a Markdown line would start with the comment, which would make it an HTML block', () => {
    for (const markdown of ['Baukele spoke. Bukele left. Bukele spoke.\n', '> Baukele spoke. Bukele left. Bukele spoke.\n', '12. Baukele spoke. Bukele left. Bukele spoke.\n']) {
      const change = unmangle(markdown, { syntax: 'markdown' }).changes[0]!;
      const comments = applied(markdown, [{ offset: change.offset, length: 0, text: '<!-- unmangle-disable -->' }]);
      expect(blocks(comments)).not.toBe(blocks(markdown));
      const result = keep(markdown, 'markdown')!;
      expect(result.kept).toContain('Baukele [sic] spoke.');
      expect(result.alone).toBe(true);
      expect(blocks(result.kept)).toBe(blocks(markdown));
    }
  });

  it('has no [sic] for spacing, and no word to put it after a space', () => {
    expect(keep('Two  spaces here.\n', 'text')).toBeNull();
    const change: Change = { ...unmangle('It was was late.').changes[0]!, offset: 3, length: 1 };
    expect(keepEdit('It  was late.', change, 'text')).toBeNull();
  });

  it('sees when a mark does not work: a loop [sic] marks only its last word', () => {
    const text = 'It came under the Trump Administration under the Trump Administration under the Trump Administration, which ended.\n';
    expect(keep(text, 'text')!.alone).toBe(false);
  });
});
