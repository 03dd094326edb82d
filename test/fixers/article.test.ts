import { describe, expect, it } from 'vitest';
import { createUnmangler, unmangle } from '../../src/index.js';
import { describeFixer } from '../helpers/fixer-cases.js';

describeFixer('article', {
  valid: [
    'It was an honest mistake.',
    'We waited an hour.',
    'She is an heir to the estate.',
    'It was a unique chance.',
    'A European bank paid.',
    'It was a one-off payment.',
    'He took a U-turn.',
    'She had an X-ray.',
    'An MP spoke.',
    'An FBI agent came.',
    'A UN observer watched.',
    'A US official said so.',
    'An NBA player joined.',
    'It opens in an 18-month window.',
    'A 100-metre race.',
    'An 8-year-old boy.',
    'An 11th-hour deal.',
    'It is an historic moment.',
    'It is a historic moment.',
    'Plan A was rejected.',
    'Grade A eggs.',
    'the letter a is a vowel',
    'a and b are letters',
    'A NATO summit.',
    'A user asked.',
    'An umbrella helps.',
    'An ugly fight.',
    'An uninformed guess.',
    'An onerous task.',
    'a.m. and p.m.',
    'A NASA probe.',
    'A SNAP decision.',
    'It was a unidirectional link and a unary operator.',
    'It was an unissued bond.',
    'He works for a UNESCO office.',
    'Call an 0800 number.',
    'She has an MSc in physics.',
    'Install an npm package.',
    'Spell it b a s i c.',
    'It was a eulogy for a Uruguayan.',
    'An iPhone and an eBay account.',
    'It is a UTF-8 file and a COVID-19 ward.',
    'Then a/an makes it right.',
    'She bought an herb and a herb.',
  ],
  invalid: [
    { text: 'It was a honest mistake.', output: 'It was an honest mistake.', rule: 'an' },
    { text: 'We waited a hour.', output: 'We waited an hour.' },
    { text: 'made a “independent decision”', output: 'made an “independent decision”' },
    { text: 'made a "independent decision"', output: 'made an "independent decision"' },
    { text: 'made a (independent) decision', output: 'made an (independent) decision' },
    { text: 'It was an unique chance.', output: 'It was a unique chance.', rule: 'a' },
    { text: 'an European bank', output: 'a European bank' },
    { text: 'an one-off payment', output: 'a one-off payment' },
    { text: 'a 8-year-old boy', output: 'an 8-year-old boy' },
    { text: 'a 11-year-old girl', output: 'an 11-year-old girl' },
    { text: 'a 18-month window', output: 'an 18-month window' },
    { text: 'a 80 percent rise', output: 'an 80 percent rise' },
    { text: 'an 100-metre race', output: 'a 100-metre race' },
    { text: 'a 1800s mansion', output: 'an 1800s mansion' },
    { text: 'a apple', output: 'an apple' },
    { text: 'He met a NSA analyst.', output: 'He met an NSA analyst.' },
    { text: 'It broke a FAA rule.', output: 'It broke an FAA rule.' },
    { text: 'She has a MSc.', output: 'She has an MSc.' },
    { text: 'Install a npm package.', output: 'Install an npm package.' },
    { text: 'It was an unary operator.', output: 'It was a unary operator.' },
    { text: 'an Uruguayan player', output: 'a Uruguayan player' },
    { text: 'an eulogy', output: 'a eulogy' },
    { text: 'A apple fell.', output: 'An apple fell.' },
    { text: 'An banana fell.', output: 'A banana fell.' },
    { text: 'an university', output: 'a university' },
    { text: 'an useful tool', output: 'a useful tool' },
    { text: 'a heir', output: 'an heir' },
    { text: 'a honour', output: 'an honour' },
    { text: 'an US official', output: 'a US official' },
    { text: 'a FBI agent', output: 'an FBI agent' },
    { text: 'a MP said', output: 'an MP said' },
    { text: 'a NHS hospital', output: 'an NHS hospital' },
    { text: 'a X-ray', output: 'an X-ray' },
    { text: 'an UTF-8 file', output: 'a UTF-8 file' },
    { text: 'a MP3-player', output: 'an MP3-player' },
    { text: 'an U-turn', output: 'a U-turn' },
    { text: 'a Élysée official', output: 'an Élysée official' },
    { text: 'A HONEST MISTAKE', output: 'AN HONEST MISTAKE' },
    { text: 'a\nhour later', output: 'an\nhour later' },
    { text: 'a ‘independent’ view', output: 'an ‘independent’ view' },
  ],
});

describe('article details', () => {
  it('says why, with the sound that decided it', () => {
    const [change] = unmangle('a hour').changes;
    expect(change!.message).toBe('Use `an` before `hour`: the h of hour- is silent (an hour, an hourly)');
  });

  it('hears a word in a headline in capitals as a word, and in a sentence as letters, in either order', () => {
    // One pipeline remembers how each word is said: LED in capitals throughout is "led", beside lower case "L-E-D".
    const clean = createUnmangler({});
    expect(clean('AN LED LIGHT WAS ON.\n\nThey bought a LED lamp.\n').output).toBe('A LED LIGHT WAS ON.\n\nThey bought an LED lamp.\n');
    expect(clean('They bought a LED lamp.\n\nAN LED LIGHT WAS ON.\n').output).toBe('They bought an LED lamp.\n\nA LED LIGHT WAS ON.\n');
  });

  it('leaves an unknown acronym that may be said as a word or letter by letter', () => {
    expect(unmangle('a SIPRI report and an SIPRI report').changes).toEqual([]);
  });
});
