/**
 * The syntaxes a document may have, in a module of their own: the command line's options name them, and
 * `unmangle --version` should not load the formats to say so.
 */

/** `whisper` is the console output of whisper and whisper.cpp: `[00:00:01.000 --> 00:00:03.000]  text`. */
export type Syntax = 'text' | 'markdown' | 'srt' | 'vtt' | 'whisper';

export const SYNTAXES: readonly Syntax[] = ['text', 'markdown', 'srt', 'vtt', 'whisper'];
