import { SYNTAXES, type Syntax } from '../src/formats/index.js';

/** What a shared link carries in its fragment (never sent to a server): `#text=…&syntax=…`. */
export interface Shared {
  readonly text: string;
  readonly syntax: Syntax | 'auto';
}

export function shareFragment({ text, syntax }: Shared): string {
  const params = new URLSearchParams({ text });
  if (syntax !== 'auto') params.set('syntax', syntax);
  return `#${params.toString()}`;
}

/** The example a fragment carries, or null when it carries none; an unknown syntax is read as auto. */
export function readFragment(fragment: string): Shared | null {
  const params = new URLSearchParams(fragment.replace(/^#/, ''));
  const text = params.get('text');
  if (text === null) return null;
  const syntax = params.get('syntax');
  return { text, syntax: SYNTAXES.includes(syntax as Syntax) ? (syntax as Syntax) : 'auto' };
}
