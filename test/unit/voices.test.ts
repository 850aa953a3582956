import { describe, expect, it } from 'vitest';
import { nameVoices, type VoiceTurn } from '../../src/lib/corpus/voices.ts';

/** The people this made-up page names in full, by what a remark may call them. */
const people: Record<string, { key: string }> = {
  'Mayor Obi': { key: 'adaeze obi' },
  Mayor: { key: 'adaeze obi' },
  'Adaeze Obi': { key: 'adaeze obi' },
  'Chief Lund': { key: 'per lund' },
  'Per Lund': { key: 'per lund' },
  'Ms. Carver': { key: 'joan carver' },
};
const resolve = (mention: string) => people[mention] ?? null;
const voices = new Set(['1', '2', '3']);
const turn = (speaker: string, text: string): VoiceTurn => ({ speaker, text });

describe('numbered voices named by the conversation (voices.ts)', () => {
  it('names a voice the next speaker thanks, and one the last speaker hands the floor to', () => {
    const named = nameVoices(
      [
        turn('1', 'Good morning. I will hand it over to our police chief, Per Lund, and then to Ms. Carver.'),
        turn('2', 'Thank you, Mayor Obi. The bridge is closed until Friday.'),
        turn('1', 'Thank you, Chief. Ms. Carver.'),
        turn('3', 'Thanks, Mayor. The shelters are open.'),
      ],
      voices,
      resolve,
    );
    expect(Object.fromEntries([...named].map(([voice, person]) => [voice, person.key]))).toEqual({
      '1': 'adaeze obi',
      '2': 'per lund',
      '3': 'joan carver',
    });
  });

  it('names a voice a reporter puts a question to, but not one the reporter merely greets', () => {
    const named = nameVoices(
      [
        turn('9', 'Hi, Mayor. Question for Chief Lund. How long will the bridge stay closed?'),
        turn('2', 'Until Friday at least.'),
      ],
      voices,
      resolve,
    );
    expect([...named]).toEqual([['2', { key: 'per lund' }]]);
  });

  it('names a voice that names itself: “it’s Adaeze”, or a full name “for anyone who doesn’t know me”; not a day or a thing that “it’s” names', () => {
    const named = nameVoices(
      [
        turn('1', 'Sorry, it’s Adaeze, my microphone keeps cutting out. Is the budget final?'),
        turn('2', 'No problem. So, Per Lund, fire service, for anyone who doesn’t know me. It is not final.'),
        turn('3', 'It’s Friday, and the shelters are open.'),
      ],
      voices,
      (mention) => (mention === 'Adaeze' ? { key: 'adaeze obi' } : resolve(mention)),
    );
    expect(Object.fromEntries([...named].map(([voice, person]) => [voice, person.key]))).toEqual({
      '1': 'adaeze obi',
      '2': 'per lund',
    });
  });

  it('names nobody where the remarks disagree or two voices claim one person', () => {
    const split = nameVoices(
      [
        turn('1', 'Over to Per Lund.'),
        turn('2', 'Thank you, Mayor.'),
        turn('1', 'Thank you. Ms. Carver.'),
        turn('2', 'Thanks.'),
      ],
      voices,
      resolve,
    );
    expect(split.has('2')).toBe(false);
    const claimed = nameVoices(
      [turn('3', 'Good evening.'), turn('1', 'Thank you, Chief Lund.'), turn('2', 'Thank you, Chief Lund.')],
      voices,
      resolve,
    );
    expect([...claimed.keys()]).toEqual([]);
  });

  it('leaves a voice nobody names as it is printed, and names only the voices it is given', () => {
    const named = nameVoices(
      [turn('reporter', 'Thank you, Mayor Obi.'), turn('1', 'Thank you, everybody, for coming.')],
      new Set(['1']),
      resolve,
    );
    expect(named.size).toBe(0);
  });
});
