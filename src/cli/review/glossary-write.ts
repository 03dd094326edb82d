import { relative } from 'node:path';
import { UsageError } from '../../core/errors.js';
import { addToGlossary, type GlossaryAddition } from '../../glossary/edit.js';
import { underFullName } from '../../glossary/full-name.js';
import { describeError } from '../../node/describe-error.js';
import type { CliIo, FileVersion } from '../../node/io-types.js';
import { readSettingsFile } from '../../node/read-text.js';
import { createUnmangler, loadGlossaryParser } from '../../unmangler.js';
import { printableName } from '../printable.js';
import type { SettingsResolver } from '../settings.js';
import type { PendingAddition } from './queue.js';
import { useEnglishWordsFromDisk } from '../../node/english-words.js';

useEnglishWordsFromDisk();

/** One glossary's text with additions applied one at a time: those it refused are left out, with why. */
interface Applied {
  readonly text: string;
  readonly added: GlossaryAddition[];
  /** Those the glossary already has: they leave its text as it was. */
  readonly listed: GlossaryAddition[];
  readonly refused: { readonly addition: GlossaryAddition; readonly reason: string }[];
}

/** What a dry run of an addition found: the addition as it would be written (or is there already), or why the glossary refuses it. */
export type TriedAddition = { readonly addition: PendingAddition; readonly listed: boolean } | { readonly refused: string };

/**
 * A dry run of what writing `wanted` after the additions already pending for the file does: the garble
 * goes under the glossary's full name for it (`Kalas` under `Kaja Kallas`), and the result must compile.
 */
export async function tryAddition(io: CliIo, settings: SettingsResolver, forFile: string, pending: readonly PendingAddition[], wanted: PendingAddition): Promise<TriedAddition> {
  const shown = shownName(io, wanted.glossary);
  try {
    const existing = await readGlossary(io, wanted.glossary);
    const before = pending.filter((other) => other.glossary === wanted.glossary).map((other) => other.addition);
    // The pending additions were checked, compile and all, when their keys were pressed: only the new one
    // is (one that no longer applies is reported when the file is written).
    const text = before.reduce((glossary, addition) => {
      try {
        return addToGlossary(glossary, shown, [addition]);
      } catch {
        return glossary;
      }
    }, existing?.text ?? '');
    const addition = underFullName(text, shown, wanted.addition);
    const { refused, listed } = await applyEach(settings, forFile, shown, text, [addition]);
    return refused[0] ? { refused: refused[0].reason } : { addition: { glossary: wanted.glossary, addition }, listed: listed.length > 0 };
  } catch (error) {
    return { refused: reasonOf(error, shown) };
  }
}

/**
 * Write a reviewed file's glossary additions, each glossary read afresh and replaced atomically (or
 * created). Each addition is applied on its own and checked by compiling the file's settings with the
 * new text, so one the glossaries refuse (a garble another glossary claims) is reported and the others
 * still land. The files still to come are cleaned with the glossary as it now is. Returns a line for
 * each glossary and each refused addition, and how many failed.
 */
export async function writeAdditions(io: CliIo, settings: SettingsResolver, forFile: string, pending: readonly PendingAddition[]): Promise<{ lines: string[]; failed: number }> {
  const byGlossary = new Map<string, GlossaryAddition[]>();
  for (const { glossary, addition } of pending) byGlossary.set(glossary, [...(byGlossary.get(glossary) ?? []), addition]);
  const lines: string[] = [];
  let failed = 0;
  for (const [path, additions] of byGlossary) {
    const shown = shownName(io, path);
    try {
      const existing = await readGlossary(io, path);
      const { text, added, listed, refused } = await applyEach(settings, forFile, shown, existing?.text ?? '', additions);
      for (const { addition, reason } of refused) lines.push(`not added to ${printableName(shown)} (${describeAdditions([addition])}): ${reason}`);
      failed += refused.length;
      if (listed.length > 0) lines.push(`nothing to add to ${printableName(shown)}: it already has ${describeAdditions(listed)}`);
      // Not rewritten (nor its settings reloaded) when nothing in it changes.
      if (added.length === 0) continue;
      await write(io, settings, forFile, path, existing, text);
      lines.push(`${existing ? 'updated' : 'created'} ${printableName(shown)} (${describeAdditions(added)})`);
    } catch (error) {
      failed++;
      lines.push(`glossary not changed: ${reasonOf(error, shown)}`);
    }
  }
  return { lines, failed };
}

async function applyEach(settings: SettingsResolver, forFile: string, shown: string, start: string, additions: readonly GlossaryAddition[]): Promise<Applied> {
  let text = start;
  const added: GlossaryAddition[] = [];
  const listed: GlossaryAddition[] = [];
  const refused: Applied['refused'] = [];
  for (const addition of additions) {
    try {
      const next = addToGlossary(text, shown, [addition]);
      if (next === text) {
        listed.push(addition);
        continue;
      }
      await checkCompiles(settings, forFile, shown, next);
      text = next;
      added.push(addition);
    } catch (error) {
      refused.push({ addition, reason: reasonOf(error, shown) });
    }
  }
  return { text, added, listed, refused };
}

async function write(io: CliIo, settings: SettingsResolver, forFile: string, path: string, existing: { version: FileVersion } | null, text: string): Promise<void> {
  const bytes = new TextEncoder().encode(text);
  if (existing) await io.fs.writeFileAtomic(path, bytes, existing.version);
  else await io.fs.createFileAtomic(path, bytes);
  const { fromConfigs, fromCli } = await settings.glossariesFor(forFile);
  if (!fromCli.includes(path) && !fromConfigs.some((ref) => ref.path === path)) settings.addGlossary(path);
  settings.glossaryChanged(path);
}

/** The glossary as the run reads settings files (regular, at most 10 MB, UTF-8), or null where none is yet. */
async function readGlossary(io: CliIo, path: string): Promise<{ text: string; version: FileVersion } | null> {
  try {
    return await readSettingsFile(io.fs, path);
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return null;
    throw error;
  }
}

/** The file's own settings with this glossary's new text must still compile. */
async function checkCompiles(settings: SettingsResolver, forFile: string, shown: string, text: string): Promise<void> {
  const { options } = await settings.forFile(forFile);
  const others = (options.glossaries ?? []).filter((glossary) => glossary.file !== shown);
  const glossaries = [...others, { file: shown, text }];
  await loadGlossaryParser({ glossaries });
  createUnmangler({ ...options, glossaries });
}

function shownName(io: CliIo, path: string): string {
  return relative(io.cwd, path) || path;
}

function reasonOf(error: unknown, shown: string): string {
  return error instanceof UsageError ? error.message : `${printableName(shown)}: ${describeError(error)}`;
}

/** The additions as the screen lists them: `Baukele → Bukele; Kalas: keep`. */
export function describeAdditions(additions: readonly GlossaryAddition[]): string {
  return additions.map((addition) => (addition.keep ? `${addition.name}: keep` : `${addition.variants!.join(', ')} → ${addition.name}`)).join('; ');
}
