import { isMap, isScalar, isSeq, parseDocument, type Document, type Node, type YAMLMap, type YAMLSeq } from 'yaml';
import { addToJson, prhKeepMessage } from './edit-json.js';
import { spliceAdditions } from './edit-splice.js';
import { stringsOf } from './yaml-text.js';
import { parseGlossary } from './parse.js';
import { checkAdditions } from './edit-check.js';
import { GlossaryError } from './types.js';

/** What to add to a glossary: a name with garbles to list under it, or a spelling to leave as written. */
export interface GlossaryAddition {
  /** The canonical spelling (a key of the map form, `name` of the list form, `expected` of prh). */
  readonly name: string;
  /** Garbles to list under it; one already listed (in any case) is not repeated. */
  readonly variants?: readonly string[];
  /** A spelling to leave as written: `name: {keep: true}`. */
  readonly keep?: boolean;
  /** Comment line(s) written above a new entry (YAML only: JSON has no comments). */
  readonly comment?: string;
}

/**
 * The glossary text with the additions merged in: the entries there, their order, their comments and
 * their style kept, nothing ever dropped; a new name goes at the end. An empty text starts a YAML map.
 * A text the glossary parser refuses, or an addition it would refuse (a garble another name claims, a
 * keep spelling listed as a garble), throws a GlossaryError naming the file and line.
 */
export function addToGlossary(text: string, file: string, additions: readonly GlossaryAddition[]): string {
  const entries = parseGlossary(text, file);
  checkAdditions(entries, additions, file);
  const result = written(text, file, additions);
  // What is written must load: a glossary that stopped every later run would be worse than none.
  parseGlossary(result, file);
  return result;
}

function written(text: string, file: string, additions: readonly GlossaryAddition[]): string {
  if (isJson(text)) return addToJson(text, file, additions, newVariants);
  const model = modelled(text, file, additions);
  const spliced = spliceAdditions(text, additions, newVariants);
  // The splice keeps every untouched byte; the model is the reference it must read the same as.
  if (spliced !== null && sameData(spliced, model)) return spliced;
  return model.toString({ lineWidth: 0, flowCollectionPadding: false });
}

/** The additions made through YAML's document model: right by construction, but it reformats the file. */
function modelled(text: string, file: string, additions: readonly GlossaryAddition[]): Document {
  const doc = parseDocument(text.trim() === '' ? '{}\n' : text);
  if (text.trim() === '') (doc.contents as YAMLMap).flow = false;
  const root = doc.contents;
  for (const addition of additions) {
    if (isMap(root) && root.has('rules')) addToPrh(doc, root, addition, file);
    else if (isMap(root)) addToMap(doc, root, addition);
    else addToList(doc, root as YAMLSeq, addition);
  }
  return doc;
}

/** JSON is YAML too, but written back as JSON; a flow-style YAML file (`{A: [b]}`) is not JSON. */
function isJson(text: string): boolean {
  if (!/^\s*[[{]/.test(text)) return false;
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

function sameData(text: string, model: Document): boolean {
  const doc = parseDocument(text);
  return doc.errors.length === 0 && JSON.stringify(doc.toJS()) === JSON.stringify(model.toJS());
}

/** The variants not yet among `listed` (case-insensitively) nor the name itself. */
function newVariants(listed: readonly string[], addition: GlossaryAddition): string[] {
  const seen = new Set([addition.name, ...listed].map((spelling) => spelling.toLowerCase()));
  const fresh: string[] = [];
  for (const variant of addition.variants ?? []) {
    if (seen.has(variant.toLowerCase())) continue;
    seen.add(variant.toLowerCase());
    fresh.push(variant);
  }
  return fresh;
}

/** Append to a sequence node, or make one (flow style, as glossaries are usually written) in `map` at `key`. */
function extend(doc: Document, map: YAMLMap, key: string, fresh: readonly string[]): void {
  if (fresh.length === 0) return;
  const node = map.get(key, true);
  if (isSeq(node)) {
    for (const variant of fresh) node.add(doc.createNode(variant));
    return;
  }
  const seq = doc.createNode([...stringsOf(node), ...fresh], { flow: true });
  map.set(key, seq);
}

function pairOf(map: YAMLMap, key: string, name: string) {
  return map.items.find((pair) => {
    const value = isScalar(pair.key) ? pair.key.value : pair.key;
    return key === '' ? value === name : isMap(pair.value) && pair.value.get(key) === name;
  });
}

function withComment(node: Node, comment: string | undefined): Node {
  if (comment) node.commentBefore = comment.split('\n').map((line) => ` ${line}`).join('\n');
  return node;
}

/** `Name: [variants]`, `Name: variant`, `Name:`, or `Name: {variants, …}`. */
function addToMap(doc: Document, root: YAMLMap, addition: GlossaryAddition): void {
  const pair = pairOf(root, '', addition.name);
  if (!pair) {
    const value = addition.keep ? { keep: true } : [...new Set(addition.variants ?? [])];
    const created = doc.createPair(addition.name, value);
    if (!addition.keep) (created.value as YAMLSeq).flow = true;
    else (created.value as YAMLMap).flow = true;
    withComment(created.key as Node, addition.comment);
    root.items.push(created);
    return;
  }
  const value = pair.value;
  if (isMap(value)) {
    if (addition.keep && stringsOf(value.get('variants', true)).length === 0) value.set('keep', true);
    extend(doc, value, 'variants', newVariants(stringsOf(value.get('variants', true)), addition));
    return;
  }
  const listed = stringsOf(value);
  if (addition.keep && listed.length === 0) {
    replaceValue(pair, doc.createNode({ keep: true }, { flow: true }));
    return;
  }
  const fresh = newVariants(listed, addition);
  if (fresh.length === 0) return;
  if (isSeq(value)) for (const variant of fresh) value.add(doc.createNode(variant));
  else replaceValue(pair, doc.createNode([...listed, ...fresh], { flow: true }));
}

/** A new value for an entry, with the comments YAML had attached to the old one (a null's, say). */
function replaceValue(pair: { value: unknown }, node: Node): void {
  const old = pair.value as Node | null;
  if (old && typeof old === 'object') {
    if (old.comment) node.comment = old.comment;
    if (old.commentBefore) node.commentBefore = old.commentBefore;
  }
  pair.value = node;
}

/** `- {name: Name, variants: [...]}`. */
function addToList(doc: Document, root: YAMLSeq, addition: GlossaryAddition): void {
  const item = root.items.find((entry) => isMap(entry) && entry.get('name') === addition.name) as YAMLMap | undefined;
  if (!item) {
    const created = doc.createNode(addition.keep ? { name: addition.name, keep: true } : { name: addition.name, variants: [...new Set(addition.variants ?? [])] });
    created.flow = true;
    root.items.push(withComment(created, addition.comment));
    return;
  }
  if (addition.keep && stringsOf(item.get('variants', true)).length === 0) item.set('keep', true);
  extend(doc, item, 'variants', newVariants(stringsOf(item.get('variants', true)), addition));
}

/** prh: `rules: [{expected, pattern | patterns}]`; a garble goes to `patterns`. prh has no keep list. */
function addToPrh(doc: Document, root: YAMLMap, addition: GlossaryAddition, file: string): void {
  if (addition.keep) throw new GlossaryError(prhKeepMessage(file, addition.name));
  const rules = root.get('rules', true) as unknown as YAMLSeq;
  const rule = rules.items.find((entry) => isMap(entry) && entry.get('expected') === addition.name) as YAMLMap | undefined;
  if (!rule) {
    const created = doc.createNode({ expected: addition.name, patterns: [...new Set(addition.variants ?? [])] });
    (created.get('patterns', true) as unknown as YAMLSeq).flow = true;
    rules.items.push(withComment(created, addition.comment));
    return;
  }
  const listed = [...stringsOf(rule.get('pattern', true)), ...stringsOf(rule.get('patterns', true))];
  extend(doc, rule, 'patterns', newVariants(listed, addition));
}
