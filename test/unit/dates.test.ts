import { describe, expect, it } from 'vitest';
import type { DocumentDate } from '../../src/lib/corpus/schema.ts';
import { chronologicalKey, datedKey, formatDate, monthOf, yearOf } from '../../src/lib/site/dates.ts';

const date = (fields: Partial<DocumentDate>): DocumentDate => ({
  value: null,
  precision: 'unknown',
  evidence: null,
  from: 'none',
  ...fields,
});

describe('dates as readers see them', () => {
  it('words each precision honestly', () => {
    expect(formatDate(date({ value: '2020-11-06', precision: 'day' }))).toBe('6 November 2020');
    expect(formatDate(date({ value: '2020-10', precision: 'month' }))).toBe('October 2020');
    expect(
      formatDate(date({ value: '2020-10', precision: 'month', notBefore: '2020-10-13', notAfter: '2020-10-21' })),
    ).toBe('between 13 and 21 October 2020');
    expect(
      formatDate(date({ value: '2020', precision: 'year', notBefore: '2020-10-26', notAfter: '2020-11-02' })),
    ).toBe('between 26 October and 2 November 2020');
    expect(formatDate(date({}))).toBe('date unknown');
    expect(formatDate(date({ notAfter: '2020-11-02' }))).toBe('not after 2 November 2020');
  });

  it('files and sorts a document by what is known of its date, and undated ones last', () => {
    const bounded = date({ notAfter: '2020-11-02' });
    expect(datedKey(bounded)).toBe('2020-11-02');
    expect(yearOf(bounded)).toBe('2020');
    expect(monthOf(bounded)).toBeNull();
    expect(datedKey(date({}))).toBeNull();
    expect(chronologicalKey(date({}))).toBe('9999');
    expect([chronologicalKey(date({})), chronologicalKey(bounded)].sort()).toEqual(['2020-11-02', '9999']);
  });
});
