import { parentPort } from 'node:worker_threads';
import { UsageError } from '../core/errors.js';
import { loadSyntax } from '../formats/index.js';
import type { EngineMemory } from '../core/engine.js';
import { createUnmangler, loadGlossaryParser, type Clean, type Syntax, type UnmangleOptions } from '../unmangler.js';
import { useEnglishWordsFromDisk } from './english-words.js';

// Each worker thread reads the word list as the main thread does (english-words.ts).
useEnglishWordsFromDisk();

/** A worker thread of the pool: compiles each options key's pipeline once, then cleans what it is sent. */
const pipelines = new Map<string, Clean>();
/** Each open document's memory of its last cleaning (the language server's), until it is forgotten. */
const memories = new Map<string, EngineMemory>();

type Message = { id: number; key: string; options?: UnmangleOptions; text: string; syntax: Syntax; session?: string } | { forget: string };

parentPort!.on('message', async (message: Message) => {
  if ('forget' in message) return void memories.delete(message.forget);
  try {
    await loadSyntax(message.syntax);
    let clean = pipelines.get(message.key);
    if (!clean) {
      await loadGlossaryParser(message.options ?? {});
      clean = createUnmangler(message.options ?? {});
      pipelines.set(message.key, clean);
    }
    // The input goes back as it came: the main thread has it, and a 20 MB copy is 40 MB more memory.
    const { input: _input, ...result } = clean(message.text, message.syntax, sessionMemory(message.session));
    parentPort!.postMessage({ id: message.id, result });
  } catch (error) {
    const usage = error instanceof UsageError;
    parentPort!.postMessage({ id: message.id, error: (error as Error).message, usage });
  }
});

function sessionMemory(session: string | undefined): EngineMemory | undefined {
  if (session === undefined) return undefined;
  let memory = memories.get(session);
  if (!memory) memories.set(session, (memory = {}));
  return memory;
}
