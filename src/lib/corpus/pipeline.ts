/**
 * The corpus pipeline: read → segment → date → attribute → tag → validate.
 * Pure: it takes file contents and curated registries, and returns the corpus
 * records and a report. Reading from disk lives in ./load.ts; one document's
 * record is built by ./document.ts from the stage modules.
 */
import type { Correction, SourceEntry } from './registry-schema.ts';
import type { Corpus, CorpusDocument, DocumentDate, Outlet, Removed, Speaker, Topic } from './schema.ts';
import { boundByNeighbours, dateDocument } from './date.ts';
import { buildDocument, documentTitle, type Explanation } from './document.ts';
import { CorpusError, CorpusErrors } from './errors.ts';
import { outletMatcher } from './outlets.ts';
import { readSource, type SourceFile } from './read.ts';
import { buildLexicon, type Registry, type TopicEntry } from './registry.ts';
import { compileBoilerplate, segment, type RawDocument } from './segment.ts';
import { mergeSpeakers } from './speakers.ts';
import { topicMatchers } from './tag.ts';
import { validateCorpus } from './validate.ts';
import { applyDateCorrections, checkCorrections, idCorrection } from './corrections.ts';
import { buildReport, type CorpusReport } from './report.ts';
import { compareText } from './text.ts';

export type { Registry, TopicEntry };

export interface PipelineInput {
  seeds: { file: string; bytes: Uint8Array }[];
  registry: Registry;
  manifest: Record<string, SourceEntry>;
  corrections: Correction[];
}

export interface PipelineResult {
  corpus: Corpus;
  report: CorpusReport;
  sources: SourceFile[];
  /** Per document id, every conversation paragraph's decision (for `--explain`). */
  explanations: Map<string, Explanation[]>;
}

export function runPipeline(input: PipelineInput): PipelineResult {
  const errors: CorpusError[] = [];
  const sources: SourceFile[] = [];
  for (const seed of input.seeds) {
    try {
      sources.push(readSource(seed.file, seed.bytes));
    } catch (error) {
      if (error instanceof CorpusError) errors.push(error);
      else throw error;
    }
  }
  for (const file of Object.keys(input.manifest)) {
    if (!input.seeds.some((seed) => seed.file === file)) {
      errors.push(new CorpusError('seeds/sources.yaml', null, `lists ${file}, which is not in seeds/`));
    }
  }
  errors.push(...checkCorrections(input.corrections, sources));
  if (errors.length > 0) throw new CorpusErrors(errors);

  const { registry } = input;
  const lexicon = buildLexicon(registry);
  const boilerplate = compileBoilerplate([
    ...registry.boilerplate,
    ...registry.outlets.flatMap((outlet) =>
      [outlet.name, ...outlet.aliases].map((text) => ({
        match: 'exact' as const,
        text,
        reason: 'byline' as const,
        scope: 'line' as const,
        inline: false,
      })),
    ),
  ]);
  const outlets = outletMatcher(registry.outlets);
  const topics = topicMatchers(registry.topics);
  const speakerRegistry = new Map(registry.speakers.map((speaker) => [speaker.id, speaker]));

  const documents: CorpusDocument[] = [];
  const removed: Removed[] = [];
  const speakers = new Map<string, Speaker>();
  const discovered = new Map<string, Outlet>();
  const usedCorrections = new Set<Correction>();
  const explanations = new Map<string, Explanation[]>();

  for (const source of sources) {
    const manifest = input.manifest[source.file];
    let segmentation;
    try {
      segmentation = segment(source, boilerplate, manifest?.compilation ?? false);
    } catch (error) {
      if (error instanceof CorpusError) {
        errors.push(error);
        continue;
      }
      throw error;
    }
    removed.push(...segmentation.removed);
    const raw = segmentation.documents;
    const titles = raw.map((document) => documentTitle(document).title);
    let dates = raw.map((document) => dateDocument(document, manifest?.year ?? null));
    if (raw.length > 1) dates = boundByNeighbours(dates, titles);
    dates = dates.map((date, index) =>
      applyDateCorrections(date, raw[index] as RawDocument, input.corrections, usedCorrections),
    );
    const speakerCorrections = input.corrections.filter(
      (correction): correction is Extract<Correction, { set: 'speaker' }> =>
        correction.set === 'speaker' && correction.file === source.file,
    );

    raw.forEach((document, index) => {
      const built = buildDocument({
        document,
        date: dates[index] as DocumentDate,
        publisher: manifest?.publisher ?? null,
        kindHint: manifest?.kind,
        lexicon,
        outlets,
        speakerRegistry,
        corrections: speakerCorrections.filter(
          (correction) => correction.line >= document.startLine && correction.line <= document.endLine,
        ),
        topics,
        reviewedId: idCorrection(document, input.corrections, usedCorrections),
      });
      errors.push(...built.errors);
      for (const correction of built.usedCorrections) usedCorrections.add(correction);
      for (const speaker of built.speakers) {
        const known = speakers.get(speaker.id);
        if (known) known.labels.push(...speaker.labels);
        else speakers.set(speaker.id, speaker);
      }
      for (const outlet of built.discoveredOutlets) if (!discovered.has(outlet.id)) discovered.set(outlet.id, outlet);
      explanations.set(built.document.id, built.explanations);
      documents.push(built.document);
    });
  }

  for (const correction of input.corrections) {
    if (!usedCorrections.has(correction)) {
      errors.push(
        new CorpusError(
          'seeds/corrections.yaml',
          null,
          `the ${correction.set} correction for ${correction.file}:${correction.line} applies to no conversation paragraph or document`,
        ),
      );
    }
  }
  if (errors.length > 0) throw new CorpusErrors(errors);

  const merged = mergeSpeakers([...speakers.values()], documents);
  documents.sort((a, b) => compareText(a.id, b.id));
  // One pass over the passages, not one per topic.
  const topicPassages = new Map<string, { document: string; passage: string }[]>();
  for (const document of documents) {
    for (const turn of document.turns) {
      for (const passage of turn.passages) {
        for (const topic of passage.topics) {
          const list = topicPassages.get(topic) ?? [];
          list.push({ document: document.id, passage: passage.id });
          topicPassages.set(topic, list);
        }
      }
    }
  }
  const usedOutlets = new Set(documents.flatMap((document) => document.outlets.map((outlet) => outlet.id)));
  const corpus: Corpus = {
    documents,
    speakers: merged.sort((a, b) => compareText(a.id, b.id)),
    outlets: [
      ...registry.outlets
        .filter((outlet) => usedOutlets.has(outlet.id))
        .map(({ parent: _parent, ...outlet }) => ({ ...outlet, url: `/outlets/${outlet.id}/`, reviewed: true })),
      ...[...discovered.values()].filter((outlet) => usedOutlets.has(outlet.id)),
    ],
    topics: registry.topics.map((topic): Topic => ({
      id: topic.id,
      name: topic.name,
      aliases: topic.aliases,
      url: `/topics/${topic.id}/`,
      description: topic.description,
      passages: documents.flatMap((document) =>
        document.turns.flatMap((turn) =>
          turn.passages
            .filter((passage) => passage.topics.includes(topic.id))
            .map((passage) => ({ document: document.id, passage: passage.id })),
        ),
      ),
    })),
    removed,
  };
  validateCorpus(corpus, sources);
  return { corpus, report: buildReport(corpus, sources), sources, explanations };
}
