import type * as Sarif from 'sarif';
import type { Change } from '../core/types.js';
import { FIXERS } from '../fixers/index.js';
import { allRules, ruleId } from '../fixers/rules.js';
import { Columns } from './columns.js';
import { findingKeys, fingerprint } from './finding-key.js';
import type { FileReport } from './types.js';

/** The fingerprint's name in `partialFingerprints`: its version changes if what it hashes does. */
const FINGERPRINT = 'unmangle/finding/v1';

/**
 * A SARIF 2.1.0 log of one run, for GitHub code scanning and any SARIF viewer: a rule for each fixer's rule
 * with its description; a result per change (warning, with its fix) and per suggestion (note, no fix:
 * unmangle itself is not sure of one); columns in UTF-16 code units, as the run's `columnKind` says; a
 * fingerprint of the finding's text and context, not its line, so a result keeps its identity when the
 * file is edited above it. Files that could not be read are the invocation's notifications.
 */
export function sarifReporter(toolVersion: string): { file(report: FileReport): string; end(): string } {
  const rules = allRules();
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const results: Sarif.Result[] = [];
  const notifications: Sarif.Notification[] = [];
  return {
    file: ({ path, result, keys: given, error }) => {
      const artifactLocation = { uri: pathToUri(path) };
      if (!result) {
        notifications.push({ level: 'error', message: { text: `${path}: ${error}` }, locations: [{ physicalLocation: { artifactLocation } }] });
        return '';
      }
      const columns = new Columns(result.input);
      const keys = given ?? findingKeys(result);
      const region = (change: Change): Sarif.Region => {
        const start = columns.utf16(change, 'start');
        const end = columns.utf16(change, 'end');
        return { startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column };
      };
      const entry = (change: Change, applied: boolean, index: number): Sarif.Result => {
        const id = ruleId(change.fixer, change.rule);
        const fix: Sarif.Fix = {
          description: { text: `Replace ${JSON.stringify(change.original)} with ${JSON.stringify(change.replacement)}` },
          artifactChanges: [{ artifactLocation, replacements: [{ deletedRegion: region(change), insertedContent: { text: change.replacement } }] }],
        };
        return {
          ruleId: id,
          ...(ruleIndex.has(id) && { ruleIndex: ruleIndex.get(id)! }),
          level: applied ? 'warning' : 'note',
          message: { text: `${change.message}: ${JSON.stringify(change.original)} → ${JSON.stringify(change.replacement)}` },
          locations: [{ physicalLocation: { artifactLocation, region: { ...region(change), snippet: { text: change.original } } } }],
          ...(applied && { fixes: [fix] }),
          partialFingerprints: { [FINGERPRINT]: fingerprint((applied ? keys.changes : keys.suggestions)[index]!) },
          properties: { confidence: change.confidence },
        };
      };
      result.changes.forEach((change, i) => results.push(entry(change, true, i)));
      result.suggestions.forEach((suggestion, i) => results.push(entry(suggestion, false, i)));
      return '';
    },
    end: () => {
      const fixers = new Map(FIXERS.map((fixer) => [fixer.id, fixer.description]));
      const log: Sarif.Log = {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
          {
            tool: {
              driver: {
                name: 'unmangle',
                version: toolVersion,
                rules: rules.map((rule) => ({
                  id: rule.id,
                  shortDescription: { text: rule.description },
                  fullDescription: { text: `${rule.description} ${fixers.get(rule.fixer)}` },
                  defaultConfiguration: { level: 'warning' },
                  properties: { fixer: rule.fixer },
                })),
              },
            },
            columnKind: 'utf16CodeUnits',
            invocations: [{ executionSuccessful: notifications.length === 0, toolExecutionNotifications: notifications }],
            results,
          },
        ],
      };
      return JSON.stringify(log, null, 2) + '\n';
    },
  };
}

/** A relative URI reference for a path: each segment percent-encoded; an absolute path as a file URI. */
export function pathToUri(path: string): string {
  const encoded = path.split('/').map((segment) => encodeURIComponent(segment)).join('/');
  return path.startsWith('/') ? `file://${encoded}` : encoded;
}
