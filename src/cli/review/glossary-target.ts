import { dirname, relative, resolve } from 'node:path';
import type { SettingsResolver } from '../settings.js';
import { printableName } from '../printable.js';

/** Where a glossary goes when no config names one: a file in the working directory. */
export const DEFAULT_GLOSSARY = 'glossary.yaml';

/**
 * Which glossary `a` and `k` add to, for one file: the first glossary of the nearest config that names
 * one in its own folder; otherwise the reviewer is asked once a run — one of the glossaries that apply,
 * by number, or a path (created if it is not there), `glossary.yaml` by default.
 */
export class GlossaryTarget {
  private chosen: string | null = null;

  constructor(
    private readonly settings: SettingsResolver,
    private readonly cwd: string,
    private readonly ask: (prompt: string) => Promise<string | null>,
  ) {}

  async forFile(path: string): Promise<string | null> {
    const config = await this.settings.configFor(path);
    const nearest = config.files.at(-1);
    const own = nearest === undefined ? undefined : config.glossaries.find((ref) => ref.within === dirname(nearest));
    if (own) return own.path;
    if (this.chosen) return this.chosen;
    const { fromConfigs, fromCli } = await this.settings.glossariesFor(path);
    const known = [...new Set([...fromCli, ...fromConfigs.map((ref) => ref.path)])];
    const answer = await this.ask(this.question(known));
    if (answer === null) return null;
    const trimmed = answer.trim();
    const picked = /^\d+$/.test(trimmed) ? known[Number(trimmed) - 1] : undefined;
    if (/^\d+$/.test(trimmed) && picked === undefined) return null;
    this.chosen = picked ?? resolve(this.cwd, trimmed === '' ? (known.length > 0 ? known[0]! : DEFAULT_GLOSSARY) : trimmed);
    return this.chosen;
  }

  private question(known: readonly string[]): string {
    if (known.length === 0) return `No glossary applies to this file. Add to (created if it is not there) [${DEFAULT_GLOSSARY}]: `;
    const listed = known.map((path, i) => `${i + 1} ${printableName(relative(this.cwd, path) || path)}`).join(', ');
    return `Add to which glossary? ${listed}, or a path [1]: `;
  }
}
