/**
 * An answer that depends on its key alone, from a table a fixer keeps for as long as its pipeline, across
 * chunks and documents: the table starts again past `limit` rather than grow with every word a long run meets.
 */
export function remembered<T>(table: Map<string, T>, key: string, make: () => T, limit: number): T {
  let answer = table.get(key);
  if (answer === undefined) {
    if (table.size >= limit) table.clear();
    table.set(key, (answer = make()));
  }
  return answer;
}
