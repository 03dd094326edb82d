import { Document, isMap, isScalar, isSeq, parseDocument, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import type { GlossaryAddition } from './edit.js';

/**
 * The YAML glossary with the additions written in by inserting text where each belongs, so every byte the
 * additions do not touch stays as the user wrote it (spacing, comments, quoting, folded notes); a
 * re-serialised document would reformat the whole file. Null where a shape is not one this handles: the
 * caller then falls back to the document model, and checks this result against it in any case.
 */
export function spliceAdditions(text: string, additions: readonly GlossaryAddition[], fresh: (listed: readonly string[], addition: GlossaryAddition) => string[]): string | null {
  let current = text;
  for (const addition of additions) {
    const next = spliceOne(current, addition, fresh);
    if (next === null) return null;
    current = next;
  }
  return current;
}

function spliceOne(text: string, addition: GlossaryAddition, fresh: (listed: readonly string[], addition: GlossaryAddition) => string[]): string | null {
  const doc = parseDocument(text);
  const root = doc.contents;
  if (!root || doc.errors.length > 0 || ((isMap(root) || isSeq(root)) && root.flow)) return null;
  const isPrh = isMap(root) && root.has('rules');
  const entries = isPrh ? (root.get('rules', true) as Node) : root;
  if (isMap(entries) && !isPrh) {
    const pair = entries.items.find((item) => isScalar(item.key) && item.key.value === addition.name);
    return pair ? intoValue(text, pair as Pair<Node, Node | null>, addition, fresh) : append(text, entries, newMapEntry(addition));
  }
  if (!isSeq(entries) || entries.flow) return null;
  const nameKey = isPrh ? 'expected' : 'name';
  const listKey = isPrh ? 'patterns' : 'variants';
  const item = entries.items.find((entry) => isMap(entry) && entry.get(nameKey) === addition.name) as YAMLMap | undefined;
  if (!item) return append(text, entries, newListEntry(addition, nameKey, listKey));
  const listed = [...(isPrh ? stringsOf(item.get('pattern', true)) : []), ...stringsOf(item.get(listKey, true))];
  return intoMap(text, item, listKey, fresh(listed, addition), addition.keep === true && listed.length === 0);
}

/** `Name:`, `Name: []`, `Name: [a]`, `Name: a`, or `Name: {variants, …}` gets the addition. */
function intoValue(text: string, pair: Pair<Node, Node | null>, addition: GlossaryAddition, fresh: (listed: readonly string[], addition: GlossaryAddition) => string[]): string | null {
  const value = pair.value;
  if (isMap(value)) {
    const listed = stringsOf(value.get('variants', true));
    return intoMap(text, value, 'variants', fresh(listed, addition), addition.keep === true && listed.length === 0);
  }
  const listed = stringsOf(value);
  const keep = addition.keep === true && listed.length === 0;
  const added = fresh(listed, addition);
  if (!keep && added.length === 0) return text;
  if (value === null || (isScalar(value) && value.value === null)) {
    const colon = text.indexOf(':', pair.key.range![1]);
    return colon < 0 ? null : splice(text, colon + 1, colon + 1, ` ${keep ? '{keep: true}' : flow(added)}`);
  }
  const [start, end] = value.range!;
  if (keep) return splice(text, start, end, '{keep: true}');
  if (isSeq(value)) return value.flow ? intoFlow(text, value, added.map(flowItem)) : intoBlockSeq(text, value, added);
  return splice(text, start, end, flow([...listed, ...added]));
}

/** A long entry's map gets `key: [added]` (or more items in the list it has), or `keep: true`. */
function intoMap(text: string, map: YAMLMap, key: string, added: readonly string[], keep: boolean): string | null {
  const lines: string[] = [];
  if (keep) lines.push('keep: true');
  const list = map.get(key, true) as Node | undefined;
  if (added.length > 0 && list !== undefined) {
    if (!isSeq(list)) return null;
    const grown = list.flow ? intoFlow(text, list, added.map(flowItem)) : intoBlockSeq(text, list, added);
    if (lines.length === 0 || grown === null) return grown;
    return null;
  }
  if (added.length > 0) lines.push(`${flowItem(key)}: ${flow(added)}`);
  if (lines.length === 0) return text;
  if (map.flow) return intoFlow(text, map, lines);
  const first = map.items[0]?.key as Node | undefined;
  if (!first?.range) return null;
  const indent = columnOf(text, first.range[0]);
  return insertLines(text, map.range![1], lines.map((line) => ' '.repeat(indent) + line));
}

/** `[a, b]` or `{a: 1}` gets more items before its closing bracket. */
function intoFlow(text: string, collection: YAMLSeq | YAMLMap, items: readonly string[]): string | null {
  const close = collection.range![1] - 1;
  if (text[close] !== ']' && text[close] !== '}') return null;
  const separator = collection.items.length > 0 ? ', ' : '';
  return splice(text, close, close, separator + items.join(', '));
}

/** A block list gets `- item` lines after its last item, at its indent. */
function intoBlockSeq(text: string, seq: YAMLSeq, items: readonly string[]): string | null {
  const indent = columnOf(text, seq.range![0]);
  return insertLines(text, seq.range![1], items.map((item) => `${' '.repeat(indent)}- ${flowItem(item)}`));
}

/** New entries go after the last one, at the entries' indent. */
function append(text: string, entries: YAMLMap | YAMLSeq, block: string): string | null {
  const first = (isMap(entries) ? (entries.items[0]?.key as Node | undefined) : (entries.items[0] as Node | undefined)) ?? null;
  const indent = first?.range ? columnOf(text, first.range[0]) - (isSeq(entries) ? 2 : 0) : 0;
  if (indent < 0) return null;
  const at = entries.items.length > 0 ? entries.range![1] : text.length;
  return insertLines(text, at, block.split('\n').map((line) => ' '.repeat(indent) + line));
}

function newMapEntry(addition: GlossaryAddition): string {
  const entry = `${flowItem(addition.name)}: ${addition.keep ? '{keep: true}' : flow([...new Set(addition.variants ?? [])])}`;
  return withComment(entry, addition.comment);
}

function newListEntry(addition: GlossaryAddition, nameKey: string, listKey: string): string {
  const body = addition.keep ? { [nameKey]: addition.name, keep: true } : { [nameKey]: addition.name, [listKey]: [...new Set(addition.variants ?? [])] };
  return withComment(`- ${flow(body)}`, addition.comment);
}

function withComment(entry: string, comment: string | undefined): string {
  return comment ? `${comment.split('\n').map((line) => `# ${line}`).join('\n')}\n${entry}` : entry;
}

/** Insert whole lines at `at` if a line starts there, else at the start of the line after it; in the file's line ending. */
function insertLines(text: string, at: number, lines: readonly string[]): string {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const block = `${lines.join(eol)}${eol}`;
  if (at === 0 || text[at - 1] === '\n') return splice(text, at, at, block);
  const lineEnd = text.indexOf('\n', at);
  return lineEnd < 0 ? `${text}${eol}${block}` : splice(text, lineEnd + 1, lineEnd + 1, block);
}

function columnOf(text: string, offset: number): number {
  return offset - (text.lastIndexOf('\n', offset - 1) + 1);
}

function splice(text: string, start: number, end: number, insert: string): string {
  return text.slice(0, start) + insert + text.slice(end);
}

/** A value in YAML's flow style, quoted only where it must be: `[Mark Rubio, "a, b"]`, `{keep: true}`. */
function flow(value: unknown): string {
  const doc = new Document(value);
  if (isSeq(doc.contents) || isMap(doc.contents)) doc.contents.flow = true;
  return doc.toString({ flowCollectionPadding: false, lineWidth: 0 }).trimEnd();
}

function flowItem(value: string): string {
  return flow([value]).slice(1, -1);
}

export function stringsOf(node: unknown): string[] {
  if (isSeq(node)) return node.items.map((item) => String(isScalar(item) ? item.value : item));
  return isScalar(node) && typeof node.value === 'string' ? [node.value] : [];
}
