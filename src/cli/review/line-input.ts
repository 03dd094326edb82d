import type { Keyboard } from '../../node/io-types.js';
import { shown } from './screen.js';

/**
 * Read one line from raw keys: characters are typed in, backspace takes the last one back, enter ends the
 * line, escape gives up (null). The line is drawn again after each key, after `prompt`.
 */
export async function readLine(keys: Keyboard, write: (text: string) => void, prompt: string): Promise<string | null> {
  let line = '';
  write(prompt);
  for (;;) {
    const key = await keys.next();
    if (key === 'enter') {
      write('\n');
      return line;
    }
    if (key === 'escape') {
      write('\n');
      return null;
    }
    if (key === 'backspace') line = [...line].slice(0, -1).join('');
    else if ([...key].length === 1) line += key;
    else continue;
    write(`\r\u001b[K${prompt}${shown(line)}`);
  }
}
