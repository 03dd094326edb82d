import { createRequire } from 'node:module';

const requireBuiltin = createRequire(import.meta.url);

/*
 * Node's own modules that a plain run never uses, loaded when first asked for: each is JavaScript node
 * compiles at load (crypto's 40 modules alone are 2–3 ms of every start). A run from standard input hashes
 * nothing, writes no temp file, starts no worker thread and reads no keys.
 */
export const nodeCrypto = (): typeof import('node:crypto') => requireBuiltin('node:crypto') as typeof import('node:crypto');
export const nodeWorkerThreads = (): typeof import('node:worker_threads') => requireBuiltin('node:worker_threads') as typeof import('node:worker_threads');
export const nodeReadline = (): typeof import('node:readline') => requireBuiltin('node:readline') as typeof import('node:readline');
