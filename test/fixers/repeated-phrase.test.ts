import { describe, expect, it } from 'vitest';
import { unmangle } from '../../src/index.js';
import { describeFixer } from '../helpers/fixer-cases.js';

describeFixer('repeated-phrase', {
  valid: [
    'They had had enough of the delays.',
    'He said that that was wrong.',
    'What it is is a problem.',
    'More and more farmers apply.',
    'They tried again and again.',
    'He said it over and over.',
    'The speech went on and on.',
    'Prices grew better and better.',
    'There were miles and miles of fields.',
    'The two were neck and neck at the line.',
    'Bye bye, old bridge.',
    'They drove to Walla Walla.',
    'A holiday in Bora Bora.',
    'Duran Duran played first.',
    'It was very, very long.',
    'We expand our deep, deep gratitude.',
    'The count was 1 1 in the first round.',
    'Come to Venezuela, Venezuela on Friday.',
    'He swapped Venezuela for Venezuela.',
    'He said “I am sorry, sorry” and left.',
    'See https://example.com/the/the for more.',
    'Follow #border #border for updates.',
    'Yesterday Will will sign the letter.',
    'He said “no no no no” twice.',
    'Pops let us in in the dark.',
    'It is what makes a man a man.',
    'Analysis\nAnalysis of the data follows.',
    'Intro.\n\nTheoretical discussion of flux gain\nflux gain of a single stage',
    'Battle in the senate The Senate met.',
    'She was all he had, everything he had, everything he wanted.',
    'It went on for years and years and years.',
    'The match between Spain and Spain ended.',
    'the processing of milk and milk products',
    'She reached and reached around the dress.',
    'They hunted and hunted as we always did.',
    'It was postponed and postponed and postponed.',
    'Smith and Smith, the law firm, agreed.',
    'It was the end.\n\nThe end came in spring.',
    'He sang la la la all day.',
    'Ha ha ha, very funny.',
    'It took many many years.',
    'Thank you. Thank you.',
    'He gave her her phone back.',
    'Will will be here soon.',
    'May may come too.',
    'He is a.k.a a superhero.',
    'They rode a tuk tuk to the tse tse research station.',
    'The chow chow barked: woof woof.',
    'Hip Hip Hooray!',
    'We hire c plus plus developers.',
    'She brought one in in a suitcase.',
    'It opened in twenty twenty and grew in twenty twenty one.',
    'Call five five five.',
    'Thank you. Thank you. Thank you.',
    'Go! Go! Go!',
    'No, no, no.',
    'Spell it b a s i c.',
    'When they spoke they spoke softly.',
    'They waited and waited.',
    'He cried and cried.',
    'It grew and grew.',
    '“Wait wait,” she said.',
    'The cat said meow meow and the clock went tick tick.',
    'Bond yields are as low as low can be.',
    'No credit is as bad as bad credit.',
    'They walked hand in hand in the park.',
    'It is very far as far as I know.',
    'She danced the can can.',
    'That is Will Will.',
    'Never give up, never give up.',
    'Ha ha ha ha ha.',
    'The account number is one zero zero zero zero zero seven.',
    'Type x x x x x to censor it.',
    'We are the champions, we are the champions.',
    'Let it go, let it go, let it go.',
    'Happy birthday to you\nHappy birthday to you\nHappy birthday dear John',
    'I have never seen anything like it in my whole life. Never seen anything like it in my whole life.',
    'In this chapter we describe how the new system handles very large input files.\n\nHow the new system handles very large input files.\n\nThe system reads them.',
    '# Introduction\nIntroduction to the topic is here.',
    '### Step 1\nStep 1 is to read.',
    'It is what it is.',
    // A copy may drop the first word's capital ("The the"), never gain one: "the The Times" is a name.
    'We read the The Times piece.',
    // A word that only begins with its counterpart is no copy of it: "box", "boxroom".
    'It is in the box in the boxroom.',
    'He said that that man lied.',
    'We stand behind him, we stand behind him, and we always will.',
    'He said he would come back to the village. He would come back to the village.',
  ],
  invalid: [
    { text: 'Relations have warmly warmly warmed.', output: 'Relations have warmly warmed.', rule: 'repeated-word' },
    { text: 'The the cat sat.', output: 'The cat sat.' },
    { text: 'I I think so.', output: 'I think so.' },
    { text: 'We waited in the the heat.', output: 'We waited in the heat.' },
    { text: 'It was was a mistake.', output: 'It was a mistake.' },
    { text: 'They had had had enough.', output: 'They had enough.' },
    {
      text: 'Deported under the Trump Administration under the Trump Administration under the Trump Administration, which',
      output: 'Deported under the Trump Administration, which',
      rule: 'repeated-phrase',
    },
    { text: 'Running since 2022 since 2022 in the north.', output: 'Running since 2022 in the north.' },
    { text: 'He thanked and thanked US officials.', output: 'He thanked US officials.', rule: 'x-and-x' },
    { text: 'The minister praised and praised the farmers.', output: 'The minister praised the farmers.', rule: 'x-and-x' },
    {
      text: "And that's what we saw. And that's what we saw. And that's what we saw. And that's what we saw. Then we left.",
      output: "And that's what we saw. Then we left.",
      rule: 'sentence-loop',
    },
    { text: 'We left early. We left early.', output: 'We left early.', rule: 'sentence-loop' },
    { text: 'the video video went up', output: 'the video went up' },
    { text: 'It is a a problem.', output: 'It is a problem.' },
    { text: 'Warmly warmly welcomed.', output: 'Warmly welcomed.' },
    { text: 'we went to the\nthe market', output: 'we went to the market' },
    { text: 'Intro.\n\nWe drove on to the\nthe border', output: 'Intro.\n\nWe drove on to the border' },
    { text: 'Yes.\nwelcome everyone to the show\nto the show tonight', output: 'Yes.\nwelcome everyone to the show tonight' },
    { text: 'in the the\r\nheat', output: 'in the\r\nheat' },
    { text: 'They said “sorry sorry sorry” again.', output: 'They said “sorry” again.' },
    { text: 'of the of the people', output: 'of the people' },
    { text: 'Maduro’s Maduro’s government', output: 'Maduro’s government' },
    { text: 'the the the the end', output: 'the end' },
    { text: 'on on 2024', output: 'on 2024' },
    { text: 'Élysée Élysée Palace', output: 'Élysée Palace' },
    { text: 'a café café nearby', output: 'a café nearby' },
    { text: 'The talks were held in in Geneva.', output: 'The talks were held in Geneva.' },
    { text: 'This is is a test.', output: 'This is a test.' },
    { text: 'We met in in the morning.', output: 'We met in the morning.' },
    { text: 'He was confident that that this plan would work.', output: 'He was confident that this plan would work.' },
    { text: 'She left with her her phone.', output: 'She left with her phone.' },
    { text: 'Go in in the house.', output: 'Go in the house.' },
    {
      text: 'Guten Tag und herzlich Willkommen bei\nHerzlich Willkommen bei der Deutschen\nHerzlich Willkommen bei der Deutschen\nHerzlich Willkommen bei der Deutschen\nIch rufe aus.\nIch rufe aus.\nder Deutschen.',
      output: 'Guten Tag und herzlich Willkommen bei\nHerzlich Willkommen bei der Deutschen\nIch rufe aus.\nder Deutschen.',
      rule: 'sentence-loop',
    },
    { text: 'I love this game so much, I love it, I love it, I love it, I love it,\n', output: 'I love this game so much, I love it,\n' },
    {
      text: 'Many sent blessings, wishing this great father a speedy recovery and a happy life. wishing this great father a speedy recovery and a happy life.',
      output: 'Many sent blessings, wishing this great father a speedy recovery and a happy life.',
      rule: 'sentence-loop',
    },
    { text: 'I can can do it.', output: 'I can do it.' },
    { text: 'It is one plus plus two.', output: 'It is one plus two.' },
    { text: 'a casual Hun Hun Hun Hun Hun hum', output: 'a casual Hun hum' },
    { text: `the ${'meow '.repeat(12)}of the cat`, output: 'the meow meow meow of the cat' },
    { text: `Its ${'way '.repeat(24)}more than that`, output: 'Its way way way more than that' },
    { text: 'ha ha ha ha ha ha ha ha ha ha ha ha', output: 'ha ha ha' },
    { text: 'Thank you. Thank you. Thank you. Thank you. Thank you.', output: 'Thank you.', rule: 'sentence-loop' },
    { text: 'Yes. Yes. Yes. Yes. Yes. Yes.', output: 'Yes.', rule: 'sentence-loop' },
    { text: 'Go! Go! Go! Go! Go!', output: 'Go! Go! Go!', rule: 'sentence-loop' },
    { text: '“And we saw it. And we saw it.”', output: '“And we saw it.”', rule: 'sentence-loop' },
    { text: '“Come back any any day,” she said.', output: '“Come back any day,” she said.' },
    { text: 'He praised the team for its work and work.', output: 'He praised the team for its work.', rule: 'x-and-x' },
    { text: 'The firm announced and announced its results.', output: 'The firm announced its results.', rule: 'x-and-x' },
    { text: 'She turned and turned pale.', output: 'She turned pale.', rule: 'x-and-x' },
    { text: 'We are ready to and are ready to leave.', output: 'We are ready to leave.', rule: 'x-and-x' },
    { text: 'They want to hold to hold back the tide.', output: 'They want to hold back the tide.', rule: 'repeated-phrase' },
    { text: 'The papers must be signed be signed today.', output: 'The papers must be signed today.', rule: 'repeated-phrase' },
    { text: `working with the d ${'s '.repeat(12)}that is`, output: 'working with the d s that is' },
    { text: 'Small. Small. Small. Small. Small.', output: 'Small.', rule: 'sentence-loop' },
    {
      text: 'One day he arrived and he was in the village. And he was in the village. And he was in the village.',
      output: 'One day he arrived and he was in the village.',
      rule: 'sentence-loop',
    },
    { text: '你只能选择两个。你只能选择两个。你只能选择两个。你只能选择两个。', output: '你只能选择两个。', rule: 'sentence-loop' },
    { text: '[ Background noise ]\n[ Background noise ]\n[ Background noise ]\n[ Background noise ]', output: '[ Background noise ]', rule: 'sentence-loop' },
    { text: 'and very easy\nand very easy\nand very easy', output: 'and very easy', rule: 'sentence-loop' },
    { text: 'his family. wishing him a speedy recovery. wishing him a speedy recovery.', output: 'his family. wishing him a speedy recovery.', rule: 'sentence-loop' },
  ],
});

describe('repeated-phrase details', () => {
  it('keeps the first copy and its capital', () => {
    expect(unmangle('The the end.').output).toBe('The end.');
  });

  it('says how many times a phrase repeated', () => {
    const [change] = unmangle('under the Trump Administration under the Trump Administration under the Trump Administration').changes;
    expect(change!.message).toBe('`under the Trump Administration` is repeated 3 times in a row; keep one');
  });

  it('only suggests an unknown capitalised double such as a reduplicated place name', () => {
    const result = unmangle('They flew to Sirhan Sirhan yesterday.');
    expect(result.output).toBe('They flew to Sirhan Sirhan yesterday.');
    expect(result.suggestions.map((s) => s.rule)).toEqual(['repeated-word']);
  });

  it('only suggests a phrase said twice from a pronoun or article: narration and lyrics say them on purpose', () => {
    const result = unmangle('I think I think it works.');
    expect(result.output).toBe('I think I think it works.');
    expect(result.suggestions).toMatchObject([{ rule: 'repeated-phrase', replacement: 'I think' }]);
  });

  it('only suggests an "X and X" that is not a verb with its object', () => {
    const result = unmangle('A unique support and support programme.');
    expect(result.output).toBe('A unique support and support programme.');
    expect(result.suggestions).toMatchObject([{ rule: 'x-and-x', original: 'support and support', replacement: 'support' }]);
  });

  it('only suggests a clause said twice to end its sentence: speeches and songs do it', () => {
    const result = unmangle('With heart and fight, we stand behind him, we stand behind him.\nHe spoke.');
    expect(result.output).toBe('With heart and fight, we stand behind him, we stand behind him.\nHe spoke.');
    expect(result.suggestions).toMatchObject([{ rule: 'repeated-phrase', replacement: 'we stand behind him' }]);
  });

  it('finds phrases of 8 words and more', () => {
    const phrase = 'under the long list of all the people we met';
    expect(unmangle(`${phrase} ${phrase} today`).output).toBe(`${phrase} today`);
  });

  it('finishes on one word repeated 100,000 times', () => {
    const text = 'word '.repeat(100_000);
    expect(unmangle(text).output).toBe('word ');
  });
});
