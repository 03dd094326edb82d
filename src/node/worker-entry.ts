// A worker thread of the pool (node/pool.ts): the command line's bundle, with its code cache, run as a worker.
import { runBundle } from './bundle-loader.js';

runBundle('runWorker');
