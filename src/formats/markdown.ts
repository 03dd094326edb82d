import type { Nodes, Parents } from 'mdast';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfm } from 'micromark-extension-gfm';
import type { Range } from '../core/types.js';

/** Nodes that are never prose: their whole source is left alone. */
const NEVER_PROSE = new Set(['code', 'inlineCode', 'html', 'yaml', 'toml', 'definition', 'footnoteReference', 'math', 'inlineMath']);

/** Nodes whose source is prose written inline: an edit stays inside one of them, never across two. */
const PROSE_BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);

const parse = (text: string) =>
  fromMarkdown(text, {
    extensions: [gfm(), frontmatter(['yaml', 'toml'])],
    mdastExtensions: [gfmFromMarkdown(), frontmatterFromMarkdown(['yaml', 'toml'])],
  });

/** What cleaning must keep of a Markdown document: what is not prose, and the blocks prose is written in. */
export interface MarkdownParse {
  readonly masked: Range[];
  readonly blocks: Range[];
}

/**
 * The parts of a Markdown document that are not prose, from a real parser's source positions (GFM tables,
 * autolinks and footnotes; front matter): code blocks and inline code, HTML, front matter, link and image
 * destinations, link definitions, footnote labels, autolinks. Headings, paragraphs, list items, quotes,
 * table cells, link text and image alt text stay prose.
 */
export function markdownStructure(text: string): Range[] {
  return parseMarkdown(text).masked;
}

/** The masked ranges and the prose blocks (paragraphs, headings, table cells) in one parse. */
export function parseMarkdown(text: string): MarkdownParse {
  const ranges: Range[] = [];
  const blocks: Range[] = [];
  const visit = (node: Nodes): void => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return;
    if (PROSE_BLOCKS.has(node.type)) blocks.push([start, end]);
    if (NEVER_PROSE.has(node.type)) {
      ranges.push([start, end]);
      return;
    }
    if (node.type === 'link' || node.type === 'linkReference') {
      const children = node.children;
      const firstStart = children[0]?.position?.start.offset;
      const lastEnd = children.at(-1)?.position?.end.offset;
      // An autolink (<https://…> or a bare URL) is all destination; otherwise only `](…)` after the text is.
      if (firstStart === undefined || lastEnd === undefined || (node.type === 'link' && text.slice(firstStart, lastEnd) === node.url)) {
        ranges.push([start, end]);
        return;
      }
      ranges.push([start, firstStart], [lastEnd, end]);
    } else if (node.type === 'image' || node.type === 'imageReference') {
      // ![alt](src): the alt text is prose, the rest is not.
      const altStart = start + 2;
      const altEnd = node.alt ? text.indexOf(node.alt, altStart) + node.alt.length : altStart;
      ranges.push([start, altStart], [Math.max(altStart, altEnd), end]);
      return;
    } else if (node.type === 'footnoteDefinition') {
      const first = node.children[0]?.position?.start.offset ?? end;
      ranges.push([start, first]);
    }
    if ('children' in node) for (const child of (node as Parents).children) visit(child);
  };
  visit(parse(text));
  return { masked: ranges, blocks };
}

/**
 * The node types of a piece of Markdown, in order with their depth: two pieces of the same shape read as
 * the same structure ("the  the.png)" and "the.png)" do not when the second makes an image of the text).
 */
export function markdownShape(text: string): string {
  const types: string[] = [];
  const visit = (node: Nodes, depth: number): void => {
    types.push(`${depth}${node.type}`);
    if ('children' in node) for (const child of (node as Parents).children) visit(child, depth + 1);
  };
  visit(parse(text), 0);
  return types.join(' ');
}
