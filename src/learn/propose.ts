import type { GlossaryAddition } from '../glossary/edit.js';
import type { Cluster, LeftOut } from './cluster.js';
import type { CorpusSpelling } from './confidence.js';

/** Files named in a comment, past which it says how many more. */
const FILES_SHOWN = 3;
/** Pairs left out listed at the end of a YAML glossary, past which it says how many more. */
const LEFT_OUT_SHOWN = 100;

const times = (spelling: CorpusSpelling): string => `${spelling.count}×`;

/** "2× in 2 files (a.txt, b.txt)", "1× (c.txt)", "14× in 6 files (a.txt, b.txt, c.txt, +3 more)". */
function where(spelling: CorpusSpelling, files: readonly string[], list: boolean): string {
  const indices = spelling.record.files;
  const inFiles = indices.length === 1 ? '' : ` in ${indices.length} files`;
  if (!list) return `${times(spelling)}${inFiles}`;
  const named = indices.slice(0, FILES_SHOWN).map((index) => files[index]!);
  if (indices.length > FILES_SHOWN) named.push(`+${indices.length - FILES_SHOWN} more`);
  return `${times(spelling)}${inFiles} (${named.join(', ')})`;
}

/** The comment above an entry: its confidence and how often the name is written, then each variant with its own. */
export function clusterComment(cluster: Cluster, files: readonly string[]): string {
  const variants = cluster.variants.map(({ spelling, confidence }) => `  ${spelling.stem} ${where(spelling, files, true)}: ${confidence.toFixed(2)}`);
  return [`confidence ${cluster.confidence.toFixed(2)} · ${cluster.name.stem} ${where(cluster.name, files, false)} · variants:`, ...variants].join('\n');
}

/** The clusters as additions to a glossary, in their order (surest first), each with its comment. */
export function glossaryAdditions(clusters: readonly Cluster[], files: readonly string[]): GlossaryAddition[] {
  return clusters.map((cluster) => ({
    name: cluster.name.stem,
    variants: cluster.variants.map((variant) => variant.spelling.stem),
    comment: clusterComment(cluster, files),
  }));
}

/** The pairs left out, as comment lines for the end of a YAML glossary ('' when there are none). */
export function leftOutComments(leftOut: readonly LeftOut[]): string {
  if (leftOut.length === 0) return '';
  const lines = leftOut.slice(0, LEFT_OUT_SHOWN).map(({ name, variant, reason }) => `#   ${variant.stem} ${times(variant)} beside ${name.stem} ${times(name)}: ${reason}`);
  if (leftOut.length > LEFT_OUT_SHOWN) lines.push(`#   … and ${leftOut.length - LEFT_OUT_SHOWN} more (--format json lists them all)`);
  return `\n# Left out: they sound and spell alike, but are not proposed.\n${lines.join('\n')}\n`;
}

/** Everything learned, for `--format json`: each name with its counts and files, the pairs left out, the glossary. */
export function jsonReport(clusters: readonly Cluster[], leftOut: readonly LeftOut[], files: readonly string[]): string {
  const named = (spelling: CorpusSpelling) => ({ count: spelling.count, files: spelling.record.files.map((index) => files[index]!) });
  const report = {
    version: 1,
    files: files.length,
    names: clusters.map((cluster) => ({
      name: cluster.name.stem,
      ...named(cluster.name),
      confidence: cluster.confidence,
      variants: cluster.variants.map(({ spelling, confidence }) => ({ spelling: spelling.stem, ...named(spelling), confidence })),
    })),
    leftOut: leftOut.map(({ name, variant, reason }) => ({ name: name.stem, nameCount: name.count, variant: variant.stem, variantCount: variant.count, reason })),
    glossary: Object.fromEntries(clusters.map((cluster) => [cluster.name.stem, cluster.variants.map((variant) => variant.spelling.stem)])),
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}
