/**
 * The corpus pipeline: read → segment → date → attribute → tag → validate, one source file at a
 * time. A `CorpusRun` holds only what spans files (speakers, outlets, document ids, corrections
 * used); each file's records go to the caller as soon as they are built and checked, so a corpus
 * of any size passes through in the memory of its largest file. `runPipeline` collects them for a
 * small corpus. Pure: reading from disk is ./load.ts, writing ./write.ts.
 */
import type { Correction, SourceEntry } from './registry-schema.ts';
import type { Corpus, CorpusDocument, DocumentDate, Outlet, Removed, Speaker, Topic } from './schema.ts';
import { boundByNeighbours, dateDocument } from './date.ts';
import { buildDocument, documentTitle, type Explanation } from './document.ts';
import { CorpusError, CorpusErrors } from './errors.ts';
import { outletMatcher, type OutletMatcher } from './outlets.ts';
import { readSource, type SourceFile } from './read.ts';
import { buildLexicon, type Lexicon, type Registry, type TopicEntry } from './registry.ts';
import type { SpeakerEntry } from './registry-schema.ts';
import { compileBoilerplate, segment, type Boilerplate, type RawDocument } from './segment.ts';
import { mergeSpeakers } from './speakers.ts';
import { topicMatchers, type TopicTagger } from './tag.ts';
import { validateFile } from './validate.ts';
import { applyDateCorrections, checkCorrections, correctionsForMissingFiles, idCorrection } from './corrections.ts';
import { ReportBuilder, type CorpusReport } from './report.ts';
import { compareText } from './text.ts';
import { SITE_ROUTES } from './urls.ts';

export type { Registry, TopicEntry };

export interface PipelineSettings {
  registry: Registry;
  manifest: Record<string, SourceEntry>;
  corrections: Correction[];
  /** Keep every paragraph's decision, for `--explain` (costs memory on a large corpus). */
  explain?: boolean;
}

export interface PipelineInput extends PipelineSettings {
  seeds: { file: string; bytes: Uint8Array }[];
}

/** One source file's records, built and checked. */
export interface FileRecords {
  source: SourceFile;
  documents: CorpusDocument[];
  removed: Removed[];
  explanations: Map<string, Explanation[]>;
}

/** What spans the corpus, known once every file has passed. */
export interface CorpusSummary {
  speakers: Speaker[];
  outlets: Outlet[];
  topics: TopicEntry[];
  /** Speaker ids merged into another (a surname alone in one transcript, the full name in another). */
  renames: Map<string, string>;
  report: CorpusReport;
}

export class CorpusRun {
  private readonly settings: PipelineSettings;
  private readonly lexicon: Lexicon;
  private readonly boilerplate: Boilerplate;
  private readonly outlets: OutletMatcher;
  private readonly topics: TopicTagger;
  private readonly speakerRegistry: Map<string, SpeakerEntry>;
  private readonly speakers = new Map<string, Speaker>();
  private readonly discovered = new Map<string, Outlet>();
  private readonly usedOutlets = new Set<string>();
  private readonly usedCorrections = new Set<Correction>();
  private readonly documentIds = new Map<string, string>();
  private readonly files = new Set<string>();
  private readonly report = new ReportBuilder();

  constructor(settings: PipelineSettings) {
    this.settings = settings;
    const { registry } = settings;
    this.lexicon = buildLexicon(registry);
    this.boilerplate = compileBoilerplate([
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
    this.outlets = outletMatcher(registry.outlets);
    this.topics = topicMatchers(registry.topics);
    this.speakerRegistry = new Map(registry.speakers.map((speaker) => [speaker.id, speaker]));
  }

  /** Files the manifest lists that the seeds do not hold. */
  checkFiles(files: readonly string[]): CorpusError[] {
    const present = new Set(files);
    return Object.keys(this.settings.manifest)
      .filter((file) => !present.has(file))
      .map((file) => new CorpusError('seeds/sources.yaml', null, `lists ${file}, which is not in seeds/`));
  }

  /** One file's records, or the problems that keep it out; a bad file never stops the others being checked. */
  addFile(file: string, bytes: Uint8Array): { records: FileRecords | null; errors: CorpusError[] } {
    this.files.add(file);
    let source: SourceFile;
    try {
      source = readSource(file, bytes);
    } catch (error) {
      if (error instanceof CorpusError) return { records: null, errors: [error] };
      throw error;
    }
    const errors = checkCorrections(this.settings.corrections, source);
    if (errors.length > 0) return { records: null, errors };
    const manifest = this.settings.manifest[file];
    let segmentation;
    try {
      segmentation = segment(source, this.boilerplate, manifest?.compilation ?? false);
    } catch (error) {
      if (error instanceof CorpusError) return { records: null, errors: [error] };
      throw error;
    }
    const raw = segmentation.documents;
    const titles = raw.map((document) => documentTitle(document).title);
    let dates = raw.map((document) => dateDocument(document, manifest?.year ?? null));
    if (raw.length > 1) dates = boundByNeighbours(dates, titles);
    const { corrections } = this.settings;
    dates = dates.map((date, index) =>
      applyDateCorrections(date, raw[index] as RawDocument, corrections, this.usedCorrections),
    );
    const speakerCorrections = corrections.filter(
      (correction): correction is Extract<Correction, { set: 'speaker' }> =>
        correction.set === 'speaker' && correction.file === file,
    );

    const documents: CorpusDocument[] = [];
    const explanations = new Map<string, Explanation[]>();
    raw.forEach((document, index) => {
      const built = buildDocument({
        document,
        date: dates[index] as DocumentDate,
        publisher: manifest?.publisher ?? null,
        kindHint: manifest?.kind,
        lexicon: this.lexicon,
        outlets: this.outlets,
        speakerRegistry: this.speakerRegistry,
        corrections: speakerCorrections.filter(
          (correction) => correction.line >= document.startLine && correction.line <= document.endLine,
        ),
        topics: this.topics,
        reviewedId: idCorrection(document, corrections, this.usedCorrections),
      });
      errors.push(...built.errors);
      for (const correction of built.usedCorrections) this.usedCorrections.add(correction);
      for (const speaker of built.speakers) {
        const known = this.speakers.get(speaker.id);
        if (known) known.labels.push(...speaker.labels);
        else this.speakers.set(speaker.id, speaker);
      }
      for (const outlet of built.discoveredOutlets)
        if (!this.discovered.has(outlet.id)) this.discovered.set(outlet.id, outlet);
      for (const outlet of built.document.outlets) this.usedOutlets.add(outlet.id);
      if (this.settings.explain) explanations.set(built.document.id, built.explanations);
      const other = this.documentIds.get(built.document.id);
      const where = `${file}:${document.startLine}`;
      if (other) {
        errors.push(
          new CorpusError(
            file,
            document.startLine,
            `duplicate document id “${built.document.id}” (also at ${other}); give one of them its own id with a “set: id” correction in seeds/corrections.yaml`,
          ),
        );
      }
      this.documentIds.set(built.document.id, where);
      documents.push(built.document);
    });
    errors.push(...validateFile(source, documents, segmentation.removed));
    if (errors.length > 0) return { records: null, errors };
    this.report.addFile(source, documents, segmentation.removed);
    return { records: { source, documents, removed: segmentation.removed, explanations }, errors };
  }

  /** The corpus-wide records, once every file has passed; or the problems only the whole corpus shows. */
  finish(): { summary: CorpusSummary | null; errors: CorpusError[] } {
    const errors = correctionsForMissingFiles(this.settings.corrections, this.files);
    for (const correction of this.settings.corrections) {
      if (this.usedCorrections.has(correction) || !this.files.has(correction.file)) continue;
      errors.push(
        new CorpusError(
          'seeds/corrections.yaml',
          null,
          `the ${correction.set} correction for ${correction.file}:${correction.line} applies to no conversation paragraph or document`,
        ),
      );
    }
    if (errors.length > 0) return { summary: null, errors };
    const { speakers, renames } = mergeSpeakers([...this.speakers.values()]);
    const { registry } = this.settings;
    const outlets: Outlet[] = [
      ...registry.outlets
        .filter((outlet) => this.usedOutlets.has(outlet.id))
        .map(({ parent: _parent, ...outlet }) => ({ ...outlet, url: SITE_ROUTES.outlet(outlet.id), reviewed: true })),
      ...[...this.discovered.values()].filter((outlet) => this.usedOutlets.has(outlet.id)),
    ];
    return {
      summary: {
        speakers: speakers.sort((a, b) => compareText(a.id, b.id)),
        outlets,
        topics: registry.topics,
        renames,
        report: this.report.finish(outlets, renames),
      },
      errors,
    };
  }
}

export interface PipelineResult {
  corpus: Corpus;
  report: CorpusReport;
  sources: SourceFile[];
  /** Per document id, every conversation paragraph's decision (with `explain`). */
  explanations: Map<string, Explanation[]>;
}

/** The whole corpus in memory, for a small one: the CLI's report, the tests, `corpus.json`. */
export function runPipeline(input: PipelineInput): PipelineResult {
  const run = new CorpusRun({ explain: true, ...input });
  const errors = run.checkFiles(input.seeds.map((seed) => seed.file));
  const documents: CorpusDocument[] = [];
  const removed: Removed[] = [];
  const sources: SourceFile[] = [];
  const explanations = new Map<string, Explanation[]>();
  for (const seed of input.seeds) {
    const added = run.addFile(seed.file, seed.bytes);
    errors.push(...added.errors);
    if (!added.records) continue;
    documents.push(...added.records.documents);
    removed.push(...added.records.removed);
    sources.push(added.records.source);
    for (const [id, entries] of added.records.explanations) explanations.set(id, entries);
  }
  if (errors.length > 0) throw new CorpusErrors(errors);
  const finished = run.finish();
  if (!finished.summary) throw new CorpusErrors(finished.errors);
  const { summary } = finished;
  for (const document of documents) renameSpeakers(document, summary.renames);
  return {
    corpus: assembleCorpus(
      documents.sort((a, b) => compareText(a.id, b.id)),
      removed,
      summary,
    ),
    report: summary.report,
    sources,
    explanations,
  };
}

/** A document's speaker ids after speakers merged across documents. */
export function renameSpeakers(document: CorpusDocument, renames: ReadonlyMap<string, string>): boolean {
  if (renames.size === 0 || !document.participants.some((participant) => renames.has(participant.speaker)))
    return false;
  const rename = (id: string) => renames.get(id) ?? id;
  for (const turn of document.turns) {
    if (turn.speaker) turn.speaker = rename(turn.speaker);
    for (const passage of turn.passages)
      for (const quote of passage.quotes ?? []) quote.speaker = rename(quote.speaker);
  }
  const seen = new Set<string>();
  document.participants = document.participants
    .map((participant) => ({ ...participant, speaker: rename(participant.speaker) }))
    .filter((participant) => !seen.has(participant.speaker) && seen.add(participant.speaker));
  return true;
}

export function assembleCorpus(
  documents: CorpusDocument[],
  removed: Removed[],
  summary: Pick<CorpusSummary, 'speakers' | 'outlets'> & { topics: readonly Omit<TopicEntry, 'matchers'>[] },
): Corpus {
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
  return {
    documents,
    speakers: summary.speakers,
    outlets: summary.outlets,
    topics: summary.topics.map((topic): Topic => ({
      id: topic.id,
      name: topic.name,
      aliases: topic.aliases,
      url: SITE_ROUTES.topic(topic.id),
      description: topic.description,
      passages: topicPassages.get(topic.id) ?? [],
    })),
    removed,
  };
}
