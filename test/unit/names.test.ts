import { describe, expect, it } from 'vitest';
import { namesIn, readLabelName } from '../../src/lib/corpus/names.ts';
import { buildLexicon } from '../../src/lib/corpus/registry.ts';
import { loadRegistry } from '../../src/lib/corpus/load.ts';
import { slugify } from '../../src/lib/corpus/text.ts';
import { run } from '../support/fixtures.ts';

const lexicon = buildLexicon(await loadRegistry(new URL('../../data/', import.meta.url).pathname));

describe('names in labels', () => {
  it.each([
    ['President of France Emmanuel Macron', 'Emmanuel Macron'],
    ['Emmanuel Macron', 'Emmanuel Macron'],
    ['EMMANUEL MACRON', 'Emmanuel Macron'],
    ['PRIME MINISTER STARMER', 'Starmer'],
    ['Jane Doe (retranslated)', 'Jane Doe'],
    ['J. Smith (as translated)', 'J. Smith'],
    ['President of the Russian Federation Vladimir Putin', 'Vladimir Putin'],
    ['President of Türkiye Recep Tayyip Erdoğan', 'Recep Tayyip Erdoğan'],
    ['President of Kazakhstan Kassym-Jomart Tokayev (retranslated)', 'Kassym-Jomart Tokayev'],
    ['NATO Secretary General Mark Rutte', 'Mark Rutte'],
    ['Azerbaijani President Ilham Aliyev', 'Ilham Aliyev'],
    ['President of the European Commission Ursula von der Leyen', 'Ursula von der Leyen'],
    ['MS. LEAVITT', 'Leavitt'],
    ['DEREK MWANGI, CNN CORRESPONDENT (voice-over)', 'Derek Mwangi'],
    ['Official Spokesperson, Shri Randhir Jaiswal', 'Randhir Jaiswal'],
    ['Peter Mallory MP', 'Peter Mallory'],
    ['Journalist of Le Monde Claire Dubois', 'Claire Dubois'],
    ['Cabinet Secretary for Water, Sanitation and Irrigation Grace Wanjiru Mutua', 'Grace Wanjiru Mutua'],
  ])('reads %j as %j', (label, name) => {
    expect(readLabelName(label, lexicon).person?.display).toBe(name);
  });

  it('reads a family name with its initials after it as that family name, the given name’s initial matched alone', () => {
    expect(readLabelName('КОВАЛЬЧУК Т.І.', lexicon).person).toMatchObject({
      display: 'Ковальчук Т.І.',
      surname: 'ковальчук',
      given: 'т',
      initials: true,
    });
    expect(readLabelName('Иванов И. И.', lexicon).person).toMatchObject({ surname: 'иванов', given: 'и' });
  });

  it('reads a bare title as no one in particular, keeping the title', () => {
    expect(readLabelName('THE PRESIDENT', lexicon)).toMatchObject({ person: null, titles: ['the', 'president'] });
  });
});

describe('ids from names', () => {
  it.each([
    ['Søren Østergaard', 'soren-ostergaard'],
    ['Lech Wałęsa', 'lech-walesa'],
    ['Владимир Путин', 'vladimir-putin'],
    ['Recep Tayyip Erdoğan', 'recep-tayyip-erdogan'],
    ['CNN Türk', 'cnn-turk'],
    ['Straße', 'strasse'],
  ])('gives %j the readable id %j', (name, id) => {
    expect(slugify(name)).toBe(id);
  });
});

describe('people across documents', () => {
  const labelled = (title: string, label: string, date: string) =>
    `${title}\n\n${date}\n\nQuestion: What comes next?\n\n${label}: We will see what the summit brings, and then we will decide together.\n`;

  it('makes one speaker of a person printed in full in one transcript and by surname in another', () => {
    const { corpus } = run({
      'a.txt': labelled(
        'Interview of the President with Le Monde',
        'President of France Emmanuel Marchetti',
        '3 March 2019',
      ),
      'b.txt': labelled('Remarks by President Marchetti', 'PRESIDENT MARCHETTI', '4 March 2019'),
    });
    const ids = corpus.documents.map(
      (document) => document.turns.find((turn) => turn.role !== 'question' && turn.speaker)?.speaker,
    );
    expect(ids).toEqual(['emmanuel-marchetti', 'emmanuel-marchetti']);
    const named = corpus.speakers.filter((speaker) => !speaker.anonymous).map((speaker) => speaker.name);
    expect(named).toEqual(['Emmanuel Marchetti']);
  });

  it('names an interviewer the labels name, not “<outlet> interviewer”', () => {
    const { corpus } = run({
      'a.txt':
        'Interview with the Financial Times\n\n5 May 2021\n\nLionel Barber: What comes next?\n\nVladimir Putin: We will see.\n\nLionel Barber: And then?\n\nVladimir Putin: Then we decide.\n',
    });
    expect(corpus.documents[0]!.participants).toEqual([
      { speaker: 'lionel-barber', role: 'interviewer' },
      { speaker: 'vladimir-putin', role: 'interviewee' },
    ]);
  });

  it('finds a name in a script with no capitals only after a title, whatever word the title stands at', () => {
    const found = (text: string) => namesIn(text, lexicon).map((person) => person.display);
    expect(found('قال مدير مشروع الناقل الوطني للمياه المهندس سامر العزام، إن أول كميات')).toEqual(['سامر العزام']);
    expect(found('ثم قال المهندس سامر العزام، إن')).toEqual(['سامر العزام']);
    expect(found('قال مدير مشروع الناقل الوطني للمياه إن أول كميات')).toEqual([]);
  });
});
