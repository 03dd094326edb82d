import { InterruptedError } from '../../src/node/interrupt.js';
import type { Keyboard } from '../../src/node/io-types.js';

/** Stands for Ctrl-C in a script of keys: the keyboard rejects as a signal makes the real one reject. */
export const CTRL_C = '<ctrl-c>';

/**
 * A keyboard that types a script: each entry one key ('y', 'enter', 'backspace'), CTRL_C for a signal. A
 * review that asks for more keys than the script has fails the test instead of waiting for ever.
 */
export function scriptedKeyboard(script: readonly string[]): Keyboard & { readonly left: () => number; readonly closed: () => boolean } {
  const keys = [...script];
  let closed = false;
  return {
    async next() {
      const key = keys.shift();
      if (key === undefined) throw new Error('the review asked for a key the script does not have');
      if (key === CTRL_C) throw new InterruptedError('interrupted');
      return key;
    },
    close() {
      closed = true;
    },
    // The script is what is typed after seeing each screen: nothing is typed ahead to discard.
    discardTyped() {},
    left: () => keys.length,
    closed: () => closed,
  };
}

/** Every character of a string as a key, as typing it does. */
export function typed(text: string): string[] {
  return [...text];
}
