import { describe, expect, it } from 'vitest';
import {
  excerpt,
  findPassages,
  fragmentPassages,
  planQuery,
  probeWords,
  PROBE_WORDS,
  similarity,
  words,
  type Anchor,
  type BackendResult,
  type Fragment,
  type SearchBackend,
} from '../../src/lib/search/rerank.ts';
import { DocumentWordCounter } from '../../src/lib/search/words.ts';
import { anchorTitle, documentFactsTitle, DOCUMENT_ANCHOR, indexAnchorId } from '../../src/lib/search/anchors.ts';

const passages = [
  'The main reason is that Armenia doesn’t want peace. They want to keep our lands under occupation forever.',
  'Peace is possible when the occupation ends and our people go back to their lands, I said many times.',
  'We want peace, but a peace based on law and the return of our lands.',
  'Thank you.',
];

/** Documents as the index holds them: a title, then passages each opened by an anchor. */
const documents = [
  { id: 'a', title: 'Interview with Al Jazeera', passages: [passages[0]!, passages[3]!] },
  { id: 'b', title: 'Interview with Le Figaro', passages: [passages[1]!] },
  { id: 'c', title: 'Interview with CNN', passages: [passages[2]!] },
];

function fragmentOf(document: (typeof documents)[number]): Fragment {
  const anchors: Anchor[] = [
    {
      id: DOCUMENT_ANCHOR,
      title: documentFactsTitle({
        date: '2 October 2020',
        day: '2020-10-02',
        outlets: 'X',
        speakers: { aliyev: 'Ilham Aliyev' },
      }),
      location: 0,
    },
  ];
  let location = document.title.split(' ').length;
  document.passages.forEach((text, at) => {
    anchors.push({
      id: indexAnchorId(`${document.id}${at}`),
      title: anchorTitle({ speaker: 'aliyev', role: 'answer', topics: [] }),
      location,
    });
    location += text.split(/\s+/u).length;
  });
  return {
    url: `/interviews/${document.id}/`,
    content: [document.title, ...document.passages].join(' '),
    meta: { title: document.title },
    anchors,
  };
}

/** A stand-in for Pagefind: a document matches when it holds every word of the term (as a prefix). */
function fakeBackend(): SearchBackend & { calls: string[]; read: string[] } {
  const calls: string[] = [];
  const read: string[] = [];
  return {
    calls,
    read,
    async search(asked) {
      // A null term browses: every document.
      const term = asked ?? '';
      calls.push(term);
      const exact = /^".*"$/u.test(term);
      const wanted = words(term);
      const results: BackendResult[] = documents
        .filter((document) => {
          const text = words([document.title, ...document.passages].join(' '));
          return exact
            ? text.join(' ').includes(wanted.join(' '))
            : wanted.every((word) => text.some((candidate) => candidate.startsWith(word)));
        })
        .map((document) => ({
          id: document.id,
          score: 1 / document.passages.join(' ').length,
          data: async () => {
            read.push(document.id);
            return fragmentOf(document);
          },
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
  const ids = (outcome: { ranked: { passage: { id: string | null } }[] }) =>
    outcome.ranked.map((entry) => entry.passage.id);

  it('cuts a document into its passages at their anchors, the title before the first', () => {
    const cut = fragmentPassages(fragmentOf(documents[0]!));
    expect(cut.map((passage) => passage.id)).toEqual([null, 'a0', 'a1']);
    expect(cut.map((passage) => passage.text)).toEqual([documents[0]!.title, passages[0], passages[3]]);
    expect(cut[1]!.facets).toEqual({ speaker: 'aliyev', role: 'answer', topics: [] });
  });

  it('returns the phrase itself when it is quoted and found', async () => {
    const outcome = await findPassages(fakeBackend(), '“want to keep our lands”');
    expect(outcome.mode).toBe('exact');
    expect(ids(outcome)).toEqual(['a0']);
    expect(outcome.ranked[0]!.url).toBe('/interviews/a/#a0');
    expect(outcome.ranked[0]!.speaker).toBe('Ilham Aliyev');
  });

  it('still finds a quote with two words wrong, where no passage holds every word', async () => {
    const backend = fakeBackend();
    const outcome = await findPassages(backend, 'They wish to keep our territories under occupation forever');
    expect(outcome.mode).toBe('closest');
    expect(ids(outcome)[0]).toBe('a0');
  });

  it('asks the index for the rarest few words of a long quote, and only those, however it retries', async () => {
    const common = new Map(['peace', 'lands', 'occupation', 'armenia', 'want'].map((word, rank) => [word, rank]));
    const quote =
      'The main reason is that Armenia doesn’t want peace and they wish to keep our territories under occupation';
    const probe = probeWords(quote, common);
    expect(probe).toHaveLength(PROBE_WORDS);
    expect(probe).not.toContain('peace');
    const backend = fakeBackend();
    await findPassages(backend, quote, { common });
    const asked = new Set(backend.calls.flatMap((call) => words(call)));
    expect(backend.calls.length).toBeGreaterThan(0);
    expect([...asked].every((word) => probe.includes(word))).toBe(true);
  });

  it('does not ask the index for the words nearly every document uses while a rarer one remains', async () => {
    const common = new Map(['now', 'our', 'lands', 'peace', 'want'].map((word, rank) => [word, rank]));
    const everywhere = new Set(['now', 'lands', 'peace']);
    expect(probeWords('the lands now', common, everywhere)).toEqual(['lands']);
    expect(probeWords('want peace now', common, everywhere)).toEqual(['want']);
    expect(probeWords('want peace now', common).sort()).toEqual(['now', 'peace', 'want']);
    const backend = fakeBackend();
    const outcome = await findPassages(backend, 'want peace our lands', { common, everywhere });
    expect(new Set(backend.calls.flatMap((call) => words(call)))).toEqual(new Set(['want']));
    // Still held to every word: the passage without “lands” is not among those that hold them all.
    expect(outcome.mode).toBe('all-words');
    expect(ids(outcome).sort()).toEqual(['a0', 'c0']);
  });

  it('orders passages that hold every word by how closely they read like the query, not by the index score', async () => {
    const backend = fakeBackend();
    const byIndex = (await backend.search('want peace our lands', {}))!.results.sort((a, b) => b.score - a.score);
    expect(byIndex.map((result) => result.id)).toEqual(['c', 'a']);
    const outcome = await findPassages(backend, 'want peace our lands');
    expect(outcome.mode).toBe('all-words');
    expect(ids(outcome)).toEqual(['a0', 'c0']);
    expect(outcome.ranked.map((entry) => entry.complete)).toEqual([true, true]);
  });

  it('keeps only the passages that match a passage filter', async () => {
    const outcome = await findPassages(fakeBackend(), 'want peace our lands', { passageFilter: { part: 'question' } });
    expect(outcome.ranked).toEqual([]);
  });

  it('browses with filters and no words: every passage that passes the passage filter', async () => {
    const outcome = await findPassages(fakeBackend(), '', {
      filters: { speaker: ['aliyev'] },
      passageFilter: { part: 'answer' },
    });
    expect(outcome.mode).toBe('browse');
    expect(ids(outcome)).toEqual(['a0', 'a1', 'b0', 'c0']);
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
  it('takes a word found in 10,000 documents in its stride, reading only the first few', async () => {
    let read = 0;
    const many: BackendResult[] = Array.from({ length: 10_000 }, (_, at) => ({
      id: `r${at}`,
      score: 1 + (at % 7),
      data: async () => {
        read++;
        return fragmentOf({ id: `r${at}`, title: 'Peace', passages: ['peace and war and law'] });
      },
    }));
    const backend: SearchBackend = { search: async () => ({ results: many }) };
    const started = performance.now();
    const outcome = await findPassages(backend, 'peace war law', { documents: 5 });
    expect(performance.now() - started).toBeLessThan(5000);
    expect(read).toBe(5);
    expect(outcome.documents).toBe(10_000);
    expect(outcome.more).toHaveLength(9_995);
  });

  it('reads a 2 MB passage quickly enough to stay in the page', () => {
    const long = 'the ceasefire must hold and our lands must be returned under international law '.repeat(26_000);
    const started = performance.now();
    expect(similarity('our lands must be returned', long)).toBe(1);
    expect(excerpt(long, 'international law').filter((piece) => piece.mark).length).toBeGreaterThan(0);
    expect(performance.now() - started).toBeLessThan(3000);
  });
});

describe('the words nearly every document uses', () => {
  const documents = (count: number, extra: (at: number) => string) =>
    Array.from({ length: count }, (_, at) => [`Our lands and peace, ${extra(at)}.`, 'Thank you.']);

  it('are the words of at least the given share of the documents counted, once enough were counted', () => {
    const counter = new DocumentWordCounter();
    for (const texts of documents(100, (at) => (at % 10 === 0 ? 'a rare word' : 'and peace now')))
      counter.add(() => texts);
    expect(counter.everywhere(0.9, 50)).toEqual(['and', 'lands', 'now', 'our', 'peace', 'thank', 'you']);
    expect(counter.everywhere(0.9, 200)).toEqual([]);
  });

  it('are counted over every n-th document only', () => {
    const counter = new DocumentWordCounter(10);
    let read = 0;
    for (const texts of documents(100, (at) => (at % 10 === 0 ? 'always' : 'sometimes')))
      counter.add(() => (read++, texts));
    expect(read).toBe(10);
    expect(counter.everywhere(1, 10)).toContain('always');
    expect(counter.everywhere(1, 10)).not.toContain('sometimes');
  });
});
