import { describe, expect, it } from 'vitest';
import { boundByNeighbours, dateDocument, findStatedDate } from '../../src/lib/corpus/date.ts';
import type { Paragraph } from '../../src/lib/corpus/segment.ts';

const paragraph = (text: string, line = 5): Paragraph => ({ line, text, blankBefore: 1 });

describe('date', () => {
  it.each([
    [
      'As reported earlier, on October 2, President Aliyev was interviewed.',
      { day: 2, month: 10, year: null, phrase: 'October 2' },
    ],
    [
      'As previously reported, on 6 October President Aliyev was interviewed.',
      { day: 6, month: 10, year: null, phrase: '6 October' },
    ],
    ['CHRONICLE  25 May 2023 - 23:12', { day: 25, month: 5, year: 2023, phrase: '25 May 2023' }],
    ['a hearing on November 15, 2023, was biased', { day: 15, month: 11, year: 2023, phrase: 'November 15, 2023' }],
    ['On the 27th of September Armenia attacked.', { day: 27, month: 9, year: null, phrase: '27th of September' }],
    ['17.07.2025 16:40', { day: 17, month: 7, year: 2025, phrase: '17.07.2025' }],
    ['Posted 03/27/2025 by the desk', { day: 27, month: 3, year: 2025, phrase: '03/27/2025' }],
    ['Publicado em 27/03/2025 18h40', { day: 27, month: 3, year: 2025, phrase: '27/03/2025' }],
    ['Updated 2025-07-17', { day: 17, month: 7, year: 2025, phrase: '2025-07-17' }],
  ])('finds the stated day in %j', (text, expected) => {
    expect(findStatedDate(paragraph(text))).toMatchObject(expected);
  });

  it('claims no day from a date in figures that could be read both ways (03/04/2025), nor from a version number', () => {
    expect(findStatedDate(paragraph('Published 03/04/2025'))).toBeNull();
    expect(findStatedDate(paragraph('Release 1.2.2024.1 of the report'))).toBeNull();
  });

  it('takes the year from the manifest only when the text gives none, and says so', () => {
    const lead = [paragraph('On November 6, President Aliyev was interviewed by BBC News.', 12)];
    expect(dateDocument({ datelines: [], title: null, lead }, 2020)).toEqual({
      value: '2020-11-06',
      precision: 'day',
      evidence: 'November 6',
      line: 12,
      from: 'text-and-manifest',
    });
  });

  it('dates the event the title names, not the day the page says it was published', () => {
    const published = paragraph('Published: 4 February 2025');
    const title = paragraph('Post-Cabinet press conference: Monday, 3 February 2025');
    expect(dateDocument({ datelines: [published], title, lead: [] }, null)).toMatchObject({
      value: '2025-02-03',
      precision: 'day',
    });
    expect(
      dateDocument({ datelines: [published], title: paragraph('Press conference'), lead: [] }, null),
    ).toMatchObject({ value: '2025-02-04' });
  });

  it('reads a date a page’s label runs into (“StoryMarch 18, 2025”), the month in full with its capital', () => {
    expect(findStatedDate(paragraph('StoryMarch 18, 2025'))).toMatchObject({ year: 2025, month: 3, day: 18 });
    // A word that ends in a month's letters is no date without the capital and the year.
    expect(findStatedDate(paragraph('the primarch 18 times'))).toBeNull();
  });

  it('takes the year of a day the opening states without one from the same day under the page, never from another day there', () => {
    const lead = [
      paragraph('Transcript of remarks by STL at media session', 11),
      paragraph(
        'Following is the transcript of remarks by the Secretary for Transport and Logistics, Ms Cheryl Yuen, at a media session after inspecting the East Rail Line this morning (November 4):',
        14,
      ),
    ];
    const turns = Array.from({ length: 12 }, (_, at) => paragraph(`Reporter: Question ${at}?`, 16 + 2 * at));
    const closing = (text: string) => [...turns, paragraph(text, 60), paragraph('Issued at HKT 14:27', 61)];
    expect(
      dateDocument({ datelines: [], title: null, lead, body: closing('Ends/Tuesday, November 4, 2025') }, null),
    ).toMatchObject({ value: '2025-11-04', precision: 'day' });
    // "Related news" under the page: another event's day gives no year to this one.
    expect(
      dateDocument(
        { datelines: [], title: null, lead, body: closing('Minister visits depot, November 3, 2025') },
        null,
      ),
    ).toMatchObject({ value: null, precision: 'unknown' });
  });

  it('dates an interview posted later by the day the page says the conversation took place, in the posting’s year, and no other day', () => {
    const lead = [paragraph('By Mame Diarra Sow', 11), paragraph('Posted on Thursday, 20 March 2025 09:15', 12)];
    const told = (text: string) => [paragraph(text, 19), paragraph('TAR: The IMF has suspended disbursements?', 21)];
    expect(
      dateDocument(
        {
          datelines: [],
          title: null,
          lead,
          body: told('Cissé spoke to The Africa Report at the ministry on 18 March.'),
        },
        null,
      ),
    ).toMatchObject({ value: '2025-03-18', precision: 'day' });
    // A December conversation posted in January is of the year before.
    const january = [paragraph('Posted on 3 January 2025', 12)];
    expect(
      dateDocument(
        { datelines: [], title: null, lead: january, body: told('She sat down with us on 29 December.') },
        null,
      ),
    ).toMatchObject({ value: '2024-12-29' });
    // A day the opening names for something else, or too long before the posting, leaves the posting's day.
    for (const text of [
      'The ministry will publish the audit on 18 March.',
      'Cissé spoke to The Africa Report on 18 January.',
    ])
      expect(dateDocument({ datelines: [], title: null, lead, body: told(text) }, null)).toMatchObject({
        value: '2025-03-20',
      });
  });

  it('never invents a day: no date in the text gives the manifest year, or unknown', () => {
    const lead = [paragraph('President Aliyev was interviewed by Euronews television.')];
    expect(dateDocument({ datelines: [], title: null, lead }, 2020)).toMatchObject({
      value: '2020',
      precision: 'year',
      from: 'manifest',
    });
    expect(dateDocument({ datelines: [], title: null, lead }, null)).toEqual({
      value: null,
      precision: 'unknown',
      evidence: null,
      from: 'none',
    });
  });

  it('bounds an undated part of a compilation by its dated neighbours', () => {
    const dated = (value: string) => ({ value, precision: 'day' as const, evidence: 'x', from: 'text' as const });
    const undated = { value: '2020', precision: 'year' as const, evidence: 'manifest', from: 'manifest' as const };
    const result = boundByNeighbours(
      [dated('2020-10-13'), undated, dated('2020-10-21'), undated],
      ['A', 'B', 'C', 'D'],
    );
    expect(result[1]).toMatchObject({
      value: '2020-10',
      precision: 'month',
      notBefore: '2020-10-13',
      notAfter: '2020-10-21',
      from: 'neighbours',
    });
    expect(result[3]).toMatchObject({ value: '2020', precision: 'year', notBefore: '2020-10-21' });
    expect(result[3]).not.toHaveProperty('notAfter');
  });

  it('does not bound by neighbours when the compilation is not in time order', () => {
    const dated = (value: string) => ({ value, precision: 'day' as const, evidence: 'x', from: 'text' as const });
    const undated = { value: '2020', precision: 'year' as const, evidence: 'manifest', from: 'manifest' as const };
    expect(boundByNeighbours([dated('2020-10-21'), undated, dated('2020-10-13')], ['A', 'B', 'C'])[1]).toBe(undated);
  });
});
