import { describe, expect, it } from 'vitest';
import { unmangle } from '../../src/index.js';
import { describeFixer } from '../helpers/fixer-cases.js';

describeFixer('spacing', {
  valid: [
    'He said “We know” and left.',
    'A list ( a, b, c ) spaced on both sides.',
    'She said ‘ no ’ to it.',
    'The (x) and ( y ) cases.',
    "Rock 'n' roll and 'sure' things.",
    'A mark ”like this” is odd.',
    'One space between words.',
    'Two spaces after a full stop.  Are a style.',
    'Name    Age\nAnna    31',
    'Anna  31\nBob   7',
    'Total  5\nLeft   2',
    'A line\n  indented',
    'trailing spaces  \nnext line',
    'She paused ... then spoke.',
    'He smiled :) and left.',
    'Bukele -the self-styled dictator.',
    'A temperature of -5 degrees.',
    'pre- and post-war Europe',
    'Use .NET for that.',
    'tabs\tbetween\twords',
    'A self-styled leader.',
    'Is it? Yes!',
    'See https://example.com/a  b for more.',
    'a,b,c',
    'x  =  y',
    'Two  spaces  everywhere  here',
    'Mr. Smith arrived.',
    'The end ...',
    'a non-violent march',
    'Call me at 10:30.',
    'U.S. officials met at 5 p.m. today.',
    'The ratio was 3:2 in the end.',
    'A list: one, two, three.',
    'Wait… what?',
  ],
  invalid: [
    { text: '“ We know the situation,” he said.', output: '“We know the situation,” he said.', rule: 'space-inside-quotes' },
    { text: 'look only at ourselves. ”\nThen', output: 'look only at ourselves.”\nThen', rule: 'space-inside-quotes' },
    { text: 'recorded this morning ( Sunday) at the club', output: 'recorded this morning (Sunday) at the club', rule: 'space-inside-brackets' },
    { text: 'teach it and do kaizen \'s and all that', output: "teach it and do kaizen's and all that", rule: 'space-before-clitic' },
    { text: 'the word , alone', output: 'the word, alone' },
    { text: 'He said “yes” , she said no.', output: 'He said “yes”, she said no.' },
    { text: 'The price is 10 , 20 or 30.', output: 'The price is 10, 20 or 30.' },
    { text: 'Al  Salvador', output: 'Al Salvador', rule: 'double-space' },
    { text: 'welcomed the  decision.', output: 'welcomed the decision.' },
    { text: 'a word   too far', output: 'a word too far' },
    { text: 'The programme , which', output: 'The programme, which', rule: 'space-before-punctuation' },
    { text: 'what did they say ?', output: 'what did they say?' },
    { text: 'It ended .', output: 'It ended.' },
    { text: 'Really !', output: 'Really!' },
    { text: 'First ; second', output: 'First; second' },
    { text: 'Note : this', output: 'Note: this' },
    { text: 'He said “yes” .', output: 'He said “yes”.' },
    { text: 'the end .”', output: 'the end.”' },
    { text: 'the self -style dictator', output: 'the self-style dictator', rule: 'hyphen-prefix' },
    { text: 'anti -government protests', output: 'anti-government protests' },
    { text: 'pro -government groups', output: 'pro-government groups' },
    { text: 'a non -violent march', output: 'a non-violent march' },
    { text: 'the ex -president', output: 'the ex-president' },
    { text: 'Self -styled', output: 'Self-styled' },
    { text: 'a co -founder', output: 'a co-founder' },
    { text: 'the 10  people', output: 'the 10 people' },
    { text: 'said ,  and', output: 'said, and' },
    { text: 'up by 5 , then', output: 'up by 5, then' },
    { text: 'Yes , no , maybe', output: 'Yes, no, maybe' },
    { text: 'a mid -term vote', output: 'a mid-term vote' },
    { text: 'multi -party talks', output: 'multi-party talks' },
    { text: 'semi -final', output: 'semi-final' },
  ],
});

describe('spacing details', () => {
  it('suggests a spaced dash for "Bukele -the" without changing it', () => {
    const result = unmangle('Trump and Bukle -the self-styled dictator', { only: ['spacing'] });
    expect(result.output).toBe('Trump and Bukle -the self-styled dictator');
    expect(result.suggestions).toMatchObject([{ rule: 'stray-hyphen', original: 'Bukle -the', replacement: 'Bukle – the' }]);
  });
});
