import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { SYNTAXES, type Syntax } from '../../src/index.js';

/** The real-text benchmark's material as it is stored (eval/README.md describes the files). */
export type GoldClass = 'repeat' | 'article' | 'spacing' | 'name' | 'hallucination' | 'disfluency';
export const GOLD_CLASSES: readonly GoldClass[] = ['repeat', 'article', 'spacing', 'name', 'hallucination', 'disfluency'];

export interface Source {
  readonly repo: string;
  readonly where?: string;
  readonly path?: string;
  readonly commit?: string | null;
}

/** A gold edit placed in the document: the input range it replaces. */
export interface GoldEdit {
  readonly range: readonly [number, number];
  readonly text: string;
  readonly class: GoldClass;
  readonly why: string;
}

export interface EvalDocument {
  readonly id: string;
  readonly kind: string;
  readonly syntax: Syntax;
  readonly source: Source;
  readonly licence: string;
  readonly text: string;
  readonly edits: readonly GoldEdit[];
  readonly keep: readonly string[];
  /** The right names of the document, as an editor's glossary would list them (no garbles): names mode. */
  readonly glossary: readonly string[];
}

export interface PeerCase {
  readonly id: string;
  readonly text: string;
  /** What this project holds the right outcome to be: the peer's, unless a verdict overrides it. */
  readonly verdict: 'change' | 'keep';
  readonly peer: 'change' | 'keep';
  readonly expected?: string;
  readonly reason?: string;
  readonly rule: string;
}

export interface PeerSuite {
  readonly id: string;
  readonly source: Source;
  readonly licence: string;
  readonly cases: readonly PeerCase[];
}

/** A problem with the stored material: the benchmark refuses to run on it. */
export class CorpusError extends Error {}

export function loadDocuments(root: string): EvalDocument[] {
  const documents: EvalDocument[] = [];
  const corpus = join(root, 'corpus');
  if (!existsSync(corpus)) return documents;
  for (const kind of readdirSync(corpus).sort()) {
    for (const name of readdirSync(join(corpus, kind)).sort()) {
      if (!name.endsWith('.json')) continue;
      documents.push(loadDocument(join(corpus, kind), name.slice(0, -'.json'.length), kind));
    }
  }
  return documents;
}

function loadDocument(folder: string, id: string, kind: string): EvalDocument {
  const where = join(folder, `${id}.json`);
  const fail = (message: string): never => {
    throw new CorpusError(`${where}: ${message}`);
  };
  const meta = JSON.parse(readFileSync(where, 'utf8'));
  const syntax: Syntax = meta.syntax ?? 'text';
  if (!SYNTAXES.includes(syntax)) fail(`unknown syntax ${syntax}`);
  if (!meta.source?.repo) fail('no source.repo');
  if (!meta.licence) fail('no licence');
  const files = readdirSync(folder).filter((name) => name.startsWith(`${id}.`) && !name.endsWith('.json') && !name.includes('.gold.'));
  if (files.length !== 1) fail(`expected one document file beside the sidecar, found ${files.length}`);
  const text = readFileSync(join(folder, files[0]!), 'utf8');
  const gold = meta.gold ?? {};
  const edits: GoldEdit[] = gold.file
    ? editsFromGoldFile(text, readFileSync(join(folder, gold.file), 'utf8'), gold.class ?? fail('gold.file needs gold.class'))
    : (gold.edits ?? []).map((edit: RawEdit, i: number) => placeEdit(text, edit, (message) => fail(`gold.edits[${i}]: ${message}`)));
  const sorted = [...edits].sort((a, b) => a.range[0] - b.range[0]);
  sorted.forEach((edit, i) => {
    if (!GOLD_CLASSES.includes(edit.class)) fail(`unknown class ${edit.class}`);
    if (i > 0 && edit.range[0] < sorted[i - 1]!.range[1]) fail(`gold edits overlap at offset ${edit.range[0]}`);
  });
  const keep: string[] = gold.keep ?? [];
  for (const phrase of keep) if (!text.includes(phrase)) fail(`keep phrase not in the document: ${JSON.stringify(phrase)}`);
  const glossary: string[] = gold.glossary ?? [];
  if (!Array.isArray(glossary) || glossary.some((name) => typeof name !== 'string' || name.trim() === '')) fail('gold.glossary must be a list of names');
  return { id: basename(id), kind: meta.kind ?? kind, syntax, source: meta.source, licence: meta.licence, text, edits: sorted, keep, glossary };
}

interface RawEdit {
  readonly find: string;
  readonly replace: string;
  readonly occurrence?: number;
  readonly class: GoldClass;
  readonly why?: string;
}

function placeEdit(text: string, edit: RawEdit, fail: (message: string) => never): GoldEdit {
  if (typeof edit.find !== 'string' || edit.find === '' || typeof edit.replace !== 'string') fail('needs find and replace');
  const at: number[] = [];
  for (let i = text.indexOf(edit.find); i !== -1; i = text.indexOf(edit.find, i + 1)) at.push(i);
  if (at.length === 0) fail(`find not in the document: ${JSON.stringify(edit.find.slice(0, 80))}`);
  if (edit.occurrence === undefined && at.length > 1) fail(`find occurs ${at.length} times; give an occurrence: ${JSON.stringify(edit.find.slice(0, 80))}`);
  const start = at[(edit.occurrence ?? 1) - 1];
  if (start === undefined) fail(`occurrence ${edit.occurrence} of ${at.length}`);
  return { range: [start!, start! + edit.find.length], text: edit.replace, class: edit.class, why: edit.why ?? '' };
}

/** The edits that turn `text` into `gold`, line by line: a gold file is read as lines kept, dropped or rewritten. */
function editsFromGoldFile(text: string, gold: string, goldClass: GoldClass): GoldEdit[] {
  const lineStarts = (t: string): number[] => [0, ...[...t.matchAll(/\n/g)].map((m) => m.index + 1)];
  const a = text.split('\n');
  const b = gold.split('\n');
  const aStarts = lineStarts(text);
  // Longest common subsequence of lines; the rest are the edits.
  const lcs: Uint32Array[] = Array.from({ length: a.length + 1 }, () => new Uint32Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  }
  const edits: GoldEdit[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    const fromI = i;
    const fromJ = j;
    while ((i < a.length || j < b.length) && !(i < a.length && j < b.length && a[i] === b[j])) {
      if (j >= b.length || (i < a.length && lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) i++;
      else j++;
    }
    const start = aStarts[fromI] ?? text.length;
    const end = aStarts[i] ?? text.length;
    const replacement = b.slice(fromJ, j).map((line) => `${line}\n`).join('');
    edits.push({ range: [start, end], text: i >= a.length && !text.endsWith('\n') ? replacement.slice(0, -1) : replacement, class: goldClass, why: 'gold file' });
  }
  return edits;
}

export function loadPeerSuites(root: string): PeerSuite[] {
  const folder = join(root, 'peers');
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const where = join(folder, name);
      const id = name.slice(0, -'.json'.length);
      const raw = JSON.parse(readFileSync(where, 'utf8'));
      if (!raw.source?.repo || !raw.licence || !Array.isArray(raw.cases)) throw new CorpusError(`${where}: needs source.repo, licence and cases`);
      const cases = raw.cases.map((c: Omit<PeerCase, 'id' | 'verdict'> & { verdict?: 'change' | 'keep' }, i: number): PeerCase => {
        const verdict = c.verdict ?? c.peer;
        if (typeof c.text !== 'string' || (verdict !== 'change' && verdict !== 'keep')) throw new CorpusError(`${where}: cases[${i}] needs text and peer`);
        if (verdict === 'change' && (typeof c.expected !== 'string' || c.expected === c.text)) throw new CorpusError(`${where}: cases[${i}] is a change with no expected text`);
        return { ...c, id: `${id}#${i}`, verdict };
      });
      return { id, source: raw.source, licence: raw.licence, cases };
    });
}
