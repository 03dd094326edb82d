import type { Key } from 'node:readline';
import { nodeReadline } from './builtins.js';
import { InterruptedError, onInterrupt } from './interrupt.js';
import type { Keyboard } from './io-types.js';

const NAMED = new Set(['enter', 'return', 'backspace', 'escape', 'tab', 'up', 'down', 'left', 'right', 'delete']);

/**
 * Keys from the terminal on standard input, in raw mode, queued as they come (a paste is many keys).
 * Raw mode turns Ctrl-C into a key; it is passed on as the SIGINT it would have been, so the signal
 * handling stops the run as it does any other (interrupt.ts), and the key being waited for rejects.
 */
export function openKeyboard(): Keyboard {
  const stdin = process.stdin;
  const keys: string[] = [];
  let waiting: { resolve: (key: string) => void; reject: (error: Error) => void } | null = null;
  let failure: Error | null = null;
  const fail = (error: Error): void => {
    failure ??= error;
    waiting?.reject(failure);
    waiting = null;
  };
  const onKey = (sequence: string | undefined, key: Key | undefined): void => {
    if (key?.ctrl && key.name === 'c') {
      process.kill(process.pid, 'SIGINT');
      return;
    }
    const name = keyName(sequence, key);
    if (name === null) return;
    if (waiting) {
      waiting.resolve(name);
      waiting = null;
    } else {
      keys.push(name);
    }
  };
  const onEnd = (): void => fail(new InterruptedError('the terminal closed'));
  nodeReadline().emitKeypressEvents(stdin);
  stdin.setRawMode(true);
  stdin.on('keypress', onKey);
  stdin.on('end', onEnd);
  stdin.resume();
  const stopWaiting = onInterrupt(() => fail(new InterruptedError('interrupted')));
  return {
    next() {
      const key = keys.shift();
      if (key !== undefined) return Promise.resolve(key);
      if (failure) return Promise.reject(failure);
      return new Promise((resolve, reject) => {
        waiting = { resolve, reject };
      });
    },
    discardTyped() {
      keys.length = 0;
    },
    close() {
      stopWaiting();
      stdin.off('keypress', onKey);
      stdin.off('end', onEnd);
      if (stdin.isTTY) stdin.setRawMode(false);
      stdin.pause();
    },
  };
}

/** A key as the review reads it: its character, or its name; null for what it has no use for. */
function keyName(sequence: string | undefined, key: Key | undefined): string | null {
  const name = key?.name === 'return' ? 'enter' : key?.name;
  if (name && NAMED.has(name)) return name;
  if (key?.ctrl || key?.meta) return null;
  // One character (a code point): letters, digits, punctuation, what a paste brings.
  if (sequence !== undefined && [...sequence].length === 1 && !/[\u0000-\u001f\u007f-\u009f]/.test(sequence)) return sequence;
  return null;
}
