import { Document, isMap, isScalar, isSeq } from 'yaml';

/** A value in YAML's flow style, quoted only where it must be: `[Mark Rubio, "a, b"]`, `{keep: true}`. */
export function flow(value: unknown): string {
  const doc = new Document(value);
  if (isSeq(doc.contents) || isMap(doc.contents)) doc.contents.flow = true;
  return doc.toString({ flowCollectionPadding: false, lineWidth: 0 }).trimEnd();
}

export function flowItem(value: string): string {
  return flow([value]).slice(1, -1);
}

export function stringsOf(node: unknown): string[] {
  if (isSeq(node)) return node.items.map((item) => String(isScalar(item) ? item.value : item));
  return isScalar(node) && typeof node.value === 'string' ? [node.value] : [];
}
