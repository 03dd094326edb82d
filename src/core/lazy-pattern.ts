/**
 * A regular expression built at its first use. V8 checks every regular expression literal as it compiles
 * the module, and a class of Unicode properties (`[\p{L}\p{N}]`) costs it a quarter of a millisecond to
 * expand: a dozen such literals were 2–3 ms of every start, most for patterns a one-line run never reaches.
 */
export function lazyPattern(source: string, flags: string): () => RegExp {
  let made: RegExp | undefined;
  return () => (made ??= new RegExp(source, flags));
}
