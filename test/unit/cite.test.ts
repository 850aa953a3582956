import { describe, expect, it } from 'vitest';
// @ts-expect-error -- citation-js ships no type declarations
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import '@citation-js/plugin-csl';
import type { CorpusDocument, Turn } from '../../src/lib/corpus/schema.ts';
import {
  bibtex,
  bibtexEscape,
  citationKey,
  cslJson,
  humanCitation,
  nestQuotes,
  personName,
  quotedText,
  ris,
  type CitationInput,
} from '../../src/lib/cite/citation.ts';
import { permanentUrlOf } from '../../src/lib/cite/exports.ts';
import { citationInputFor } from '../../src/lib/cite/input.ts';

/** What citation-js reads back: CSL-JSON, whatever format it was given. */
interface ReadBack {
  type: string;
  title?: string;
  author?: { family?: string; given?: string; literal?: string; 'non-dropping-particle'?: string }[];
  issued?: { 'date-parts': number[][] };
  accessed?: { 'date-parts': number[][] };
  'container-title'?: string;
  publisher?: string;
  URL?: string;
  note?: string;
  annote?: string;
}
const readBack = (data: unknown): ReadBack => {
  const items = (new Cite(data) as { data: ReadBack[] }).data;
  expect(items).toHaveLength(1);
  return items[0]!;
};
const apa = (data: unknown): string =>
  (new Cite(data) as { format: (kind: string, options: object) => string }).format('bibliography', {
    template: 'apa',
    format: 'text',
  });

const ALIYEV: CitationInput = {
  speaker: 'Ilham Aliyev',
  text: 'The main reason is that Armenia doesn’t want peace. They want to keep our lands under occupation forever.',
  title: 'Ilham Aliyev was interviewed by Al Jazeera TV channel',
  kind: 'Interview',
  interviewer: 'unnamed journalist',
  outlets: ['Al Jazeera'],
  date: { value: '2020-10-02', precision: 'day', display: '2 October 2020' },
  url: 'https://parley.example/interviews/2020-10-02-al-jazeera/#p-7rsxh9ph',
  originalUrl: 'https://president.az/en/articles/view/45000',
  siteName: 'Parley',
  accessed: '2026-11-30',
  documentId: '2020-10-02-al-jazeera',
  passageIds: ['p-7rsxh9ph'],
};
const input = (fields: Partial<CitationInput>): CitationInput => ({ ...ALIYEV, ...fields });

describe('the human citation', () => {
  it('gives the whole passage, who asked, where, when, Parley’s address, the access date and the first publication', () => {
    expect(humanCitation(ALIYEV)).toBe(
      'Ilham Aliyev: “The main reason is that Armenia doesn’t want peace. They want to keep our lands under occupation forever.”' +
        ' In “Ilham Aliyev was interviewed by Al Jazeera TV channel”, interview by an unnamed journalist, Al Jazeera, 2 October 2020.' +
        ' Parley, https://parley.example/interviews/2020-10-02-al-jazeera/#p-7rsxh9ph, accessed 30 November 2026.' +
        ' First published at https://president.az/en/articles/view/45000.',
    );
  });

  it('cuts only where the reader cut, each cut one ellipsis', () => {
    const text = ALIYEV.text;
    const at = (words: string) => text.indexOf(words);
    expect(quotedText(text)).toBe(text);
    expect(quotedText(text, [{ start: at(' doesn’t'), end: at(' peace') }])).toBe(
      'The main reason is that Armenia … peace. They want to keep our lands under occupation forever.',
    );
    expect(quotedText(text, [{ start: 0, end: at('Armenia') }])).toBe(
      '… Armenia doesn’t want peace. They want to keep our lands under occupation forever.',
    );
    expect(quotedText(text, [{ start: at(' They'), end: text.length }])).toBe(
      'The main reason is that Armenia doesn’t want peace. …',
    );
    // Overlapping and adjacent cuts, given in any order, are one omission.
    expect(
      quotedText(text, [
        { start: at(' under'), end: at(' forever') },
        { start: at(' to keep'), end: at(' lands') + 3 },
        { start: at(' lands'), end: at(' under') },
      ]),
    ).toBe('The main reason is that Armenia doesn’t want peace. They want … forever.');
    expect(humanCitation(input({ cut: [{ start: at(' They'), end: text.length }] }))).toContain(
      '“The main reason is that Armenia doesn’t want peace. …” In',
    );
  });

  it('nests quotation marks: the title’s double quotes turn single inside the citation’s, and single ones double', () => {
    expect(nestQuotes('Ilham Aliyev took questions on “Rossiya-1” TV channel’s “60 minutes” program')).toBe(
      'Ilham Aliyev took questions on ‘Rossiya-1’ TV channel’s ‘60 minutes’ program',
    );
    expect(nestQuotes('President Aliyev recalls "serious opportunities" for normalization')).toBe(
      'President Aliyev recalls ‘serious opportunities’ for normalization',
    );
    expect(nestQuotes('He called it ‘a “historic” day’, Japan’s envoy said')).toBe(
      'He called it “a ‘historic’ day”, Japan’s envoy said',
    );
    expect(nestQuotes('the Armenians’ claims and O’Brien’s remarks')).toBe(
      'the Armenians’ claims and O’Brien’s remarks',
    );
    const citation = humanCitation(
      input({ title: 'Aliyev: “Karabakh is Azerbaijan”', text: 'I said ‘never’, and “never” it is.' }),
    );
    expect(citation).toContain('“I said “never”, and ‘never’ it is.”');
    expect(citation).toContain('In “Aliyev: ‘Karabakh is Azerbaijan’”,');
  });

  it('names the publisher for its own text, and the publisher who quotes someone', () => {
    expect(humanCitation(input({ speaker: null, interviewer: null }))).toMatch(/^Publisher’s text: “The main/);
    expect(
      humanCitation(
        input({ quotedBy: 'Anadolu Agency', kind: 'Report', interviewer: null, outlets: ['Anadolu Agency'] }),
      ),
    ).toMatch(/^Ilham Aliyev, quoted by Anadolu Agency: “The main .*”, report, Anadolu Agency, 2 October 2020\. /);
  });

  it('says the date as the page does, whatever its precision', () => {
    const dated = (value: string | null, precision: string, display: string) =>
      humanCitation(input({ date: { value, precision, display } }));
    expect(dated('2020-10', 'month', 'October 2020')).toContain(', Al Jazeera, October 2020. Parley,');
    expect(dated('2020', 'year', '2020')).toContain(', Al Jazeera, 2020. Parley,');
    expect(dated(null, 'unknown', 'date unknown')).toContain(', Al Jazeera, date unknown. Parley,');
  });
});

describe('names', () => {
  it('splits a person’s name into given and family names, whatever the script’s accents', () => {
    expect(personName('Ilham Aliyev')).toEqual({ given: 'Ilham', family: 'Aliyev' });
    expect(personName('Søren Østergaard')).toEqual({ given: 'Søren', family: 'Østergaard' });
    expect(personName('Recep Tayyip Erdoğan')).toEqual({ given: 'Recep Tayyip', family: 'Erdoğan' });
    expect(personName('Ursula von der Leyen')).toEqual({
      given: 'Ursula',
      family: 'Leyen',
      'non-dropping-particle': 'von der',
    });
    expect(personName('Martin Luther King Jr.')).toEqual({ given: 'Martin Luther', family: 'King', suffix: 'Jr.' });
  });

  it('cites a role, a body or an unnamed journalist as printed', () => {
    expect(personName('Al Jazeera interviewer')).toEqual({ literal: 'Al Jazeera interviewer' });
    expect(personName('Yevgeniy, Channel One Russia')).toEqual({ literal: 'Yevgeniy, Channel One Russia' });
    expect(personName('Press Service of the President')).toEqual({ literal: 'Press Service of the President' });
    expect(personName('Erdoğan')).toEqual({ literal: 'Erdoğan' });
    expect(personName('Some Person', false)).toEqual({ literal: 'Some Person' });
  });
});

describe('citation keys', () => {
  it('are stable, ASCII, and differ by passage and by range', () => {
    expect(citationKey(ALIYEV)).toBe('aliyev:2020-10-02-al-jazeera:p-7rsxh9ph');
    expect(citationKey({ ...ALIYEV })).toBe(citationKey(ALIYEV));
    expect(citationKey(input({ passageIds: ['p-xa7hrrdv'] }))).not.toBe(citationKey(ALIYEV));
    expect(citationKey(input({ passageIds: ['p-7rsxh9ph', 'p-ufxvvvzy', 'p-s7538bhq'] }))).toBe(
      'aliyev:2020-10-02-al-jazeera:p-7rsxh9ph..p-s7538bhq',
    );
    expect(citationKey(input({ speaker: 'Søren Østergaard' }))).toMatch(/^ostergaard:/);
    expect(citationKey(input({ speaker: 'Recep Tayyip Erdoğan' }))).toMatch(/^erdogan:/);
    expect(citationKey(input({ speaker: null }))).toMatch(/^parley:/);
  });
});

describe('CSL-JSON', () => {
  it('types each kind as CSL knows it, with the speaker as author and the interviewer apart', () => {
    const item = cslJson(ALIYEV);
    expect(item).toMatchObject({
      id: 'aliyev:2020-10-02-al-jazeera:p-7rsxh9ph',
      type: 'interview',
      author: [{ family: 'Aliyev', given: 'Ilham' }],
      interviewer: [{ literal: 'unnamed journalist' }],
      title: ALIYEV.title,
      'container-title': 'Al Jazeera',
      publisher: 'Parley',
      issued: { 'date-parts': [[2020, 10, 2]] },
      accessed: { 'date-parts': [[2026, 11, 30]] },
      URL: ALIYEV.url,
    });
    expect(item.note).toContain(`“${ALIYEV.text}”`);
    expect(item.note).toContain('First published at https://president.az/en/articles/view/45000');
    expect(cslJson(input({ kind: 'Press conference' }))).toMatchObject({ type: 'speech', genre: 'Press conference' });
    expect(cslJson(input({ kind: 'statement' }))).toMatchObject({ type: 'speech', genre: 'Statement' });
    expect(cslJson(input({ kind: 'Report' })).type).toBe('article-newspaper');
    expect(cslJson(input({ speaker: null })).author).toBeUndefined();
  });

  it('keeps only the date parts the precision vouches for', () => {
    const issued = (value: string | null, precision: string) =>
      cslJson(input({ date: { value, precision, display: '' } })).issued;
    expect(issued('2020-10-02', 'day')).toEqual({ 'date-parts': [[2020, 10, 2]] });
    expect(issued('2020-10', 'month')).toEqual({ 'date-parts': [[2020, 10]] });
    expect(issued('2020', 'year')).toEqual({ 'date-parts': [[2020]] });
    expect(issued(null, 'unknown')).toBeUndefined();
  });

  it('is read by a CSL processor and rendered in a style', () => {
    const back = readBack([cslJson(ALIYEV)]);
    expect(back.author).toEqual([{ family: 'Aliyev', given: 'Ilham' }]);
    expect(apa([cslJson(ALIYEV)])).toContain(
      'Aliyev, I. (2020, October 2). Ilham Aliyev was interviewed by Al Jazeera TV channel (unnamed journalist, Interviewer). Al Jazeera. Parley. https://parley.example/interviews/2020-10-02-al-jazeera/#p-7rsxh9ph',
    );
  });
});

describe('BibTeX', () => {
  it('writes a @misc entry with the outlet, the date parts known, the address and the quote', () => {
    expect(bibtex(ALIYEV)).toBe(
      [
        '@misc{aliyev:2020-10-02-al-jazeera:p-7rsxh9ph,',
        '  author = {Aliyev, Ilham},',
        '  title = {{Ilham Aliyev was interviewed by Al Jazeera TV channel}},',
        '  howpublished = {Interview by an unnamed journalist, Al Jazeera},',
        '  publisher = {Al Jazeera},',
        '  year = {2020},',
        '  month = oct,',
        '  day = {2},',
        '  url = {https://parley.example/interviews/2020-10-02-al-jazeera/#p-7rsxh9ph},',
        '  urldate = {2026-11-30},',
        '  note = {First published at https://president.az/en/articles/view/45000. Transcript on Parley.},',
        `  annote = {“${ALIYEV.text}”},`,
        '}',
        '',
      ].join('\n'),
    );
  });

  it('escapes what TeX would read as commands', () => {
    expect(bibtexEscape('50% & $5 #1 a_b {x} ~ ^ \\')).toBe(
      '50\\% \\& \\$5 \\#1 a\\_b \\{x\\} \\textasciitilde{} \\textasciicircum{} \\textbackslash{}',
    );
    const title = 'Østergaard on “Erdoğan’s” plan: 50% & $5 #1 a_b {x} ~ ^ \\ done';
    expect(readBack(bibtex(input({ title }))).title).toBe(title);
  });

  it('makes a report an @article of its outlet', () => {
    const entry = bibtex(input({ kind: 'Report', outlets: ['Anadolu Agency'], quotedBy: 'Anadolu Agency' }));
    expect(entry).toMatch(/^@article\{/);
    expect(entry).toContain('journal = {Anadolu Agency},');
    expect(readBack(entry)['container-title']).toBe('Anadolu Agency');
  });
});

describe('RIS', () => {
  it('writes one tag a line, CRLF-terminated, and ends the record', () => {
    const record = ris(input({ text: 'One.\n\nTwo,\nstill two.' }));
    const lines = record.split('\r\n');
    expect(lines.at(-1)).toBe('');
    expect(lines.at(-2)).toBe('ER  - ');
    for (const line of lines.slice(0, -1)) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}- /);
    expect(lines[0]).toBe('TY  - GEN');
    expect(record).toContain('AU  - Aliyev, Ilham\r\n');
    expect(record).toContain('T2  - Al Jazeera\r\n');
    expect(record).toContain('PY  - 2020\r\nDA  - 2020/10/02/\r\n');
    expect(record).toContain('Y2  - 2026/11/30/\r\n');
    expect(record).toContain('N1  - “One. ¶ Two, still two.” Interview by an unnamed journalist. First published at');
    expect(ris(input({ kind: 'Report' }))).toMatch(/^TY {2}- GEN\r\n[^]*M3 {2}- Report\r\n/);
  });

  it('gives the year alone when only the year is known, and no date when none is', () => {
    expect(ris(input({ date: { value: '2020', precision: 'year', display: '2020' } }))).not.toContain('DA  -');
    expect(ris(input({ date: { value: '2020-10', precision: 'month', display: 'October 2020' } }))).toContain(
      'DA  - 2020/10//\r\n',
    );
    expect(ris(input({ date: { value: null, precision: 'unknown', display: 'date unknown' } }))).not.toMatch(
      /PY {2}-|DA {2}-/,
    );
  });
});

describe('every format read back by citation-js', () => {
  const cases: [string, CitationInput][] = [
    ['a day-dated interview', ALIYEV],
    [
      'Danish names, a month-dated range, a cut, and a title in quotes',
      input({
        speaker: 'Søren Østergaard',
        interviewer: 'Recep Tayyip Erdoğan',
        title: 'Østergaard on “Erdoğan’s plan”',
        outlets: ['Politiken', 'DR'],
        text: 'First paragraph, long enough to cut.\n\nSecond paragraph.',
        cut: [{ start: 16, end: 35 }],
        date: { value: '2020-10', precision: 'month', display: 'October 2020' },
        url: 'https://parley.example/interviews/2020-10-politiken/#p-aaaaaaaa..p-bbbbbbbb',
        documentId: '2020-10-politiken',
        passageIds: ['p-aaaaaaaa', 'p-bbbbbbbb'],
      }),
    ],
    [
      'a year-dated press conference by Erdoğan',
      input({
        speaker: 'Recep Tayyip Erdoğan',
        kind: 'Press conference',
        interviewer: null,
        date: { value: '2020', precision: 'year', display: '2020' },
      }),
    ],
    [
      'an undated report quoting someone',
      input({
        kind: 'Report',
        quotedBy: 'EU Reporter',
        outlets: ['EU Reporter'],
        speaker: 'Hikmat Hajiyev',
        date: { value: null, precision: 'unknown', display: 'date unknown' },
      }),
    ],
    ['an unnamed journalist’s question', input({ speaker: 'Al Jazeera interviewer', speakerIsPerson: false })],
  ];

  for (const [name, cited] of cases) {
    it(`keeps speaker, date, outlet and address: ${name}`, () => {
      const author = cslJson(cited).author!;
      const issued = cslJson(cited).issued;
      const outlet = cited.outlets.join(', ');
      const asWritten = (name: NonNullable<ReadBack['author']>[number]) =>
        name.literal ?? [name.given, name['non-dropping-particle'], name.family].filter(Boolean).join(' ');
      for (const [format, text] of [
        ['CSL-JSON', [cslJson(cited)]],
        ['BibTeX', bibtex(cited)],
        ['RIS', ris(cited)],
      ] as const) {
        const back = readBack(text);
        expect(back.author?.map(asWritten), format).toEqual([cited.speaker]);
        if ('family' in author[0]!) expect(back.author, format).toEqual(author);
        expect(back.issued, format).toEqual(issued);
        expect([back['container-title'], back.publisher], format).toContain(outlet);
        expect(back.URL, format).toBe(cited.url);
        expect(back.title, format).toBe(cited.title);
        expect(back.accessed, format).toEqual({ 'date-parts': [[2026, 11, 30]] });
      }
    });
  }
});

describe('the input for a passage or a range, from the records', () => {
  const turn = (speaker: string | null, role: Turn['role'], ...ids: string[]): Turn => ({
    id: `t-${ids[0]!.slice(2)}`,
    speaker,
    label: null,
    role,
    decidedBy: { method: 'label', confidence: 'high', cues: [] },
    passages: ids.map((id, index) => ({ id, text: `Text of ${id}.`, lines: [index + 1, index + 1], topics: [] })),
  });
  const document: CorpusDocument = {
    id: '2020-10-02-al-jazeera',
    kind: 'interview',
    title: 'Ilham Aliyev was interviewed by Al Jazeera TV channel',
    titleDerived: false,
    url: '/interviews/2020-10-02-al-jazeera/',
    date: { value: '2020-10-02', precision: 'day', evidence: 'October 2', from: 'text' },
    kindEvidence: 'the title says “interviewed”',
    convention: { name: 'labels', evidence: '' },
    outlets: [{ id: 'al-jazeera', role: 'interviewed' }],
    participants: [
      { speaker: 'aj-interviewer', role: 'interviewer' },
      { speaker: 'ilham-aliyev', role: 'interviewee' },
    ],
    source: { file: 'x.txt', startLine: 1, endLine: 9, titleLine: 1, address: null },
    turns: [
      turn(null, 'narration', 'p-narrated'),
      turn('aj-interviewer', 'question', 'p-question'),
      turn('ilham-aliyev', 'answer', 'p-answera', 'p-answerb'),
    ],
  };
  const context = {
    names: {
      speaker: new Map([
        ['aj-interviewer', { name: 'Al Jazeera interviewer', anonymous: true }],
        ['ilham-aliyev', { name: 'Ilham Aliyev', anonymous: false }],
      ]),
      outlet: new Map([['al-jazeera', { name: 'Al Jazeera' }]]),
    },
    urlOf: permanentUrlOf('https://parley.example/', '/'),
    accessed: '2026-11-30',
  };

  it('cites one passage by its speaker, with the unnamed interviewer as such', () => {
    expect(citationInputFor(document, ['p-answera'], context)).toEqual({
      speaker: 'Ilham Aliyev',
      quotedBy: null,
      text: 'Text of p-answera.',
      title: document.title,
      kind: 'Interview',
      interviewer: 'unnamed journalist',
      outlets: ['Al Jazeera'],
      date: { value: '2020-10-02', precision: 'day', display: '2 October 2020' },
      url: 'https://parley.example/interviews/2020-10-02-al-jazeera/#p-answera',
      originalUrl: null,
      siteName: 'Parley',
      accessed: '2026-11-30',
      documentId: document.id,
      passageIds: ['p-answera'],
    });
  });

  it('cites a range from a question into its answer as the answer’s, every paragraph whole', () => {
    const range = citationInputFor(document, ['p-question', 'p-answerb'], context);
    expect(range.speaker).toBe('Ilham Aliyev');
    expect(range.text).toBe('Text of p-question.\n\nText of p-answera.\n\nText of p-answerb.');
    expect(range.url).toBe('https://parley.example/interviews/2020-10-02-al-jazeera/#p-question..p-answerb');
    expect(humanCitation(range)).toContain(
      '“Text of p-question. ¶ Text of p-answera. ¶ Text of p-answerb.” In “Ilham Aliyev was interviewed by Al Jazeera TV channel”',
    );
    expect(citationKey(range)).toBe('aliyev:2020-10-02-al-jazeera:p-question..p-answerb');
  });

  it('cites an unnamed journalist’s question as printed, and the publisher’s own text as such', () => {
    const question = citationInputFor(document, ['p-question'], context);
    expect(question).toMatchObject({ speaker: 'Al Jazeera interviewer', speakerIsPerson: false });
    expect(cslJson(question).author).toEqual([{ literal: 'Al Jazeera interviewer' }]);
    expect(citationInputFor(document, ['p-narrated'], context).speaker).toBeNull();
  });

  it('cites quoted speech in a report by its speaker, quoted by the publisher', () => {
    const report: CorpusDocument = {
      ...document,
      kind: 'report',
      outlets: [
        { id: 'azertac', role: 'source' },
        { id: 'al-jazeera', role: 'published' },
      ],
      participants: [{ speaker: 'ilham-aliyev', role: 'principal' }],
      turns: [
        {
          ...turn(null, 'narration', 'p-narrated'),
          passages: [
            {
              id: 'p-narrated',
              text: '“We want peace,” the president said.',
              lines: [1, 1],
              topics: [],
              quotes: [
                { speaker: 'ilham-aliyev', start: 1, end: 14, attributedBy: 'the president said', confidence: 'high' },
              ],
            },
          ],
        },
      ],
    };
    const cited = citationInputFor(report, ['p-narrated'], context);
    expect(cited).toMatchObject({ speaker: 'Ilham Aliyev', quotedBy: 'Al Jazeera', outlets: ['Al Jazeera'] });
    expect(humanCitation(cited)).toMatch(
      /^Ilham Aliyev, quoted by Al Jazeera: “‘We want peace,’ the president said\.”/,
    );
  });

  it('refuses a passage the document does not have', () => {
    expect(() => citationInputFor(document, ['p-missing'], context)).toThrow(/no passage p-missing/);
  });
});
