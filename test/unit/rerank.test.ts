import { describe, expect, it } from 'vitest';
import {
  excerpt,
  findPassages,
  planQuery,
  similarity,
  words,
  type BackendResult,
  type SearchBackend,
} from '../../src/lib/search/rerank.ts';

const passages = [
  'The main reason is that Armenia doesn’t want peace. They want to keep our lands under occupation forever.',
  'Peace is possible when the occupation ends and our people go back to their lands, I said many times.',
  'We want peace, but a peace based on law and the return of our lands.',
  'Thank you.',
];

/** A stand-in for Pagefind: a passage matches when it holds every word of the term (as a prefix). */
function fakeBackend(): SearchBackend & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    async search(term) {
      calls.push(term);
      const exact = /^".*"$/u.test(term);
      const wanted = words(term);
      const results: BackendResult[] = passages
        .map((text, at) => ({ text, at }))
        .filter(({ text }) =>
          exact
            ? words(text).join(' ').includes(wanted.join(' '))
            : wanted.every((word) => words(text).some((candidate) => candidate.startsWith(word))),
        )
        .map(({ text, at }) => ({
          id: `p${at}`,
          score: 1 / text.length,
          data: async () => ({ url: `/interviews/x/#p${at}`, content: text, meta: {} }),
        }));
      return { results };
    },
  };
}

describe('reading a query', () => {
  it('takes a query wholly inside straight, curly or angle quotation marks as an exact phrase', () => {
    expect(planQuery('“Armenia doesn’t want peace”')).toEqual({ text: 'Armenia doesn’t want peace', exact: true });
    expect(planQuery('"Armenia doesn\'t want peace"')).toMatchObject({ exact: true });
    expect(planQuery('«peace»')).toMatchObject({ exact: true, text: 'peace' });
    expect(planQuery('Armenia doesn’t want peace')).toMatchObject({ exact: false });
    expect(planQuery('""')).toMatchObject({ exact: false, text: '' });
  });

  it('treats curly and straight apostrophes, accents and case alike', () => {
    expect(words('Doesn’t')).toEqual(words("doesn't"));
    expect(words('coup d’état')).toEqual(['coup', 'detat']);
  });
});

describe('similarity', () => {
  it('is 1 for the passage that holds the quote, and less for one that holds only its words', () => {
    expect(similarity('Armenia doesn’t want peace', passages[0]!)).toBe(1);
    expect(similarity('Armenia doesn’t want peace', passages[2]!)).toBeLessThan(0.8);
  });

  it('prefers the passage where the words stand together, however long the other passage is', () => {
    const quote = 'keep our lands under occupation';
    const scattered = `${'Our lands were never theirs. '.repeat(20)} They keep talking. Under the occupation nobody lived.`;
    expect(similarity(quote, passages[0]!)).toBeGreaterThan(similarity(quote, scattered));
  });
});

describe('finding a passage', () => {
  it('returns the phrase itself when it is quoted and found', async () => {
    const backend = fakeBackend();
    const outcome = await findPassages(backend, '“want to keep our lands”');
    expect(outcome.mode).toBe('exact');
    expect(outcome.ranked.map((entry) => entry.id)).toEqual(['p0']);
  });

  it('still finds a quote with two words wrong, where no passage holds every word', async () => {
    const backend = fakeBackend();
    const outcome = await findPassages(backend, 'They wish to keep our territories under occupation forever', {
      records: passages.length,
    });
    expect(outcome.mode).toBe('closest');
    expect(outcome.ranked[0]?.id).toBe('p0');
    expect(backend.calls).toContain('occupation');
  });

  it('orders passages that hold every word by how closely they read like the query, not by the index score', async () => {
    const backend = fakeBackend();
    const byIndex = (await backend.search('want peace our lands', {}))!.results.sort((a, b) => b.score - a.score);
    expect(byIndex.map((result) => result.id)).toEqual(['p2', 'p0']);
    const outcome = await findPassages(backend, 'want peace our lands', { records: passages.length });
    expect(outcome.mode).toBe('all-words');
    // p1 lacks "want": it comes after both passages that hold every word.
    expect(outcome.ranked.map((entry) => entry.id)).toEqual(['p0', 'p2', 'p1']);
  });

  it('finds nothing for an empty query, without asking the index', async () => {
    const backend = fakeBackend();
    expect((await findPassages(backend, '   ')).ranked).toEqual([]);
    expect(backend.calls).toEqual([]);
  });
});

describe('excerpts', () => {
  it('mark the words of the query and keep the text as printed', () => {
    const pieces = excerpt(passages[0]!, 'armenia peace');
    expect(pieces.map((piece) => piece.text).join('')).toBe(passages[0]);
    expect(pieces.filter((piece) => piece.mark).map((piece) => piece.text)).toEqual(['Armenia', 'peace.']);
  });
});

describe('at scale', () => {
  it('takes a word found in 200,000 passages in its stride, and counts what holds every word', async () => {
    const many: BackendResult[] = Array.from({ length: 200_000 }, (_, at) => ({
      id: `r${at}`,
      score: 1 + (at % 7),
      data: async () => ({ url: `/x/#r${at}`, content: 'peace and war and law', meta: {} }),
    }));
    const backend: SearchBackend = {
      async search(term) {
        return { results: term === 'peace war law' ? many.slice(0, 3) : many };
      },
    };
    const started = performance.now();
    const outcome = await findPassages(backend, 'peace war law', { records: 250_000 });
    expect(performance.now() - started).toBeLessThan(5000);
    expect(outcome.mode).toBe('all-words');
    expect(outcome.total).toBe(3);
    expect(outcome.ranked.map((entry) => entry.id)).toEqual(expect.arrayContaining(['r0', 'r1', 'r2']));
  });

  it('reads a 2 MB passage quickly enough to stay in the page', () => {
    const long = 'the ceasefire must hold and our lands must be returned under international law '.repeat(26_000);
    const started = performance.now();
    expect(similarity('our lands must be returned', long)).toBe(1);
    expect(excerpt(long, 'international law').filter((piece) => piece.mark).length).toBeGreaterThan(0);
    expect(performance.now() - started).toBeLessThan(3000);
  });
});
