/**
 * What was last made from a text's chunk parts, kept with those parts: a text whose parts are alike, in
 * order, to the last text's (after an edit to no capitalised word, most of a cleaning's edits) makes the
 * very same value, so it is not made again; only the parts that are not the very same objects are compared.
 */
export class KeptFromParts<P, V> {
  private parts: readonly P[] = [];
  private value: V | undefined;

  constructor(
    private readonly alike: (a: P, b: P) => boolean,
    private readonly make: (parts: readonly P[]) => V,
  ) {}

  of(parts: readonly P[]): V {
    const last = this.parts;
    if (this.value === undefined || parts.length !== last.length || parts.some((part, i) => part !== last[i] && !this.alike(part, last[i]!))) this.value = this.make(parts);
    this.parts = parts;
    return this.value;
  }
}

/** The same keys with the same values in the same order: the order decides what is made from them. */
export function sameMapInOrder<K, V>(a: ReadonlyMap<K, V>, b: ReadonlyMap<K, V>): boolean {
  if (a.size !== b.size) return false;
  const others = b.entries();
  for (const [key, value] of a) {
    const [otherKey, otherValue] = others.next().value!;
    if (key !== otherKey || value !== otherValue) return false;
  }
  return true;
}
