import { splitChunks } from './chunks.js';
import type { DocContext } from './types.js';

/**
 * Each chunk's part of the facts, by key and then by chunk text, shared by the facts of every text one
 * cleaning passes through: an edit makes again only the parts of the chunks it changed.
 */
export class ChunkParts {
  private readonly byKey = new Map<string, Map<string, unknown>>();

  of<P>(key: string, chunks: readonly string[], of: (chunk: string) => P): P[] {
    const known = this.byKey.get(key);
    const kept = new Map<string, unknown>();
    const parts = chunks.map((chunk) => {
      const part = kept.has(chunk) ? kept.get(chunk) : known?.has(chunk) ? known.get(chunk) : of(chunk);
      kept.set(chunk, part);
      return part as P;
    });
    // Only the current text's chunks are kept: memory stays one text's worth.
    this.byKey.set(key, kept);
    return parts;
  }
}

let factsMade = 0;

/**
 * The document-wide facts of one text (how often each spelling of a name occurs), computed once per text
 * through `memo`, and what a check read of them: so the engine can tell, when the text has changed, whether
 * a chunk's check would now judge differently — and check again only the chunks where it would.
 */
export class Facts implements DocContext {
  /** Which facts these are, as a number: what a record of reads may keep of them without keeping them alive. */
  readonly serial = ++factsMade;
  private readonly memos = new Map<string, unknown>();
  /** For each key, which earlier values of it this text's value equals. */
  private readonly compared = new Map<string, Map<unknown, boolean>>();

  constructor(
    readonly text: string,
    private readonly parts = new ChunkParts(),
    private readonly chunksOf: (text: string) => readonly string[] = (whole) => splitChunks(whole).map(([start, end]) => whole.slice(start, end)),
  ) {}

  memo<T>(key: string, make: (context: DocContext) => T): T {
    if (!this.memos.has(key)) this.memos.set(key, make(this));
    return this.memos.get(key) as T;
  }

  chunkParts<P>(key: string, of: (chunk: string) => P): readonly P[] {
    return this.memo(`parts:${key}`, () => this.parts.of(key, this.chunksOf(this.text), of));
  }

  /** Whether this text's fact `key` equals `value`, computed for another text (deep: maps, sets, arrays, objects). */
  same(key: string, value: unknown, make: (context: DocContext) => unknown): boolean {
    // Most facts read are counts, the very value this text's fact already is: one lookup answers.
    const current = this.memos.get(key);
    if (current !== undefined && Object.is(current, value)) return true;
    let known = this.compared.get(key);
    if (!known) this.compared.set(key, (known = new Map()));
    let equal = known.get(value);
    if (equal === undefined) {
      equal = deepEqual(this.memo(key, make), value);
      known.set(value, equal);
    }
    return equal;
  }
}

/** What one check of one chunk read of the document: facts by key (with how to make each), or the whole text. */
export class FactReads {
  // Three arrays, not a map of records: a verdict is kept for every chunk and check, with hundreds of reads.
  private readonly keys: string[] = [];
  private readonly values: unknown[] = [];
  private readonly makes: ((context: DocContext) => unknown)[] = [];
  private recorded: Set<string> | null = new Set();
  /**
   * The facts read, while the check runs. Let go at `close`: a `make` the reads keep is a closure over the
   * check's scope, which holds this context, and a context that held its facts would keep every earlier
   * text (20 MB each) and its memos alive for as long as a verdict of it is kept.
   */
  private facts: Facts | null = null;
  /** The serial of the facts everything read was last found to hold in (those it was read from, first). */
  private heldIn = 0;
  text: string | null = null;

  /**
   * The document as the check sees it, recording what it reads. Once the check has returned (`close`),
   * the context refuses to be read: a `make` that kept it instead of its argument would compute a fact
   * from an old text and let a stale verdict stand.
   */
  context(facts: Facts): DocContext {
    const reads = this;
    reads.facts = facts;
    reads.heldIn = facts.serial;
    const open = (): Facts => {
      if (!reads.facts) throw new Error('a check read its document context after it returned: a memo `make` must use the context it is given');
      return reads.facts;
    };
    const context: DocContext = {
      get text() {
        reads.text = open().text;
        return reads.text;
      },
      // What `make` reads of the document is its own business: it is given the facts, not this record,
      // so only the facts the check asks for are recorded, and each can be made again for another text.
      memo<T>(key: string, make: (context: DocContext) => T): T {
        const value = open().memo(key, make);
        if (!reads.recorded!.has(key)) {
          reads.recorded!.add(key);
          reads.keys.push(key);
          reads.values.push(value);
          reads.makes.push(make as (context: DocContext) => unknown);
        }
        return value;
      },
      // Recorded as the memo of its parts, through `context` (not `this`: a method may be passed on alone).
      chunkParts<P>(key: string, of: (chunk: string) => P): readonly P[] {
        return context.memo(`parts:${key}`, (whole) => whole.chunkParts(key, of));
      },
    };
    return context;
  }

  close(): void {
    this.recorded = null;
    this.facts = null;
  }

  /** Whether everything read is the same in `facts`: then the check would find what it found before. */
  stillHolds(facts: Facts): boolean {
    // A verdict kept for a chunk text that comes again (a text that repeats, a chunk just judged) is
    // asked again of the same facts: the answer is the one found before.
    if (this.heldIn === facts.serial) return true;
    if (this.text !== null && this.text !== facts.text) return false;
    for (let i = 0; i < this.keys.length; i++) if (!facts.same(this.keys[i]!, this.values[i], this.makes[i]!)) return false;
    this.heldIn = facts.serial;
    return true;
  }
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (a instanceof Map) {
    if (!(b instanceof Map) || a.size !== b.size) return false;
    for (const [key, value] of a) if (!b.has(key) || !deepEqual(value, b.get(key))) return false;
    return true;
  }
  if (a instanceof Set) {
    if (!(b instanceof Set) || a.size !== b.size) return false;
    for (const value of a) if (!b.has(value)) return false;
    return true;
  }
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((value, i) => deepEqual(value, b[i]));
  // Plain objects only; anything else (a Map against an object, a Date, a class) counts as changed, which
  // costs a check again, never a stale verdict.
  if (!isPlain(a) || !isPlain(b)) return false;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => deepEqual((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

function isPlain(value: object): boolean {
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}
