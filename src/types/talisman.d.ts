// talisman ships no types. Its modules are CommonJS compiled from ES modules: the function is `default`.
declare module 'talisman/phonetics/daitch-mokotoff.js' {
  const module: ((name: string) => string[]) | { readonly default: (name: string) => string[] };
  export default module;
}
