/**
 * One measurement, in a process of its own so its peak memory is its own: clean one input with one tool,
 * several times, and print {tool, bytes, seconds[], maxRssMb} as JSON. Run by bench/run.ts.
 *
 *   tsx bench/measure.ts <unmangle|textlint|retext|regex> <input file> <glossary file or -> <runs> [max bytes]
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const [tool, inputPath, glossaryPath, runsArg, maxBytesArg] = process.argv.slice(2);
const runs = Number(runsArg ?? 3);
let text = readFileSync(inputPath!, 'utf8');
if (maxBytesArg) text = text.slice(0, Number(maxBytesArg));
const glossary = glossaryPath && glossaryPath !== '-' ? glossaryPath : null;

/** Each tool prepared once (rules compiled, dictionaries loaded), then a function that cleans one text. */
async function prepare(): Promise<(input: string) => Promise<unknown>> {
  if (tool === 'unmangle') {
    const { createUnmangler } = (await import(pathToFileURL('dist/index.js').href)) as typeof import('../src/index.js');
    const clean = createUnmangler(glossary ? { glossaries: [{ file: glossary, text: readFileSync(glossary, 'utf8') }] } : {});
    return async (input) => clean(input).output;
  }
  if (tool === 'textlint') {
    const { TextlintKernel } = await import('@textlint/kernel');
    const prhModule = await import('textlint-rule-prh');
    const pluginModule = await import('@textlint/textlint-plugin-text');
    const rule = (prhModule as { default: unknown }).default;
    const plugin = (pluginModule as { default: unknown }).default;
    const kernel = new TextlintKernel();
    const options = {
      ext: '.txt',
      filePath: 'input.txt',
      plugins: [{ pluginId: 'text', plugin }],
      rules: [{ ruleId: 'prh', rule, options: { rulePaths: [glossary] } }],
    };
    // --fix --dry-run: compute the fixed text, write nothing.
    return async (input) => (await kernel.fixText(input, options as never)).output;
  }
  if (tool === 'retext') {
    const { unified } = await import('unified');
    const { default: retextEnglish } = await import('retext-english');
    const { default: repeated } = await import('retext-repeated-words');
    const { default: article } = await import('retext-indefinite-article');
    const processor = unified().use(retextEnglish).use(repeated).use(article);
    return async (input) => processor.run(processor.parse(input));
  }
  if (tool === 'regex') {
    // The floor for any single-threaded pass in Node: one regular expression over the text, one replace.
    return async (input) => input.replace(/\b(\w+) \1\b/g, '$1');
  }
  throw new Error(`unknown tool ${tool}`);
}

const clean = await prepare();
await clean(text.slice(0, 20_000)); // warm up the JIT on a slice
const seconds: number[] = [];
for (let run = 0; run < runs; run++) {
  const start = performance.now();
  await clean(text);
  seconds.push((performance.now() - start) / 1000);
}
console.log(JSON.stringify({ tool, bytes: Buffer.byteLength(text), seconds, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
