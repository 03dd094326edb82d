import { isMap, isScalar, isSeq, parseDocument, type Node, type Pair, type Scalar, type YAMLMap, type YAMLSeq } from 'yaml';
import { flow, flowItem, stringsOf } from './yaml-text.js';
import type { GlossaryAddition } from './edit.js';

type Fresh = (listed: readonly string[], addition: GlossaryAddition) => string[];

/** One insertion (or replacement) in the original text. */
interface Op {
  readonly start: number;
  readonly end: number;
  readonly insert: string;
}

const NOTHING: Op = { start: 0, end: 0, insert: '' };

/**
 * The YAML glossary with the additions written in by inserting text where each belongs, so every byte the
 * additions do not touch stays as the user wrote it (spacing, comments, quoting, folded notes); a
 * re-serialised document would reformat the whole file. The text is parsed once, every addition is an
 * insertion at a place in it (a name's additions made one), and they are applied together: a merge of
 * 1,000 learned names into a 1,000-name glossary once re-parsed the file per addition and took 89 s.
 * Null where a shape is not one this handles: the caller then falls back to the document model, and
 * checks this result against it in any case.
 */
export function spliceAdditions(text: string, additions: readonly GlossaryAddition[], fresh: Fresh): string | null {
  const doc = parseDocument(text);
  const root = doc.contents;
  if (!root || doc.errors.length > 0 || ((isMap(root) || isSeq(root)) && root.flow)) return null;
  const isPrh = isMap(root) && root.has('rules');
  const entries = isPrh ? (root.get('rules', true) as Node) : root;
  if (!isMap(entries) && (!isSeq(entries) || entries.flow)) return null;
  const nameKey = isPrh ? 'expected' : 'name';
  const listKey = isPrh ? 'patterns' : 'variants';
  const byName = entryIndex(entries, isPrh ? 'expected' : isMap(entries) ? '' : 'name');
  const ops: Op[] = [];
  const appended: string[] = [];
  for (const addition of byNameOnce(additions)) {
    const found = byName.get(addition.name);
    if (!found) {
      appended.push(isMap(entries) ? newMapEntry(addition) : newListEntry(addition, nameKey, listKey));
      continue;
    }
    const op = isMap(entries) ? intoValue(text, found as Pair<Node, Node | null>, addition, fresh) : intoItem(text, found as YAMLMap, isPrh, listKey, addition, fresh);
    if (op === null) return null;
    ops.push(op);
  }
  if (appended.length > 0) {
    const op = append(text, entries, appended.join('\n'));
    if (op === null) return null;
    ops.push(op);
  }
  return applyOps(text, ops);
}

/** A list item (`{name, variants}`, or prh's `{expected, pattern | patterns}`) gets the addition. */
function intoItem(text: string, item: YAMLMap, isPrh: boolean, listKey: string, addition: GlossaryAddition, fresh: Fresh): Op | null {
  const listed = [...(isPrh ? stringsOf(item.get('pattern', true)) : []), ...stringsOf(item.get(listKey, true))];
  return intoMap(text, item, listKey, fresh(listed, addition), addition.keep === true && listed.length === 0);
}

/** Each entry by its name: a map's keys, or the `name` (prh: `expected`) of a list's items. */
function entryIndex(entries: YAMLMap | YAMLSeq, nameKey: string): Map<string, unknown> {
  const index = new Map<string, unknown>();
  for (const item of entries.items) {
    const name = nameKey === '' ? (isScalar((item as Pair).key) ? (item as Pair<Scalar>).key.value : null) : isMap(item) ? item.get(nameKey) : null;
    if (typeof name === 'string' && !index.has(name)) index.set(name, item);
  }
  return index;
}

/** The additions with one per name, in the order names first come: variants joined, keep if any keeps. */
function byNameOnce(additions: readonly GlossaryAddition[]): GlossaryAddition[] {
  const merged = new Map<string, GlossaryAddition>();
  for (const addition of additions) {
    const earlier = merged.get(addition.name);
    if (!earlier) merged.set(addition.name, addition);
    else merged.set(addition.name, { ...earlier, variants: [...(earlier.variants ?? []), ...(addition.variants ?? [])], keep: earlier.keep === true || addition.keep === true });
  }
  return [...merged.values()];
}

/** Apply the insertions from the end, so each position still means the original text; at one position, in the order made. */
function applyOps(text: string, ops: readonly Op[]): string | null {
  const order = ops.map((op, i) => ({ op, i })).sort((a, b) => b.op.start - a.op.start || b.i - a.i);
  let out = text;
  let limit = Infinity;
  for (const { op } of order) {
    if (op === NOTHING) continue;
    if (op.end > limit) return null;
    out = out.slice(0, op.start) + op.insert + out.slice(op.end);
    limit = op.start;
  }
  return out;
}

/** `Name:`, `Name: []`, `Name: [a]`, `Name: a`, or `Name: {variants, …}` gets the addition. */
function intoValue(text: string, pair: Pair<Node, Node | null>, addition: GlossaryAddition, fresh: Fresh): Op | null {
  const value = pair.value;
  if (isMap(value)) {
    const listed = stringsOf(value.get('variants', true));
    return intoMap(text, value, 'variants', fresh(listed, addition), addition.keep === true && listed.length === 0);
  }
  const listed = stringsOf(value);
  const keep = addition.keep === true && listed.length === 0;
  const added = fresh(listed, addition);
  if (!keep && added.length === 0) return NOTHING;
  if (value === null || (isScalar(value) && value.value === null)) {
    const colon = text.indexOf(':', pair.key.range![1]);
    return colon < 0 ? null : splice(colon + 1, colon + 1, ` ${keep ? '{keep: true}' : flow(added)}`);
  }
  const [start, end] = value.range!;
  if (keep) return splice(start, end, '{keep: true}');
  if (isSeq(value)) return value.flow ? intoFlow(text, value, added.map(flowItem)) : intoBlockSeq(text, value, added);
  return splice(start, end, flow([...listed, ...added]));
}

/** A long entry's map gets `key: [added]` (or more items in the list it has), or `keep: true`. */
function intoMap(text: string, map: YAMLMap, key: string, added: readonly string[], keep: boolean): Op | null {
  const lines: string[] = [];
  if (keep) lines.push('keep: true');
  const list = map.get(key, true) as Node | undefined;
  if (added.length > 0 && list !== undefined) {
    if (!isSeq(list)) return null;
    // A kept spelling takes no garbles: that pair is the document model's to refuse.
    return lines.length > 0 ? null : list.flow ? intoFlow(text, list, added.map(flowItem)) : intoBlockSeq(text, list, added);
  }
  if (added.length > 0) lines.push(`${flowItem(key)}: ${flow(added)}`);
  if (lines.length === 0) return NOTHING;
  if (map.flow) return intoFlow(text, map, lines);
  const first = map.items[0]?.key as Node | undefined;
  if (!first?.range) return null;
  const indent = columnOf(text, first.range[0]);
  return insertLines(text, map.range![1], lines.map((line) => ' '.repeat(indent) + line));
}

/** `[a, b]` or `{a: 1}` gets more items before its closing bracket. */
function intoFlow(text: string, collection: YAMLSeq | YAMLMap, items: readonly string[]): Op | null {
  const close = collection.range![1] - 1;
  if (text[close] !== ']' && text[close] !== '}') return null;
  const separator = collection.items.length > 0 ? ', ' : '';
  return splice(close, close, separator + items.join(', '));
}

/** A block list gets `- item` lines after its last item, at its indent. */
function intoBlockSeq(text: string, seq: YAMLSeq, items: readonly string[]): Op {
  const indent = columnOf(text, seq.range![0]);
  return insertLines(text, seq.range![1], items.map((item) => `${' '.repeat(indent)}- ${flowItem(item)}`));
}

/** New entries go after the last one, at the entries' indent. */
function append(text: string, entries: YAMLMap | YAMLSeq, block: string): Op | null {
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
function insertLines(text: string, at: number, lines: readonly string[]): Op {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const block = `${lines.join(eol)}${eol}`;
  if (at === 0 || text[at - 1] === '\n') return splice(at, at, block);
  const lineEnd = text.indexOf('\n', at);
  return lineEnd < 0 ? splice(text.length, text.length, `${eol}${block}`) : splice(lineEnd + 1, lineEnd + 1, block);
}

function columnOf(text: string, offset: number): number {
  return offset - (text.lastIndexOf('\n', offset - 1) + 1);
}

function splice(start: number, end: number, insert: string): Op {
  return { start, end, insert };
}
