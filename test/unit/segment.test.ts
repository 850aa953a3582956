import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRegistry } from '../../src/lib/corpus/load.ts';
import { runPipeline } from '../../src/lib/corpus/pipeline.ts';
import { run } from '../support/fixtures.ts';

describe('segment', () => {
  it('splits a compilation at its headlines, whatever blank lines separate them', () => {
    const text = [
      'On this day',
      '',
      'Ilham Aliyev was interviewed by CNN-Turk TV',
      '',
      'President Ilham Aliyev has been interviewed by CNN-Türk television.',
      '',
      'Mr. President, welcome to CNN-Türk. How is it going?',
      '',
      '-Everything is going according to plan.',
      'Ilham Aliyev was interviewed by BBC News',
      '',
      'On November 6, President Ilham Aliyev was interviewed by BBC News.',
      '',
      '-President Aliyev, thank you for your time. Will you fight on?',
      '',
      '-We are ready to stop.',
    ].join('\n');
    const { corpus } = run({ 'c.txt': text }, { manifest: { 'c.txt': { year: 2020 } } });
    expect(
      corpus.documents.map((document) => [
        document.id,
        document.source.startLine,
        document.source.endLine,
        document.source.titleLine,
      ]),
    ).toEqual([
      ['2020-11-06-bbc-news', 10, 16, 10],
      ['2020-cnn-turk', 3, 9, 3],
    ]);
    const cnn = corpus.documents.find((document) => document.id === '2020-cnn-turk')!;
    expect(cnn.outlets).toEqual([{ id: 'cnn-turk', role: 'interviewed' }]);
    expect(cnn.turns.map((turn) => turn.role)).toEqual(['narration', 'question', 'answer']);
    expect(corpus.removed).toContainEqual({ file: 'c.txt', startLine: 1, endLine: 1, reason: 'boilerplate' });
  });

  it('reports a navigation line once, whole, when a part of it was cut first', async () => {
    const text = [
      'Home',
      '',
      'Agenda item 12 (continued)',
      '',
      'Fisheries debate: transcript of the plenary meeting',
      '',
      'The President: I give the floor to the representative of Chile.',
      '',
      'Ms. Rojas (Chile): My delegation welcomes the text before us today.',
    ].join('\n');
    // The real boilerplate: its inline rule cuts “(continued)” from the end of a line.
    const { corpus } = runPipeline({
      seeds: [{ file: 'p.txt', bytes: new TextEncoder().encode(text) }],
      registry: await loadRegistry(resolve(import.meta.dirname, '../../data')),
      manifest: {},
      corrections: [],
    });
    expect(corpus.removed.filter((entry) => entry.startLine === 3)).toEqual([
      { file: 'p.txt', startLine: 3, endLine: 3, reason: 'navigation' },
    ]);
    expect(corpus.documents[0]?.turns.map((turn) => turn.passages[0]?.text.slice(0, 15))).toEqual([
      'I give the floo',
      'My delegation w',
    ]);
  });

  it('lists removed clutter with its reason, keeps an inline dateline as removed text, and derives a missing title', () => {
    const text =
      'MOSCOW (AA) – The president spoke to the minister on Monday.\nThe talks covered the truce.\nShare this article:\nRead also\nOther story\n25 September 2023 - 19:13\n';
    const { corpus } = run({ 'r.txt': text }, { manifest: { 'r.txt': { year: 2023 } } });
    const [document] = corpus.documents;
    expect(document).toMatchObject({
      kind: 'report',
      title: 'The president spoke to the minister on Monday',
      titleDerived: true,
    });
    expect(document!.turns[0]!.passages.map((passage) => passage.text)).toEqual([
      'The president spoke to the minister on Monday.',
      'The talks covered the truce.',
    ]);
    expect(document!.turns[0]!.passages[1]!.topics).toEqual(['ceasefire']);
    expect(corpus.removed).toEqual([
      { file: 'r.txt', startLine: 1, endLine: 1, reason: 'dateline', text: 'MOSCOW (AA) – ' },
      { file: 'r.txt', startLine: 3, endLine: 3, reason: 'boilerplate' },
      { file: 'r.txt', startLine: 4, endLine: 6, reason: 'boilerplate' },
    ]);
  });

  it('parses a transcript in the Name: convention with a dateline, stage directions and a separator', () => {
    const text = [
      'Interview with the Financial Times',
      '',
      'Question: Mr President, thank you for the interview. What comes next?',
      '',
      'Vladimir Putin (retranslated): We will see.',
      '',
      '(Applause.)',
      '',
      '* * *',
      '',
      'Lionel Barber: One more question. Will you stay?',
      '',
      'PRESIDENT OF RUSSIA VLADIMIR PUTIN: Yes.',
    ].join('\n');
    const { corpus } = run({ 'ft.txt': text });
    const [document] = corpus.documents;
    expect(document!.turns.map((turn) => [turn.speaker, turn.role, turn.label])).toEqual([
      ['lionel-barber', 'question', 'Question:'],
      ['vladimir-putin', 'answer', 'Vladimir Putin (retranslated):'],
      [null, 'narration', null],
      ['lionel-barber', 'question', 'Lionel Barber:'],
      ['vladimir-putin', 'answer', 'PRESIDENT OF RUSSIA VLADIMIR PUTIN:'],
    ]);
    expect(corpus.removed).toContainEqual({ file: 'ft.txt', startLine: 9, endLine: 9, reason: 'separator' });
  });
});
