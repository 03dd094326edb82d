import { RE2JS } from 're2js';

/** Thrown for a pattern the linear-time engine cannot run (a lookahead, a back-reference). */
export class NotLinearError extends Error {
  override readonly name = 'NotLinearError';
}

const FLAGS: Readonly<Record<string, number>> = { i: RE2JS.CASE_INSENSITIVE, m: RE2JS.MULTILINE, s: RE2JS.DOTALL };
const compiled = new Map<string, RE2JS>();

function compileLinear(source: string, flags: string): RE2JS {
  const key = `${flags}/${source}`;
  let linear = compiled.get(key);
  if (!linear) {
    let mask = RE2JS.LOOKBEHINDS;
    for (const flag of flags) mask |= FLAGS[flag] ?? 0;
    try {
      linear = RE2JS.compile(RE2JS.translateRegExp(source), mask);
    } catch (error) {
      throw new NotLinearError((error as Error).message);
    }
    compiled.set(key, linear);
  }
  return linear;
}

/**
 * A glossary's regular expression, run by RE2 (re2js) in time linear in the text: `/(a+)+$/` from a prh
 * dictionary must not hang a run on a 30-character line. It is a RegExp, so `matchAll`, `replace` and `$1`
 * work as they do natively (they call `exec`, which is RE2's here, and build their copies through the
 * constructor); a pattern RE2 cannot run throws NotLinearError when it is made.
 */
export class LinearRegExp extends RegExp {
  private readonly linear: RE2JS;

  constructor(pattern: string | RegExp, flags?: string) {
    super(pattern, flags);
    this.linear = compileLinear(this.source, this.flags);
  }

  override exec(input: string): RegExpExecArray | null {
    const keepsPlace = this.global || this.sticky;
    const from = keepsPlace ? this.lastIndex : 0;
    const matcher = this.linear.matcher(input);
    if (from > input.length || !matcher.find(from) || (this.sticky && matcher.start() !== from)) {
      if (keepsPlace) this.lastIndex = 0;
      return null;
    }
    const groups: (string | undefined)[] = [];
    for (let group = 0; group <= matcher.groupCount(); group++) groups.push(matcher.group(group) ?? undefined);
    const match = Object.assign(groups as string[], { index: matcher.start(), input, groups: undefined }) as unknown as RegExpExecArray;
    // As the built-in exec: matchAll and replace step past an empty match themselves.
    if (keepsPlace) this.lastIndex = matcher.end();
    return match;
  }
}
