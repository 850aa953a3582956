import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadInput } from '../../src/lib/corpus/load.ts';
import { runPipeline } from '../../src/lib/corpus/pipeline.ts';
import type { Corpus } from '../../src/lib/corpus/schema.ts';
import { summarise } from '../../src/lib/corpus/write.ts';
import {
  buildSiteIndex,
  fromSameOutlets,
  neighbours,
  questionSummary,
  relatedByTopics,
  sameWeek,
  type SiteIndex,
} from '../../src/lib/site/corpus-index.ts';

const ROOT = resolve(import.meta.dirname, '../..');
let index: SiteIndex;
let corpus: Corpus;
const doc = (id: string) => index.document.get(id)!;

beforeAll(async () => {
  ({ corpus } = runPipeline(
    await loadInput({ seeds: resolve(ROOT, 'seeds'), data: resolve(ROOT, 'data') }, { corrections: true }),
  ));
  const topics = corpus.topics.map(({ passages, url: _url, ...topic }) => ({
    ...topic,
    passages: passages.length,
    documents: 0,
  }));
  index = buildSiteIndex({ ...corpus, documents: corpus.documents.map((document) => summarise(document)), topics });
});

describe('the site index', () => {
  it('puts documents in time order, undated ones by their bounds, and counts every passage and word', () => {
    const ids = index.documents.map((document) => document.id);
    expect(ids[0]).toBe('2020-09-29-rossiya-1');
    expect(ids.at(-1)).toBe('2025-08-08-aztv-washington-azerbaijani-president-ilham-aliyev');
    // Al Arabiya is known only to lie between 2 and 6 October: after Al Jazeera (2 October), before Perviy Kanal (6 October).
    expect(ids.indexOf('2020-10-al-arabiya')).toBeGreaterThan(ids.indexOf('2020-10-02-al-jazeera'));
    expect(ids.indexOf('2020-10-al-arabiya')).toBeLessThan(ids.indexOf('2020-10-06-perviy-kanal'));
    expect(index.totals.passages).toBe(
      corpus.documents.reduce((sum, document) => sum + document.turns.flatMap((turn) => turn.passages).length, 0),
    );
  });

  it('links each document to the one before and after it in time', () => {
    const { previous, next } = neighbours(index, doc('2020-10-02-al-jazeera'));
    expect(previous?.id).toBe('2020-09-29-rossiya-1');
    expect(next?.id).toBe('2020-10-al-arabiya');
    expect(neighbours(index, index.documents[0]!).previous).toBeNull();
  });

  it('finds documents within three days, only between exact dates', () => {
    expect(sameWeek(index, doc('2020-10-02-al-jazeera')).map((document) => document.id)).toEqual([
      '2020-09-29-rossiya-1',
    ]);
    expect(sameWeek(index, doc('2020-10-al-arabiya'))).toEqual([]);
  });

  it('finds other documents of the same outlet, and related ones by shared topics, never the document itself', () => {
    const bbc = doc('2020-11-06-bbc-news');
    expect(fromSameOutlets(index, bbc)).toEqual([]);
    expect(fromSameOutlets(index, doc('2023-05-25-meeting-putin-aliyev')).map((document) => document.id)).toEqual([
      '2025-08-08-aztv-washington-azerbaijani-president-ilham-aliyev',
    ]);
    const related = relatedByTopics(index, bbc);
    expect(related).toHaveLength(5);
    expect(related.every((entry) => entry.document.id !== bbc.id && entry.shared.length > 0)).toBe(true);
  });

  it('sums up a question by the sentence that asks it', () => {
    const question = corpus.documents
      .find((document) => document.id === '2020-10-02-al-jazeera')!
      .turns.find((turn) => turn.passages[0]!.text.startsWith('It has been two decades'))!;
    expect(questionSummary(question)).toMatch(/\?$/u);
    expect(questionSummary(question).split(' ').length).toBeLessThanOrEqual(29);
  });
});
