/**
 * What a prh pattern rule may write, so cleaning twice gives what cleaning once gave: a replacement never
 * applies where the text already reads as it (`/Salvador/` → "El Salvador" inside "El Salvador"), a
 * replacement that the rule would rewrite again is not applied, and an `expected` that copies the text
 * around its match, or names a group the pattern lacks, is refused when the glossary loads.
 */

/** `pattern` again with other flags, made by its own class: a glossary's linear-time regex stays one. */
export function reflagged(pattern: RegExp, flags: string, source = pattern.source): RegExp {
  return new (pattern.constructor as RegExpConstructor)(source, flags);
}

/** The replacement of one match: `expected` with `$&` and `$1`… filled in from the match alone. */
export function replacementOf(match: string, single: RegExp, expected: string): string {
  return match.replace(single, expected);
}

/** Whether `text` already reads `replacement` over `[start, end)`: it would only grow if replaced. */
export function alreadyReads(text: string, start: number, end: number, replacement: string): boolean {
  for (let at = text.indexOf(replacement, Math.max(0, end - replacement.length)); at !== -1 && at <= start; at = text.indexOf(replacement, at + 1)) {
    if (at + replacement.length >= end) return true;
  }
  return false;
}

/** Whether the rule, run over `replacement`, would change it: a rule that feeds itself grows on every run. */
export function feedsItself(pattern: RegExp, single: RegExp, expected: string, replacement: string): boolean {
  for (const match of replacement.matchAll(pattern)) {
    if (match[0] === '') continue;
    const again = replacementOf(match[0], single, expected);
    if (again !== match[0] && !alreadyReads(replacement, match.index, match.index + match[0].length, again)) return true;
  }
  return false;
}

/** Why `expected` cannot be a pattern rule's replacement, or null: `$\`` and `$'` copy the text around, `$n` a missing group. */
export function badReplacement(pattern: RegExp, expected: string): string | null {
  // `$$` is a dollar sign, not a reference.
  const refs = expected.replaceAll('$$', '');
  if (/\$[`']/.test(refs)) return `"${expected}" copies the text around the match ($\` or $'): it would grow the text on every run`;
  if (/\$</.test(refs)) return `"${expected}" names a group ($<…>): refer to groups by number ($1)`;
  const groups = reflagged(pattern, pattern.flags.replace('g', ''), `(?:${pattern.source})|`).exec('')!.length - 1;
  for (const [, first, second] of refs.matchAll(/\$(\d)(\d)?/g)) {
    // As String.replace reads them: two digits if that group exists, else one digit and a literal.
    if (second !== undefined && Number(first + second) >= 1 && Number(first + second) <= groups) continue;
    if (Number(first) >= 1 && Number(first) <= groups) continue;
    return `"${expected}" refers to group $${first}${second ?? ''}, which ${pattern} does not have`;
  }
  if (!/\$/.test(expected) && feedsItself(pattern, reflagged(pattern, pattern.flags.replace('g', '')), expected, expected)) {
    return `${pattern} matches its own "${expected}" and would rewrite it on every run`;
  }
  return null;
}
