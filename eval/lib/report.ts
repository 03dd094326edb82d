import { GOLD_CLASSES, type GoldClass } from './corpus.js';
import { sumTallies, type DocumentOutcome, type Evaluation, type PeerOutcome } from './evaluate.js';
import type { Miss, Tally } from './score.js';

/** The figures the floor holds: a kind's recall and precision per class, a peer suite's pass rates. */
export type Figures = Record<string, number>;

const ratio = (part: number, whole: number): string => (whole === 0 ? '–' : (part / whole).toFixed(2));
const percent = (part: number, whole: number): string => (whole === 0 ? '–' : `${((100 * part) / whole).toFixed(1)}%`);
const row = (cells: readonly (string | number)[]): string => `| ${cells.join(' | ')} |`;

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return new Map([...groups].sort(([a], [b]) => a.localeCompare(b)));
}

const cell = (tally: Tally): string[] => [`${ratio(tally.found, tally.gold)} (${tally.found}/${tally.gold})`, `${ratio(tally.right, tally.changes)} (${tally.right}/${tally.changes})`];
const SCOPED: readonly GoldClass[] = ['article', 'spacing'];

function documentRows(groups: Map<string, DocumentOutcome[]>): string[] {
  const lines = [
    row(['', 'docs', 'repeat recall', 'repeat precision', 'a/an + spacing recall', 'a/an + spacing precision', 'names recall', 'names precision', 'keep broken', 'subtitles intact']),
    row(Array(10).fill('---')),
  ];
  for (const [name, docs] of groups) {
    const total = sumTallies(docs.map((doc) => doc.tallies));
    const other = SCOPED.reduce((sum, cls) => ({ gold: sum.gold + total[cls].gold, found: sum.found + total[cls].found, changes: sum.changes + total[cls].changes, right: sum.right + total[cls].right }), { gold: 0, found: 0, changes: 0, right: 0 });
    const keeps = docs.reduce((sum, doc) => sum + doc.keepBroken.length, 0);
    const subtitles = docs.filter((doc) => doc.subtitleErrors !== null);
    const intact = subtitles.filter((doc) => doc.subtitleErrors!.length === 0).length;
    lines.push(row([name, docs.length, ...cell(total.repeat), ...cell(other), ...cell(total.name), keeps, subtitles.length === 0 ? '–' : `${intact}/${subtitles.length}`]));
  }
  return lines;
}

function peerRows(groups: Map<string, PeerOutcome[]>): string[] {
  const lines = [row(['', 'change cases fixed as expected', 'keep cases changed']), row(['---', '---', '---'])];
  for (const [name, cases] of groups) {
    const change = cases.filter((c) => c.verdict === 'change');
    const keep = cases.filter((c) => c.verdict === 'keep');
    const fixed = change.filter((c) => c.ok).length;
    const broken = keep.filter((c) => !c.ok).length;
    lines.push(row([name, `${percent(fixed, change.length)} (${fixed}/${change.length})`, `${percent(broken, keep.length)} (${broken}/${keep.length})`]));
  }
  return lines;
}

/** The kinds that are transcripts: speech recognition's output, where loops and repeats are judged together. */
const TRANSCRIPTS = new Set(['whisper', 'auto-captions', 'asr-reference']);

/** The issue's targets, each measured here and said met or not. */
function targetRows(evaluation: Evaluation): string[] {
  const { documents, peers } = evaluation;
  const transcripts = documents.filter((doc) => TRANSCRIPTS.has(doc.kind));
  const repeat = sumTallies(transcripts.map((doc) => doc.tallies)).repeat;
  const whisper = sumTallies(documents.filter((doc) => doc.kind === 'whisper').map((doc) => doc.tallies)).repeat;
  const subtitles = documents.filter((doc) => doc.subtitleErrors !== null);
  const intact = subtitles.filter((doc) => doc.subtitleErrors!.length === 0).length;
  const change = peers.filter((c) => c.verdict === 'change');
  const keep = peers.filter((c) => c.verdict === 'keep');
  const fixed = change.filter((c) => c.ok).length;
  const broken = keep.filter((c) => !c.ok).length;
  const met = (ok: boolean): string => (ok ? 'met' : '**not met**');
  const ratio = (part: number, whole: number): string => (whole === 0 ? '–' : (part / whole).toFixed(3));
  return [
    row(['target', 'measured', '']),
    row(['---', '---', '---']),
    row(['repeats on transcripts (whisper, auto-captions, asr-reference): recall ≥ 0.9', `${ratio(repeat.found, repeat.gold)} (${repeat.found}/${repeat.gold}); whisper alone ${ratio(whisper.found, whisper.gold)}`, met(repeat.found >= 0.9 * repeat.gold)]),
    row(['repeats on transcripts: precision ≥ 0.98', `${ratio(repeat.right, repeat.changes)} (${repeat.right}/${repeat.changes}); whisper alone ${ratio(whisper.right, whisper.changes)}`, met(repeat.right >= 0.98 * repeat.changes)]),
    row(['every subtitle output parses with the independent parser, cue for cue', `${intact}/${subtitles.length}`, met(intact === subtitles.length)]),
    row(["peers' change cases fixed as expected ≥ 95%", percent(fixed, change.length), met(fixed >= 0.95 * change.length)]),
    row(["peers' keep cases changed ≤ 2%", percent(broken, keep.length), met(broken <= 0.02 * keep.length)]),
  ];
}

/** Names per kind, with no configuration and with a glossary of the right names only (issue 11's two modes). */
function nameRows(documents: readonly DocumentOutcome[]): string[] {
  const lines = [row(['', 'docs with names', 'no config: recall', 'no config: precision', 'glossary: recall', 'glossary: precision', 'glossary: wrong replacements', 'glossary: keeps broken']), row(Array(8).fill('---'))];
  const named = documents.filter((doc) => doc.withGlossary !== null);
  for (const [kind, docs] of new Map([...groupBy(named, (doc) => doc.kind), ['all', [...named]]])) {
    const plain = sumTallies(docs.map((doc) => doc.tallies)).name;
    const glossary = sumTallies(docs.map((doc) => doc.withGlossary!)).name;
    const keepsBroken = docs.reduce((sum, doc) => sum + doc.glossaryKeepBroken.length, 0);
    lines.push(row([kind, docs.length, ...cell(plain), ...cell(glossary), glossary.changes - glossary.right, keepsBroken]));
  }
  const evident = documents.map((doc) => doc.selfEvident).reduce((a, b) => ({ eligible: a.eligible + b.eligible, fixed: a.fixed + b.fixed, suggested: a.suggested + b.suggested }), { eligible: 0, fixed: 0, suggested: 0 });
  lines.push('', `With no configuration, of the ${evident.eligible} lone garbles of a name that the document itself spells right twice or introduces in full: ${evident.fixed} fixed, ${evident.suggested} suggested.`);
  return lines;
}

/** The tables for the README: the targets; by kind, by source, by class; peers by suite and in all. */
export function summaryTables(evaluation: Evaluation): string {
  const { documents, peers } = evaluation;
  const total = sumTallies(documents.map((doc) => doc.tallies));
  const classRows = [row(['class', 'gold edits', 'found', 'recall', 'changes made', 'right', 'precision']), row(Array(7).fill('---'))];
  for (const cls of GOLD_CLASSES) {
    const t = total[cls];
    if (t.gold + t.changes > 0) classRows.push(row([cls, t.gold, t.found, ratio(t.found, t.gold), t.changes, t.right, ratio(t.right, t.changes)]));
  }
  return [
    '**Targets**:',
    '',
    ...targetRows(evaluation),
    '',
    `**Documents** (${documents.length}), by kind:`,
    '',
    ...documentRows(new Map([...groupBy(documents, (doc) => doc.kind), ['all', [...documents]]])),
    '',
    'By source:',
    '',
    ...documentRows(groupBy(documents, (doc) => doc.repo)),
    '',
    'By class, all documents:',
    '',
    ...classRows,
    '',
    'Names, with no configuration and with a glossary of the right names only (no garbles listed):',
    '',
    ...nameRows(documents),
    '',
    `**Peers' test cases** (${peers.length}):`,
    '',
    ...peerRows(new Map([...groupBy(peers, (c) => `${c.suite} (${c.rule})`), ['all', [...peers]]])),
  ].join('\n');
}

/** Every case the tool got wrong, for a reader deciding what to fix next. */
export function failureList(evaluation: Evaluation): string {
  const lines: string[] = [];
  const show = (text: string): string => JSON.stringify(text.length > 220 ? `${text.slice(0, 220)}…` : text);
  for (const doc of evaluation.documents) {
    const listed = (mode: string) => (miss: Miss) => `- ${miss.class}${mode} ${miss.kind}${miss.suggested ? ' (suggested)' : ''}\n  - input: ${show(miss.input)}\n  - gold:  ${show(miss.gold)}\n  - tool:  ${show(miss.tool)}`;
    const problems = [...doc.misses.map(listed('')),  ...doc.glossaryMisses.map(listed(' (with the glossary)')), ...doc.glossaryKeepBroken.map((phrase) => `- keep broken with the glossary: ${show(phrase)}`), ...doc.keepBroken.map((phrase) => `- keep broken: ${show(phrase)}`), ...(doc.subtitleErrors ?? []).map((error) => `- subtitle damage: ${error}`)];
    if (problems.length > 0) lines.push(`### ${doc.kind}/${doc.id}`, '', ...problems, '');
  }
  const wrong = evaluation.peers.filter((c) => !c.ok);
  if (wrong.length > 0) lines.push('### Peer cases', '', ...wrong.map((c) => `- ${c.id} (${c.verdict}${c.reason ? `: ${c.reason}` : ''}): ${show(c.text)} → ${show(c.output)}${c.verdict === 'change' ? `, expected ${show(c.expected)}` : ''}`), '');
  return lines.join('\n');
}

/** What may not fall: per kind and class, recall and precision; per peer suite, the share of cases passed. */
export function figures(evaluation: Evaluation): Figures {
  const result: Figures = {};
  for (const [kind, docs] of groupBy(evaluation.documents, (doc) => doc.kind)) {
    const total = sumTallies(docs.map((doc) => doc.tallies));
    for (const cls of GOLD_CLASSES) {
      if (total[cls].gold > 0) result[`${kind}.${cls}.recall`] = total[cls].found / total[cls].gold;
      if (total[cls].changes > 0) result[`${kind}.${cls}.precision`] = total[cls].right / total[cls].changes;
    }
  }
  for (const [kind, docs] of groupBy(evaluation.documents.filter((doc) => doc.withGlossary !== null), (doc) => doc.kind)) {
    const names = sumTallies(docs.map((doc) => doc.withGlossary!)).name;
    if (names.gold > 0) result[`${kind}.name.glossary.recall`] = names.found / names.gold;
    if (names.changes > 0) result[`${kind}.name.glossary.precision`] = names.right / names.changes;
  }
  for (const [suite, cases] of groupBy(evaluation.peers, (c) => c.suite)) {
    for (const verdict of ['change', 'keep'] as const) {
      const own = cases.filter((c) => c.verdict === verdict);
      if (own.length > 0) result[`peers.${suite}.${verdict}`] = own.filter((c) => c.ok).length / own.length;
    }
  }
  return result;
}

/** Every "keep" that the tool breaks today: a document's keep phrase or a peer's keep case. */
export function brokenKeeps(evaluation: Evaluation): string[] {
  return [
    ...evaluation.documents.flatMap((doc) => doc.keepBroken.map((phrase) => `${doc.kind}/${doc.id}: ${phrase}`)),
    ...evaluation.peers.filter((c) => c.verdict === 'keep' && !c.ok).map((c) => c.id),
  ].sort();
}
