import { readFileSync } from 'node:fs';
import type * as Sarif from 'sarif';
import { describe, expect, it } from 'vitest';
import { unmangle } from '../../src/index.js';
import { outputReporter } from '../../src/reporters/index.js';
import type { FileReport } from '../../src/reporters/types.js';
import { allRules } from '../../src/fixers/rules.js';
import { validateRdjson, validateSarif } from '../helpers/schemas.js';

const glossary = { file: 'el-salvador.glossary.yaml', text: readFileSync('fixtures/el-salvador.glossary.yaml', 'utf8') };

/** Inputs that reach every column rule: astral characters before a finding, a BOM, CRLF, a second line, Markdown. */
const REPORTS: FileReport[] = [
  { path: 'articles/el-salvador.txt', result: unmangle(readFileSync('fixtures/el-salvador-prisoner-swap.txt', 'utf8'), { glossaries: [glossary] }) },
  { path: 'emoji 🎉.txt', result: unmangle('🎉😀 It was was a honest é mistake.\nZürich 𐐀 the the end\n') },
  { path: 'bom.txt', result: unmangle('\uFEFFThe the end\r\nof it  all') },
  { path: 'news.md', result: unmangle(readFileSync('fixtures/news-article.md', 'utf8'), { syntax: 'markdown' }) },
  { path: 'clean.txt', result: unmangle('Nothing to change here.\n') },
  { path: 'missing.txt', error: 'no such file' },
];

function report(format: 'sarif' | 'rdjson'): unknown {
  const reporter = outputReporter(format, 'check', { color: false, diff: false, toolVersion: '9.9.9' });
  for (const entry of REPORTS) expect(reporter.file(entry)).toBe('');
  return JSON.parse(reporter.end());
}

const inputOf = (path: string): string => REPORTS.find((entry) => entry.path === path)!.result!.input;
const decodeUri = (uri: string): string => uri.split('/').map(decodeURIComponent).join('/');

/** The text of a 1-based line, as the report's consumers split lines (LF, CRLF or CR), without its BOM. */
function lineOf(text: string, line: number): string {
  return text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/)[line - 1]!;
}

describe('SARIF', () => {
  const log = report('sarif') as Sarif.Log;
  const run = log.runs[0]!;

  it('is valid against the official SARIF 2.1.0 schema', () => {
    expect(validateSarif(log)).toEqual([]);
    // The validator is not a rubber stamp: a result without a message fails it.
    expect(validateSarif({ ...log, runs: [{ ...run, results: [{ ruleId: 'x' }] }] })).not.toEqual([]);
  });

  it('is one run with a rule per fixer rule, each described, and says its columns count UTF-16 code units', () => {
    expect(log.runs).toHaveLength(1);
    expect(run.tool.driver.name).toBe('unmangle');
    expect(run.tool.driver.version).toBe('9.9.9');
    expect(run.columnKind).toBe('utf16CodeUnits');
    expect(run.tool.driver.rules!.map((rule) => rule.id)).toEqual(allRules().map((rule) => rule.id));
    for (const rule of run.tool.driver.rules!) expect(rule.shortDescription!.text.length).toBeGreaterThan(10);
    for (const result of run.results!) expect(run.tool.driver.rules![result.ruleIndex!]!.id).toBe(result.ruleId);
  });

  it('places each result where its text is, in UTF-16 columns, and its fix gives the cleaned text', () => {
    expect(run.results!.length).toBeGreaterThan(10);
    for (const result of run.results!) {
      const { artifactLocation, region } = result.locations![0]!.physicalLocation!;
      const input = inputOf(decodeUri(artifactLocation!.uri!));
      if (region!.startLine === region!.endLine) {
        expect(lineOf(input, region!.startLine!).slice(region!.startColumn! - 1, region!.endColumn! - 1)).toBe(region!.snippet!.text);
      }
    }
    // Applying every fix of a file, from the last, gives unmangle's output.
    const emoji = run.results!.filter((result) => result.locations![0]!.physicalLocation!.artifactLocation!.uri === 'emoji%20%F0%9F%8E%89.txt');
    const fixed = emoji
      .filter((result) => result.level === 'warning')
      .reverse()
      .reduce((text, result) => {
        const replacement = result.fixes![0]!.artifactChanges[0]!.replacements[0]!;
        const { startLine, startColumn, endColumn } = replacement.deletedRegion;
        const lines = text.split('\n');
        const line = lines[startLine! - 1]!;
        lines[startLine! - 1] = line.slice(0, startColumn! - 1) + replacement.insertedContent!.text + line.slice(endColumn! - 1);
        return lines.join('\n');
      }, inputOf('emoji 🎉.txt'));
    expect(fixed).toBe(REPORTS[1]!.result!.output);
  });

  it('marks changes as warnings with a fix and suggestions as notes without one', () => {
    const levels = new Set(run.results!.map((result) => `${result.level}:${result.fixes ? 'fix' : 'none'}`));
    expect(levels).toEqual(new Set(['warning:fix', 'note:none']));
  });

  it('fingerprints each result by its text and context, so a line added above changes none of them', () => {
    const input = inputOf('articles/el-salvador.txt');
    const moved = outputReporter('sarif', 'check', { color: false, diff: false });
    moved.file({ path: 'a.txt', result: unmangle(`A new first paragraph.\n\n${input}`, { glossaries: [glossary] }) });
    const before = run.results!.filter((r) => r.locations![0]!.physicalLocation!.artifactLocation!.uri === 'articles/el-salvador.txt');
    const after = (JSON.parse(moved.end()) as Sarif.Log).runs[0]!.results!;
    const prints = (results: Sarif.Result[]): string[] => results.map((r) => Object.values(r.partialFingerprints!)[0]!);
    expect(prints(after)).toEqual(prints(before));
    expect(after[0]!.locations![0]!.physicalLocation!.region!.startLine).toBe(before[0]!.locations![0]!.physicalLocation!.region!.startLine! + 2);
    expect(new Set(prints(before)).size).toBe(before.length);
  });

  it('reports a file that could not be read as a failed invocation naming it', () => {
    expect(run.invocations![0]!.executionSuccessful).toBe(false);
    expect(run.invocations![0]!.toolExecutionNotifications![0]!.message.text).toBe('missing.txt: no such file');
  });
});

describe('rdjson', () => {
  const document = report('rdjson') as {
    diagnostics: { message: string; severity: string; code?: { value: string }; location: { path: string; range?: { start: { line: number; column: number }; end: { line: number; column: number } } }; suggestions?: { text: string }[] }[];
  };

  it("is valid against reviewdog's rdjson schema", () => {
    expect(validateRdjson(document)).toEqual([]);
    expect(validateRdjson({ diagnostics: [{ message: 'x', location: { path: 'a', range: { start: { line: 0 } } } }] })).not.toEqual([]);
  });

  it('places each diagnostic in UTF-8 byte columns, with the replacement as the suggestion of a change', () => {
    const found = document.diagnostics.filter((diagnostic) => diagnostic.location.range);
    expect(found.length).toBeGreaterThan(10);
    for (const diagnostic of found) {
      const { start, end } = diagnostic.location.range!;
      if (start.line !== end.line) continue;
      const line = Buffer.from(lineOf(inputOf(diagnostic.location.path), start.line));
      const original = /: "((?:[^"\\]|\\.)*)" → /.exec(diagnostic.message)![1]!;
      expect(line.subarray(start.column - 1, end.column - 1).toString()).toBe(JSON.parse(`"${original}"`));
    }
    expect(document.diagnostics.filter((d) => d.severity === 'WARNING').every((d) => d.suggestions?.length === 1)).toBe(true);
    expect(document.diagnostics.filter((d) => d.severity === 'INFO').every((d) => d.suggestions === undefined)).toBe(true);
    expect(document.diagnostics.find((d) => d.severity === 'ERROR')).toMatchObject({ location: { path: 'missing.txt' }, message: 'no such file' });
  });
});
