import { parentPort } from 'node:worker_threads';
import type { Result } from '../core/types.js';
import { UsageError } from '../core/errors.js';
import { loadSyntax } from '../formats/index.js';
import { createUnmangler, loadGlossaryParser, type Syntax, type UnmangleOptions } from '../unmangler.js';

/** A worker thread of the pool: compiles each options key's pipeline once, then cleans what it is sent. */
const pipelines = new Map<string, (text: string, syntax: Syntax) => Result>();

parentPort!.on('message', async (message: { id: number; key: string; options?: UnmangleOptions; text: string; syntax: Syntax }) => {
  try {
    await loadSyntax(message.syntax);
    let clean = pipelines.get(message.key);
    if (!clean) {
      await loadGlossaryParser(message.options ?? {});
      clean = createUnmangler(message.options ?? {});
      pipelines.set(message.key, clean);
    }
    // The input goes back as it came: the main thread has it, and a 20 MB copy is 40 MB more memory.
    const { input: _input, ...result } = clean(message.text, message.syntax);
    parentPort!.postMessage({ id: message.id, result });
  } catch (error) {
    const usage = error instanceof UsageError;
    parentPort!.postMessage({ id: message.id, error: (error as Error).message, usage });
  }
});
