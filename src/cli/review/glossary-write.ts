import { relative } from 'node:path';
import { UsageError } from '../../core/errors.js';
import { addToGlossary, type GlossaryAddition } from '../../glossary/edit.js';
import { describeError } from '../../node/inputs.js';
import type { CliIo, FileVersion } from '../../node/io-types.js';
import { MAX_SETTINGS_FILE_BYTES } from '../../node/read-text.js';
import { createUnmangler, loadGlossaryParser } from '../../unmangler.js';
import { printableName } from '../printable.js';
import type { SettingsResolver } from '../settings.js';
import type { PendingAddition } from './queue.js';
import { useEnglishWordsFromDisk } from '../../node/english-words.js';

useEnglishWordsFromDisk();

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Write a reviewed file's glossary additions, each glossary read afresh and replaced atomically (or
 * created). An addition the glossaries would refuse together (a garble another glossary claims) is not
 * written: checked by compiling the file's settings with the new text first. The files still to come are
 * cleaned with the glossary as it now is. Returns a line for each glossary, said or failed.
 */
export async function writeAdditions(io: CliIo, settings: SettingsResolver, forFile: string, pending: readonly PendingAddition[]): Promise<{ lines: string[]; failed: number }> {
  const byGlossary = new Map<string, GlossaryAddition[]>();
  for (const { glossary, addition } of pending) byGlossary.set(glossary, [...(byGlossary.get(glossary) ?? []), addition]);
  const lines: string[] = [];
  let failed = 0;
  for (const [path, additions] of byGlossary) {
    const shown = relative(io.cwd, path) || path;
    try {
      const created = await addAndWrite(io, settings, forFile, path, shown, additions);
      lines.push(`${created ? 'created' : 'updated'} ${printableName(shown)} (${describe(additions)})`);
    } catch (error) {
      failed++;
      const reason = error instanceof UsageError ? error.message : `${printableName(shown)}: ${describeError(error)}`;
      lines.push(`glossary not changed: ${reason}`);
    }
  }
  return { lines, failed };
}

/** Returns whether the glossary was created. */
async function addAndWrite(io: CliIo, settings: SettingsResolver, forFile: string, path: string, shown: string, additions: readonly GlossaryAddition[]): Promise<boolean> {
  const existing = await readGlossary(io, path);
  const text = addToGlossary(existing?.text ?? '', shown, additions);
  await checkCompiles(settings, forFile, shown, text);
  const bytes = new TextEncoder().encode(text);
  if (existing) await io.fs.writeFileAtomic(path, bytes, existing.version);
  else await io.fs.createFileAtomic(path, bytes);
  const { fromConfigs, fromCli } = await settings.glossariesFor(forFile);
  if (!fromCli.includes(path) && !fromConfigs.some((ref) => ref.path === path)) settings.addGlossary(path);
  settings.glossaryChanged(path);
  return existing === null;
}

async function readGlossary(io: CliIo, path: string): Promise<{ text: string; version: FileVersion } | null> {
  try {
    const { bytes, version } = await io.fs.readFile(path, { maxBytes: MAX_SETTINGS_FILE_BYTES, regularOnly: true });
    return { text: strictUtf8.decode(bytes), version };
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return null;
    if (error instanceof TypeError) throw new UsageError(`${printableName(path)}: is not valid UTF-8`);
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

function describe(additions: readonly GlossaryAddition[]): string {
  return additions.map((addition) => (addition.keep ? `${addition.name}: keep` : `${addition.variants!.join(', ')} → ${addition.name}`)).join('; ');
}
