/**
 * `npm run bench:lsp`: the language server as an editor meets it. Latency: from a didChange to the
 * publishDiagnostics of that version, for a 50 KB article (machine-translated news from the eval corpus),
 * once warm, over 24 edits in the middle; with the default debounce and with none. Memory: the server's
 * RSS (worker threads included) after 10 and after 100 documents opened, checked and closed.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { startClient } from '../test/helpers/lsp-client.js';
import { DEFAULT_DEBOUNCE_MS } from '../src/lsp/client-settings.js';

const TARGET_BYTES = 50_000;
const EDITS = 24;
const WARM_EDITS = 10;

/** Machine-translated news, then speech-recognised transcripts, from the eval corpus, until 50 KB. */
function article(): string {
  const parts: string[] = [];
  let size = 0;
  for (const folder of ['eval/corpus/mt-reference', 'eval/corpus/asr-reference']) {
    for (const name of readdirSync(folder).filter((file) => file.endsWith('.txt')).sort()) {
      if (size >= TARGET_BYTES) break;
      const text = readFileSync(join(folder, name), 'utf8').trim();
      parts.push(text);
      size += Buffer.byteLength(text) + 2;
    }
  }
  return parts.join('\n\n') + '\n';
}

async function latency(text: string, debounceMs: number): Promise<number[]> {
  const root = mkdtempSync(join(tmpdir(), 'unmangle-bench-lsp-'));
  const client = await startClient({ root, initializationOptions: { debounceMs } });
  try {
    const uri = `file://${join(root, 'article.txt')}`;
    let doc = TextDocument.create(uri, 'plaintext', 1, text);
    await client.open(uri, text);
    await client.diagnostics(uri, (p) => p.version === 1);
    const times: number[] = [];
    const middle = doc.positionAt(Math.floor(text.length / 2));
    for (let i = 0; i < WARM_EDITS + EDITS; i++) {
      // Alternately type a doubled word in the middle and take it out again.
      const insert = i % 2 === 0;
      const change = insert
        ? { range: { start: middle, end: middle }, text: 'green green ' }
        : { range: { start: middle, end: { line: middle.line, character: middle.character + 12 } }, text: '' };
      const version = doc.version + 1;
      doc = TextDocument.update(doc, [change], version);
      const started = performance.now();
      await client.change(uri, version, [change]);
      await client.diagnostics(uri, (p) => p.version === version);
      if (i >= WARM_EDITS) times.push(performance.now() - started);
    }
    return times;
  } finally {
    await client.shutdown();
    rmSync(root, { recursive: true, force: true });
  }
}

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024;
}

async function memory(text: string): Promise<{ after10: number; after100: number }> {
  const root = mkdtempSync(join(tmpdir(), 'unmangle-bench-lsp-'));
  const client = await startClient({ root });
  const readings: Record<number, number> = {};
  try {
    for (let i = 1; i <= 100; i++) {
      const uri = `file://${join(root, `doc-${i}.txt`)}`;
      // Each document its own text, so no result can be shared between them.
      await client.open(uri, `Document ${i}.\n\n${text}`);
      await client.diagnostics(uri, (p) => p.version === 1);
      await client.close(uri);
      await client.diagnostics(uri, (p) => p.version === undefined && p.diagnostics.length === 0);
      if (i % 10 === 0) readings[i] = rssMb(client.pid);
    }
    console.log(`  RSS every 10 documents: ${Object.values(readings).map((mb) => mb.toFixed(0)).join(', ')} MB`);
    return { after10: readings[10]!, after100: readings[100]! };
  } finally {
    await client.shutdown();
    rmSync(root, { recursive: true, force: true });
  }
}

function summary(times: number[]): string {
  const sorted = [...times].sort((a, b) => a - b);
  const median = sorted.length % 2 ? sorted[(sorted.length - 1) / 2]! : (sorted[sorted.length / 2 - 1]! + sorted[sorted.length / 2]!) / 2;
  return `median ${median.toFixed(0)} ms, min ${sorted[0]!.toFixed(0)}, max ${sorted.at(-1)!.toFixed(0)} (${times.length} edits)`;
}

// `npm run bench:lsp -- latency` or `-- memory` runs one half.
const part = process.argv[2];
const text = article();
console.log(`article: ${(Buffer.byteLength(text) / 1000).toFixed(1)} KB, ${text.split('\n').length} lines`);
if (part !== 'memory') {
  console.log(`didChange → publishDiagnostics, debounce ${DEFAULT_DEBOUNCE_MS} ms (default): ${summary(await latency(text, DEFAULT_DEBOUNCE_MS))}`);
  console.log(`didChange → publishDiagnostics, no debounce: ${summary(await latency(text, 0))}`);
}
if (part !== 'latency') {
  const { after10, after100 } = await memory(text);
  console.log(`server RSS after 10 documents opened and closed: ${after10.toFixed(0)} MB; after 100: ${after100.toFixed(0)} MB`);
}
