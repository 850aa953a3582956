/**
 * The real seeds, end to end: every line accounted for, the text is the
 * source's, the documents come out as a reader of the seeds sees them, and
 * speakers match the hand-made gold standard.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadInput } from '../src/lib/corpus/load.ts';
import { runPipeline, type PipelineResult } from '../src/lib/corpus/pipeline.ts';
import type { CorpusDocument } from '../src/lib/corpus/schema.ts';
import { loadGold, speakerAgreement } from './support/gold.ts';

const ROOT = resolve(import.meta.dirname, '..');
const paths = { seeds: resolve(ROOT, 'seeds'), data: resolve(ROOT, 'data') };
let withCorrections: PipelineResult;
let rulesAlone: PipelineResult;

beforeAll(async () => {
  withCorrections = runPipeline(await loadInput(paths, { corrections: true }));
  rulesAlone = runPipeline(await loadInput(paths, { corrections: false }));
});

const byId = (id: string): CorpusDocument => {
  const document = withCorrections.corpus.documents.find((candidate) => candidate.id === id);
  if (!document)
    throw new Error(`no document ${id}; ids: ${withCorrections.corpus.documents.map((entry) => entry.id).join(', ')}`);
  return document;
};

describe('the seed corpus', () => {
  it('keeps the seeds byte-identical to ../shared/seeds', () => {
    const shared = resolve(ROOT, '../shared/seeds');
    for (const file of readdirSync(shared)) {
      expect(readFileSync(resolve(paths.seeds, file)).equals(readFileSync(resolve(shared, file))), file).toBe(true);
    }
  });

  it('accounts for every non-blank seed line exactly once, as title, label, passage or reported removal', () => {
    const { corpus, sources } = withCorrections;
    const accounted = new Map<string, number>();
    const count = (file: string, line: number) =>
      accounted.set(`${file}:${line}`, (accounted.get(`${file}:${line}`) ?? 0) + 1);
    for (const document of corpus.documents) {
      if (document.source.titleLine) count(document.source.file, document.source.titleLine);
      for (const turn of document.turns) {
        if (turn.labelLine) count(document.source.file, turn.labelLine);
        for (const passage of turn.passages) count(document.source.file, passage.lines[0]);
      }
    }
    for (const removal of corpus.removed) {
      if (removal.text !== undefined) continue;
      for (let line = removal.startLine; line <= removal.endLine; line++) {
        if (sources.find((source) => source.file === removal.file)!.lines[line - 1]!.trim()) count(removal.file, line);
      }
    }
    const problems: string[] = [];
    for (const source of sources) {
      source.lines.forEach((text, index) => {
        const times = accounted.get(`${source.file}:${index + 1}`) ?? 0;
        if (text.trim() && times !== 1) problems.push(`${source.file}:${index + 1} accounted ${times} times`);
      });
    }
    expect(problems).toEqual([]);
  });

  it("shows each passage's text exactly as the source line prints it, less only a turn marker or a reported inline removal", () => {
    const { corpus, sources } = withCorrections;
    const inline = new Map(
      corpus.removed
        .filter((entry) => entry.text !== undefined)
        .map((entry) => [`${entry.file}:${entry.startLine}`, entry.text!]),
    );
    for (const document of corpus.documents) {
      const lines = sources.find((source) => source.file === document.source.file)!.lines;
      for (const turn of document.turns) {
        for (const passage of turn.passages) {
          const where = `${document.source.file}:${passage.lines[0]}`;
          const line = lines[passage.lines[0] - 1]!.trim();
          const at = line.indexOf(passage.text);
          expect(at, where).toBeGreaterThan(-1);
          const before = line.slice(0, at).trim();
          const after = line.slice(at + passage.text.length).trim();
          const removedText = inline.get(where)?.trim() ?? '';
          if (after) expect(after, where).toBe(removedText);
          if (before && before !== removedText) {
            expect(before, where).toMatch(/^(?:[-–—‒]|.{1,60}:|President Ilham Aliyev)$/u);
            expect(turn.passages[0], `${where}: a marked paragraph opens its turn`).toBe(passage);
          }
        }
      }
    }
  });

  it('finds the 30 documents: 26 interviews of the 2020 compilation, a meeting, a briefing and two reports', () => {
    const { documents } = withCorrections.corpus;
    expect(documents).toHaveLength(30);
    const kinds = documents.reduce<Record<string, number>>(
      (tally, document) => ({ ...tally, [document.kind]: (tally[document.kind] ?? 0) + 1 }),
      {},
    );
    expect(kinds).toEqual({ interview: 26, meeting: 1, briefing: 1, report: 2 });
    const compilation = documents
      .filter((document) => document.source.file.startsWith('002_'))
      .sort((a, b) => a.source.startLine - b.source.startLine);
    expect(compilation.map((document) => document.source.titleLine)).toEqual([
      3, 50, 135, 184, 311, 356, 364, 397, 504, 581, 652, 725, 836, 883, 996, 1037, 1238, 1295, 1411, 1484, 1684, 1721,
      1936, 2160, 2199, 2266,
    ]);
  });

  it('dates each document from the words of its text, never claiming an unstated day', () => {
    expect(byId('2020-10-02-al-jazeera').date).toMatchObject({
      value: '2020-10-02',
      precision: 'day',
      evidence: 'October 2',
      line: 52,
      from: 'text-and-manifest',
    });
    expect(byId('2020-11-06-bbc-news').date).toMatchObject({ value: '2020-11-06', precision: 'day' });
    expect(byId('2020-09-29-rossiya-1').date).toMatchObject({ value: '2020-09-29', precision: 'day' });
    expect(byId('2023-05-25-meeting-putin-aliyev').date).toMatchObject({
      value: '2023-05-25',
      precision: 'day',
      from: 'text',
      evidence: '25 May 2023',
    });
    const tass = withCorrections.corpus.documents.find((document) => document.source.titleLine === 1238)!;
    expect(tass.date).toMatchObject({
      value: '2020-10',
      precision: 'month',
      notBefore: '2020-10-13',
      notAfter: '2020-10-21',
      from: 'neighbours',
    });
    for (const document of withCorrections.corpus.documents) {
      if (document.date.precision !== 'day') continue;
      const source = readFileSync(resolve(paths.seeds, document.source.file), 'utf8').split('\n');
      const day = Number(document.date.value!.slice(8));
      if (document.date.from === 'correction') continue;
      expect(source[document.date.line! - 1], document.id).toContain(document.date.evidence!);
      expect(document.date.evidence, document.id).toMatch(new RegExp(`\\b${day}\\b`));
    }
  });

  it('names each outlet once, whatever the spelling, with its part', () => {
    const cnnTurk = withCorrections.corpus.documents.find((document) => document.source.titleLine === 356)!;
    expect(cnnTurk.outlets).toEqual([{ id: 'cnn-turk', role: 'interviewed' }]);
    const haberturk = withCorrections.corpus.documents.find((document) => document.source.titleLine === 725)!;
    expect(haberturk.outlets.map((outlet) => outlet.id)).toEqual(['haberturk']);
    const cnn = withCorrections.corpus.documents.find((document) => document.source.titleLine === 397)!;
    expect(cnn.outlets).toEqual([{ id: 'cnn-international', role: 'broadcast' }]);
    const report = withCorrections.corpus.documents.find((document) => document.source.file.startsWith('000_'))!;
    expect(report.outlets).toEqual(
      expect.arrayContaining([
        { id: 'aztv', role: 'interviewed' },
        { id: 'caliber-az', role: 'published' },
      ]),
    );
  });

  it('keeps unnamed journalists distinct per document and keeps the labels as printed', () => {
    const aljazeera = byId('2020-10-02-al-jazeera');
    const interviewer = aljazeera.participants.find((participant) => participant.role === 'interviewer')!;
    expect(interviewer.speaker).toBe('2020-10-02-al-jazeera-interviewer');
    const speaker = withCorrections.corpus.speakers.find((candidate) => candidate.id === interviewer.speaker)!;
    expect(speaker.labels.map((entry) => entry.label).sort()).toEqual(['Correpondent:', 'Correspondent:']);
    const aliyev = withCorrections.corpus.speakers.find((candidate) => candidate.id === 'ilham-aliyev')!;
    expect(aliyev.labels.map((entry) => entry.label)).toEqual(
      expect.arrayContaining(['President Ilham Aliyev:', 'President Ilham Aliyev']),
    );
  });

  it('names the person a report or briefing speaks of, and the speaker a label line introduces', () => {
    const briefing = withCorrections.corpus.documents.find((document) => document.kind === 'briefing')!;
    expect(briefing.participants).toEqual([{ speaker: 'hikmat-hajiyev', role: 'principal' }]);
    const reports = withCorrections.corpus.documents.filter((document) => document.kind === 'report');
    for (const report of reports) expect(report.participants).toEqual([{ speaker: 'ilham-aliyev', role: 'principal' }]);
    const korotchenko = byId('2020-09-29-rossiya-1').turns.find((turn) => turn.speaker === 'igor-korotchenko')!;
    expect(korotchenko).toMatchObject({
      label: 'Igor Korotchenko, Editor-in-Chief of the “Natsionalnaya oborona” magazine:',
      labelLine: 45,
    });
    expect(korotchenko.passages[0]!.text).toMatch(/^I listened to the speeches/u);
  });

  it('gets the speaker right on at least 99% of conversation paragraphs, and 95% by the rules alone', () => {
    const gold = loadGold();
    const corrected = speakerAgreement(withCorrections.corpus, gold);
    const rules = speakerAgreement(rulesAlone.corpus, gold);
    expect(corrected.conversation).toBeGreaterThan(1200);
    expect(
      corrected.agreed / corrected.conversation,
      JSON.stringify(corrected.mismatches.slice(0, 10)),
    ).toBeGreaterThanOrEqual(0.99);
    expect(rules.agreed / rules.conversation, JSON.stringify(rules.mismatches.slice(0, 10))).toBeGreaterThanOrEqual(
      0.95,
    );
  });

  it('tags passages with curated topics', () => {
    const tagged = withCorrections.corpus.topics.filter((topic) => topic.passages.length > 0);
    expect(withCorrections.corpus.topics.length).toBeGreaterThanOrEqual(15);
    expect(tagged.length).toBeGreaterThanOrEqual(15);
  });

  it('keeps every document and passage id when another transcript is added', async () => {
    const input = await loadInput(paths, { corrections: true });
    const extra =
      'Ilham Aliyev was interviewed by BBC News\n\nOn November 9, President Ilham Aliyev was interviewed by BBC News.\n\n-Thank you.\n\n-Thank you.\n';
    input.seeds.push({ file: '005_added.txt', bytes: new TextEncoder().encode(extra) });
    input.manifest['005_added.txt'] = { publisher: null, year: 2020, address: null, compilation: false };
    const grown = runPipeline(input).corpus;
    const ids = (corpus: typeof grown) =>
      corpus.documents
        .filter((document) => document.source.file !== '005_added.txt')
        .flatMap((document) => [
          document.id,
          ...document.turns.flatMap((turn) => turn.passages.map((passage) => `${document.id}#${passage.id}`)),
        ]);
    expect(ids(grown)).toEqual(ids(withCorrections.corpus));
    expect(grown.documents).toHaveLength(31);
  });
});
