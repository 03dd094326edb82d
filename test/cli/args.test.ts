import { describe, expect, it } from 'vitest';
import { parseArgs, type CliOptions } from '../../src/cli/args.js';

const silent = { writeOut: () => {}, writeErr: () => {} };
const parse = (argv: string[]) => parseArgs(argv, '1.2.3', silent);

describe('parseArgs', () => {
  it.each<[string[], Partial<CliOptions>]>([
    [[], { paths: [], format: undefined, color: undefined, explain: false }],
    [['a.txt', 'b.txt'], { paths: ['a.txt', 'b.txt'] }],
    [['-'], { paths: ['-'] }],
    [['--diff', 'a.txt'], { format: 'diff', mode: 'print' }],
    [['--check', '--diff', 'a.txt'], { mode: 'check', diff: true, format: undefined }],
    [['--diff=word', 'a.txt'], { format: 'diff', diffStyle: 'word', paths: ['a.txt'] }],
    [['--check', '--diff=line'], { mode: 'check', diff: true, diffStyle: 'line' }],
    [['--', '--diff=word'], { paths: ['--diff=word'], diffStyle: undefined }],
    [['-w', 'a.txt'], { mode: 'write' }],
    [['-l', 'a.txt'], { mode: 'list' }],
    [['--format', 'github', '--check'], { format: 'github', mode: 'check' }],
    [['--ext', 'txt,.rst'], { extensions: ['.txt', '.rst'] }],
    [['--ignore-path', 'a', '--ignore-path', 'b'], { ignorePaths: ['a', 'b'] }],
    [['--max-size', '2.5'], { maxSizeMb: 2.5 }],
    [['--config', 'c.json'], { config: 'c.json' }],
    [['--no-config'], { config: false }],
    [['--print-config', 'a.md'], { printConfig: 'a.md' }],
    [['--workers', '2'], { workers: 2 }],
    [['--format', 'json'], { format: 'json' }],
    [['--color'], { color: true }],
    [['--no-color'], { color: false }],
    [['--only', 'article,spacing'], { only: ['article', 'spacing'] }],
    [['--skip', 'spacing', '--skip', 'article'], { skip: ['spacing', 'article'] }],
    [['--list-fixers'], { listFixers: true }],
    [['--explain', '-q', '--debug'], { explain: true, quiet: true, debug: true }],
  ])('%j', (argv, expected) => {
    const parsed = parse(argv);
    expect(parsed.kind).toBe('run');
    if (parsed.kind === 'run') expect(parsed.options).toMatchObject(expected);
  });

  it.each<[string[], number]>([
    [['--version'], 0],
    [['--help'], 0],
    [['--bogus'], 2],
    [['--format', 'xml'], 2],
    [['--check', '--write'], 2],
    [['--write', '-l'], 2],
    [['--workers', '0'], 2],
    [['--max-size', 'big'], 2],
    [['--only'], 2],
  ])('%j exits with %i', (argv, code) => {
    expect(parse(argv)).toEqual({ kind: 'exit', code });
  });

  it('prints the version and help through the given output', () => {
    const out: string[] = [];
    parseArgs(['--version'], '1.2.3', { writeOut: (text) => void out.push(text), writeErr: () => {} });
    parseArgs(['--help'], '1.2.3', { writeOut: (text) => void out.push(text), writeErr: () => {} });
    expect(out[0]).toBe('1.2.3\n');
    expect(out.slice(1).join('')).toContain('Examples:');
  });
});
