/**
 * An answer that depends on its key alone, from a table kept for as long as a pipeline (sound keys, what a
 * stem is, a name index's lookups), across chunks and documents: the table starts again past `limit`
 * rather than grow with every word a long run meets.
 * `make` is given the key, so a caller passes a function made once, not a closure made at every ask.
 */
export function remembered<T>(table: Map<string, T>, key: string, make: (key: string) => T, limit: number): T {
  let answer = table.get(key);
  if (answer === undefined) {
    if (table.size >= limit) table.clear();
    table.set(key, (answer = make(key)));
  }
  return answer;
}
