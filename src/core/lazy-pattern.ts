/**
 * A regular expression built at its first use. V8 checks every regular expression literal as it compiles
 * the module, and a class of Unicode properties (`[\p{L}\p{N}]`) costs it a quarter of a millisecond to
 * expand: a dozen such literals were 2–3 ms of every start of the library (and of the CLI where it has no
 * code cache), most for patterns a one-line run never reaches.
 * Give the source as `String.raw`, with `\u` escapes for anything beyond ASCII: a raw template keeps its
 * characters as they are, and the CLI's bundle must be ASCII (scripts/build-cli.ts).
 */
export function lazyPattern(source: string, flags: string): () => RegExp {
  let made: RegExp | undefined;
  return () => (made ??= new RegExp(source, flags));
}
