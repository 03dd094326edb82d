import { badReplacement } from './pattern-rule.js';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type YAMLMap } from 'yaml';
import { LinearRegExp, NotLinearError } from './linear-regexp.js';
import { GlossaryError, type NameEntry, type Spec } from './types.js';

const ENTRY_KEYS = ['variants', 'note', 'specs', 'keep'];
const LIST_ENTRY_KEYS = ['name', ...ENTRY_KEYS];
const PRH_RULE_KEYS = ['expected', 'pattern', 'patterns', 'specs', 'options', 'prh', 'regexpMustEmpty'];
const REGEX_PATTERN = /^\/(.+)\/([dgimsuy]*)$/s;

/**
 * Read a glossary: YAML or JSON (JSON is YAML), in one of three shapes —
 * a map `canonical: [variants]` whose values may also be `{variants, note, specs, keep}`;
 * a list of `{name, variants, note, specs, keep}`; or a prh dictionary `{version: 1, rules: [...]}`.
 * Throws a GlossaryError naming `file` and the line of the first problem.
 */
export function parseGlossary(text: string, file: string): NameEntry[] {
  const lines = new LineCounter();
  // Duplicate keys are found below, so the error can name the line of the second one.
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: false, prettyErrors: false });
  const fail = (node: Node | null | undefined, message: string): never => {
    const line = node?.range ? lines.linePos(node.range[0]).line : 1;
    throw new GlossaryError(`${file}:${line}: ${message}`);
  };
  const error = doc.errors[0];
  if (error) throw new GlossaryError(`${file}:${error.linePos?.[0].line ?? 1}: ${error.message.split('\n')[0]}`);
  const reader = new EntryReader(file, fail, (node) => (node?.range ? lines.linePos(node.range[0]).line : 1));
  const root = doc.contents;
  if (root === null || (isScalar(root) && root.value === null)) return [];
  if (isMap(root) && root.has('rules')) return reader.prh(root);
  if (isMap(root)) {
    reader.checkUnique(root);
    return root.items.map((pair) => reader.mapEntry(pair.key as Node, pair.value as Node | null));
  }
  if (isSeq(root)) return root.items.map((item) => reader.listEntry(item as Node));
  return fail(root, 'a glossary is a map of names to variants, a list of entries, or a prh dictionary');
}

type Fail = (node: Node | null | undefined, message: string) => never;

class EntryReader {
  constructor(
    private readonly file: string,
    private readonly fail: Fail,
    private readonly lineOf: (node: Node | null | undefined) => number,
  ) {}

  /** Each name once: YAML would silently keep only the last of two equal keys. */
  checkUnique(map: YAMLMap): void {
    const seen = new Map<unknown, Node>();
    for (const pair of map.items) {
      const key = isScalar(pair.key) ? pair.key.value : pair.key;
      const first = seen.get(key);
      if (first) this.fail(pair.key as Node, `"${String(key)}" is listed twice (first at line ${this.lineOf(first)})`);
      seen.set(key, pair.key as Node);
    }
  }

  /** `El Salvador: [Al Salvador]`, `CECOT: []`, or `Kaja Kallas: {variants: [...], note: ..., specs: [...]}`. */
  mapEntry(key: Node, value: Node | null): NameEntry {
    const name = this.string(key, 'a name');
    if (value === null || (isScalar(value) && value.value === null)) return this.entry(name, key, []);
    if (isSeq(value)) return this.entry(name, key, this.strings(value, `the variants of "${name}"`));
    if (isMap(value)) return this.longEntry(name, key, value, ENTRY_KEYS);
    if (isScalar(value) && typeof value.value === 'string') return this.entry(name, key, [this.string(value, `the variant of "${name}"`)]);
    return this.fail(value, `"${name}" must have a list of variants or {variants, note, specs, keep}`);
  }

  /** `- {name: Kaja Kallas, variants: [...], note: ..., specs: [...]}` */
  listEntry(item: Node): NameEntry {
    if (!isMap(item)) return this.fail(item, 'each entry of a list must be a map with a "name"');
    const nameNode = item.get('name', true) as Node | undefined;
    if (!nameNode) return this.fail(item, 'an entry has no "name"');
    this.checkUnique(item);
    return this.longEntry(this.string(nameNode, '"name"'), item, item, LIST_ENTRY_KEYS);
  }

  /** prh: `{version: 1, rules: [{expected, pattern | patterns, specs}]}`. */
  prh(root: YAMLMap): NameEntry[] {
    const version = root.get('version', true) as Node | undefined;
    // Another version may mean other rules: read as version 1, it would fix text its authors did not mean to.
    if (version && !(isScalar(version) && version.value === 1)) this.fail(version, 'only prh "version: 1" dictionaries are read');
    if (root.has('imports')) this.fail(root.get('imports', true) as Node, 'prh "imports" are not followed: pass each dictionary with --glossary');
    const rules = root.get('rules', true) as Node;
    if (!isSeq(rules)) return this.fail(rules, '"rules" must be a list');
    return rules.items.map((rule) => {
      if (!isMap(rule)) return this.fail(rule as Node, 'each prh rule must be a map with "expected"');
      this.checkUnique(rule);
      this.checkKeys(rule, PRH_RULE_KEYS, 'a prh rule');
      const expectedNode = rule.get('expected', true) as Node | undefined;
      if (!expectedNode) return this.fail(rule, 'a prh rule has no "expected"');
      const name = this.string(expectedNode, '"expected"');
      const raw = [...this.stringOrList(rule, 'pattern', name), ...this.stringOrList(rule, 'patterns', name)];
      const patterns = raw.filter((p) => REGEX_PATTERN.test(p)).map((p) => this.regex(p, rule));
      for (const pattern of patterns) {
        const bad = badReplacement(pattern, name);
        if (bad) this.fail(expectedNode, `prh rule: ${bad}`);
      }
      const variants = raw.filter((p) => !REGEX_PATTERN.test(p) && p !== name);
      const note = rule.get('prh');
      return {
        ...this.entry(name, rule, variants, this.specs(rule, name)),
        patterns,
        ...(typeof note === 'string' && { note }),
      };
    });
  }

  private longEntry(name: string, at: Node, map: YAMLMap, allowed: readonly string[]): NameEntry {
    this.checkUnique(map);
    this.checkKeys(map, allowed, `"${name}"`);
    const variantsNode = map.get('variants', true) as Node | undefined;
    const variants = variantsNode ? this.strings(variantsNode, `"variants" of "${name}"`) : [];
    const noteNode = map.get('note', true) as Node | undefined;
    const note = noteNode ? this.string(noteNode, `"note" of "${name}"`) : undefined;
    const keep = this.keep(map, name, variants);
    return { ...this.entry(name, at, variants, this.specs(map, name)), ...(note !== undefined && { note }), ...(keep && { keep }) };
  }

  /** `keep: true`: a spelling to leave as written, so it has no garbles of its own to replace. */
  private keep(map: YAMLMap, name: string, variants: readonly string[]): true | undefined {
    const node = map.get('keep', true) as Node | undefined;
    if (!node) return undefined;
    if (!isScalar(node) || typeof node.value !== 'boolean') return this.fail(node, `"keep" of "${name}" must be true or false`);
    if (!node.value) return undefined;
    if (variants.length > 0) this.fail(map.get('variants', true) as Node, `"${name}" is kept as written (keep: true), so it cannot have variants`);
    if (!/[\p{L}\p{N}]/u.test(name)) this.fail(node, `"${name}" has no letter or digit to keep`);
    return true;
  }

  private entry(name: string, at: Node, variants: string[], specs: Spec[] = []): NameEntry {
    return { name, variants, patterns: [], specs, origin: { file: this.file, line: this.lineOf(at) }, source: 'glossary' };
  }

  private specs(map: YAMLMap, name: string): Spec[] {
    const node = map.get('specs', true) as Node | undefined;
    if (!node) return [];
    if (!isSeq(node)) return this.fail(node, `"specs" of "${name}" must be a list of {from, to}`);
    return node.items.map((item) => {
      const spec = item as Node;
      if (!isMap(spec) || !spec.has('from') || !spec.has('to')) return this.fail(spec, `each spec of "${name}" needs "from" and "to"`);
      return {
        from: this.string(spec.get('from', true) as Node, '"from"'),
        to: this.string(spec.get('to', true) as Node, '"to"'),
        line: this.lineOf(spec),
      };
    });
  }

  private checkKeys(map: YAMLMap, allowed: readonly string[], what: string): void {
    for (const pair of map.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '?';
      if (!allowed.includes(key)) this.fail(pair.key as Node, `unknown key "${key}" in ${what} (expected ${allowed.join(', ')})`);
    }
  }

  private stringOrList(map: YAMLMap, key: string, name: string): string[] {
    const node = map.get(key, true) as Node | undefined;
    if (!node) return [];
    return isSeq(node) ? this.strings(node, `"${key}" of "${name}"`) : [this.string(node, `"${key}" of "${name}"`)];
  }

  private regex(pattern: string, at: Node): RegExp {
    const [, source, flags] = REGEX_PATTERN.exec(pattern)!;
    let native: RegExp;
    try {
      native = new RegExp(source!, `${flags!.replace(/[gy]/g, '')}gu`);
    } catch (error) {
      return this.fail(at, `bad regular expression ${pattern}: ${(error as Error).message}`);
    }
    try {
      return new LinearRegExp(native);
    } catch (error) {
      if (!(error instanceof NotLinearError)) throw error;
      // A backtracking engine can take for ever on one line (/(a+)+$/); only a linear-time one runs here.
      return this.fail(at, `this regular expression needs a lookahead or back-reference, which cannot run in linear time: refused (a pattern like it could hang the run)`);
    }
  }

  private string(node: Node, what: string): string {
    if (!isScalar(node) || typeof node.value !== 'string' || node.value.trim() === '') {
      return this.fail(node, `${what} must be a non-empty string`);
    }
    return node.value.trim();
  }

  private strings(node: Node, what: string): string[] {
    if (!isSeq(node)) return this.fail(node, `${what} must be a list of strings`);
    return node.items.map((item) => {
      if (!isScalar(item) || typeof item.value !== 'string' || item.value.trim() === '') {
        return this.fail(item as Node, `${what} must be a list of strings`);
      }
      return item.value.trim();
    });
  }
}
