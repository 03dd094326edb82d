import { availableParallelism } from 'node:os';
import type { Result } from '../core/types.js';
import { UsageError } from '../core/errors.js';
import { nodeWorkerThreads } from './builtins.js';
import { InterruptedError, interruption } from './interrupt.js';
import { loadSyntax } from '../formats/index.js';
import type { EngineMemory } from '../core/engine.js';
import type { Clean, Syntax, UnmangleOptions } from '../unmangler.js';
import { useEnglishWordsFromDisk } from './english-words.js';

// The CLI reads the word list from its file: faster at every start than importing it (english-words.ts).
useEnglishWordsFromDisk();

/**
 * Cleans documents: on this thread, or spread over worker threads. Pipelines compile once per options key.
 * A `session` names one document cleaned version after version (an editor's): its last cleaning is
 * remembered, so the next costs only what changed, until `forget`.
 */
export interface Cleaner {
  clean(key: string, options: UnmangleOptions, text: string, syntax: Syntax, session?: string): Promise<Result>;
  forget(session: string): void;
  close(): Promise<void>;
  /** Stop at once (a signal): worker threads are ended and what they were cleaning rejects (InterruptedError). */
  abort(): void;
}

/**
 * Cleans on this thread. The engine is imported at the first document: a run whose documents all go to
 * worker threads does not load it twice (about 300 ms on two cores).
 */
export function inlineCleaner(): Cleaner {
  const pipelines = new Map<string, Clean>();
  const memories = new Map<string, EngineMemory>();
  return {
    async clean(key, options, text, syntax, session) {
      await loadSyntax(syntax);
      let clean = pipelines.get(key);
      if (!clean) {
        const { createUnmangler, loadGlossaryParser } = await import('../unmangler.js');
        await loadGlossaryParser(options);
        clean = createUnmangler(options);
        pipelines.set(key, clean);
        await signalsSeen();
      }
      if (session !== undefined && !memories.has(session)) memories.set(session, {});
      const result = clean(text, syntax, session === undefined ? undefined : memories.get(session));
      await signalsSeen();
      return result;
    },
    forget: (session) => void memories.delete(session),
    async close() {},
    abort() {},
  };
}

/**
 * Work done on this thread (compiling a pipeline, cleaning) holds back a signal's handler until it yields:
 * a signal that came meanwhile is handled here (an event loop turn) and ends the run (InterruptedError),
 * where it was seen only once the run had finished (exit 0, 1.6 s after Ctrl-C with a 10,000-name glossary).
 */
async function signalsSeen(): Promise<void> {
  await new Promise((resolve) => setImmediate(resolve));
  if (interruption.signal) throw new InterruptedError(`interrupted (${interruption.signal})`);
}

/** More threads than twice the cores only add memory and contention: --workers is capped here. */
export function maxWorkerCount(): number {
  return availableParallelism() * 2;
}

/** Worker threads on one machine: one per core, at most four. */
export function defaultWorkerCount(): number {
  return Math.max(1, Math.min(availableParallelism(), 4));
}

interface Job {
  /** The text sent, which the result is of: it is not sent back. */
  readonly input: string;
  readonly resolve: (result: Result) => void;
  readonly reject: (error: Error) => void;
}

type Reply = { id: number; result: Omit<Result, 'input'> } | { id: number; error: string; usage: boolean };

/**
 * A worker thread is kept this many jobs ahead; beyond that the main thread cleans the job itself. While the
 * main thread cleans one, it hands the worker nothing: with 2 jobs ahead the worker sat idle a third of a
 * run over 500 small files, and 2 threads were 0.88× of two processes; with 8, about 20% faster (a median
 * of 5 runs each: 2.37 against 2.92 s), and faster than one thread alone.
 */
const WORKER_QUEUE = 8;

/**
 * A text this long or longer is always cleaned on a worker thread: cleaning is synchronous, and the main
 * thread must stay free to act on a signal. Below it, the slowest text measured (name-dense, 16 KB, cold)
 * takes about 0.3 s here; a worker thread costs about 150 ms to start, so shorter texts stay on this thread.
 * Not raised to 48 KB, though it would spare a 17–48 KB article 60–150 ms: a signal that comes while the
 * main thread cleans is acted on only once that cleaning ends (`signalsSeen`), and with a 10,000-name
 * glossary a 47 KB name-dense text kept it waiting 2–2.8 s.
 */
export const WORKER_TEXT_LENGTH = 16_384;

/**
 * `threads` cleaners: the main thread and `threads - 1` worker threads (at least one, started only when a
 * long text comes), each compiling a pipeline once per options key (glossaries, lexicon). A long text goes
 * to a worker; a short one goes to a worker with room in its queue, or else is cleaned right here: on two
 * cores, two worker threads and a main thread reading files would fight for them.
 */
export function sharedPool(threads: number): Cleaner {
  const inline = inlineCleaner();
  let workers: ReturnType<typeof workerPool> | null = null;
  const pool = (): ReturnType<typeof workerPool> => (workers ??= workerPool(Math.max(1, threads - 1)));
  return {
    clean(key, options, text, syntax) {
      const toWorker = text.length >= WORKER_TEXT_LENGTH || (threads > 1 && pool().hasRoom(WORKER_QUEUE));
      return toWorker ? pool().clean(key, options, text, syntax) : inline.clean(key, options, text, syntax);
    },
    forget() {},
    async close() {
      await workers?.close();
    },
    abort() {
      workers?.abort();
    },
  };
}

/**
 * A pool of worker threads, each compiling a pipeline once per options key (glossaries, lexicon) and
 * cleaning the documents it is sent. Jobs go to the least busy worker.
 */
export function workerPool(size: number): Cleaner & { hasRoom(queue: number): boolean } {
  // From the bundle (dist/bundle/) and from tsc's dist/node/ alike: the entry that loads the bundle as a worker.
  const url = new URL('../node/worker-entry.js', import.meta.url);
  const { Worker } = nodeWorkerThreads();
  const workers = Array.from({ length: size }, () => ({ worker: new Worker(url), busy: 0, known: new Set<string>() }));
  const jobs = new Map<number, Job>();
  /** The worker that remembers each session: it goes back there unless that one is busy and another is not. */
  const sessions = new Map<string, (typeof workers)[number]>();
  let nextId = 0;
  for (const slot of workers) {
    slot.worker.on('message', (reply: Reply) => {
      const job = jobs.get(reply.id);
      jobs.delete(reply.id);
      slot.busy--;
      if (!job) return;
      if ('result' in reply) job.resolve({ ...reply.result, input: job.input });
      else job.reject(reply.usage ? new UsageError(reply.error) : new Error(reply.error));
    });
    slot.worker.on('error', (error) => rejectAll(error));
    // A worker that ended (out of memory) takes its jobs with it: they fail rather than wait for ever.
    slot.worker.on('exit', (code) => rejectAll(new Error(`a worker thread stopped (exit code ${code})`)));
  }
  const rejectAll = (error: Error): void => {
    for (const job of jobs.values()) job.reject(error);
    jobs.clear();
  };
  return {
    hasRoom: (queue) => workers.some((slot) => slot.busy < queue),
    clean(key, options, text, syntax, session) {
      const idlest = workers.reduce((a, b) => (b.busy < a.busy ? b : a));
      const home = session === undefined ? undefined : sessions.get(session);
      const slot = home && (home.busy === 0 || idlest.busy > 0) ? home : idlest;
      if (session !== undefined && slot !== home) {
        home?.worker.postMessage({ forget: session });
        sessions.set(session, slot);
      }
      const id = nextId++;
      slot.busy++;
      // Options travel once per worker and key; after that the key names them.
      const message = { id, key, text, syntax, ...(!slot.known.has(key) && { options }), ...(session !== undefined && { session }) };
      slot.known.add(key);
      return new Promise<Result>((resolve, reject) => {
        jobs.set(id, { input: text, resolve, reject });
        slot.worker.postMessage(message);
      });
    },
    forget(session) {
      sessions.get(session)?.worker.postMessage({ forget: session });
      sessions.delete(session);
    },
    async close() {
      await Promise.all(workers.map((slot) => slot.worker.terminate()));
    },
    abort() {
      rejectAll(new InterruptedError('interrupted'));
      // terminate() stops a worker even in the middle of synchronous cleaning.
      for (const slot of workers) void slot.worker.terminate();
    },
  };
}
