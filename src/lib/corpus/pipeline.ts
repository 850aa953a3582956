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
import { fileReport, ReportBuilder, type CorpusReport, type FileReport } from './report.ts';
import { compareText, fold } from './text.ts';
import { roleOf } from './markers.ts';
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
  /** The file as read; null when it was read in another thread (./parallel.ts). */
  source: SourceFile | null;
  documents: CorpusDocument[];
  removed: Removed[];
  /** Each removal's text as the source prints it (lines joined with " · " for whole lines). */
  removedText: string[];
  explanations: Map<string, Explanation[]>;
  report: FileReport;
}

/** What reading one file gives: its records or its problems, and what it adds to the corpus. */
export interface FileOutcome {
  file: string;
  records: FileRecords | null;
  errors: CorpusError[];
  speakers: Speaker[];
  discoveredOutlets: Outlet[];
  /** Positions in the settings' corrections of those this file used. */
  usedCorrections: number[];
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

/**
 * Read → segment → date → attribute → tag → validate for one file. Holds only what the settings
 * compile (lexicon, boilerplate, outlet and topic matchers), never anything of another file, so
 * files can be read in any thread.
 */
export class SourceProcessor {
  private readonly settings: PipelineSettings;
  private readonly lexicon: Lexicon;
  private readonly boilerplate: Boilerplate;
  private readonly outlets: OutletMatcher;
  private readonly topics: TopicTagger;
  private readonly speakerRegistry: Map<string, SpeakerEntry>;
  /** Whether a label names a role or a title ("Q", "THE PRESIDENT"): no newspaper's dateline does. */
  private readonly namesRole = (label: string): boolean =>
    roleOf(label, this.lexicon) !== null ||
    fold(label)
      .split(' ')
      .some((word) => this.lexicon.titles.has(word));

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

  process(file: string, bytes: Uint8Array): FileOutcome {
    const outcome: FileOutcome = {
      file,
      records: null,
      errors: [],
      speakers: [],
      discoveredOutlets: [],
      usedCorrections: [],
    };
    const fail = (error: unknown) => {
      if (!(error instanceof CorpusError)) throw error;
      outcome.errors.push(error);
      return outcome;
    };
    let source: SourceFile;
    try {
      source = readSource(file, bytes);
    } catch (error) {
      return fail(error);
    }
    const { corrections } = this.settings;
    outcome.errors.push(...checkCorrections(corrections, source));
    if (outcome.errors.length > 0) return outcome;
    const manifest = this.settings.manifest[file];
    let segmentation;
    try {
      segmentation = segment(source, this.boilerplate, manifest?.compilation ?? false, this.namesRole);
    } catch (error) {
      return fail(error);
    }
    const used = new Set<Correction>();
    const raw = segmentation.documents;
    const titles = raw.map((document) => documentTitle(document).title);
    let dates = raw.map((document) => dateDocument(document, manifest?.year ?? null));
    if (raw.length > 1) dates = boundByNeighbours(dates, titles);
    dates = dates.map((date, index) => applyDateCorrections(date, raw[index] as RawDocument, corrections, used));
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
        // A file's address is its document's when it holds one; a compilation's are given by line.
        address:
          manifest?.documents?.[String(document.startLine)] ??
          (document.title ? manifest?.documents?.[String(document.title.line)] : undefined) ??
          (raw.length === 1 ? (manifest?.address ?? null) : null),
        kindHint: manifest?.kind,
        lexicon: this.lexicon,
        outlets: this.outlets,
        speakerRegistry: this.speakerRegistry,
        corrections: speakerCorrections.filter(
          (correction) => correction.line >= document.startLine && correction.line <= document.endLine,
        ),
        topics: this.topics,
        reviewedId: idCorrection(document, corrections, used),
      });
      outcome.errors.push(...built.errors);
      for (const correction of built.usedCorrections) used.add(correction);
      outcome.speakers.push(...built.speakers);
      outcome.discoveredOutlets.push(...built.discoveredOutlets);
      if (this.settings.explain) explanations.set(built.document.id, built.explanations);
      documents.push(built.document);
    });
    outcome.usedCorrections = corrections.flatMap((correction, at) => (used.has(correction) ? [at] : []));
    outcome.errors.push(...validateFile(source, documents, segmentation.removed));
    if (outcome.errors.length > 0) return outcome;
    const { removed } = segmentation;
    outcome.records = {
      source,
      documents,
      removed,
      removedText: removed.map(
        (entry) =>
          entry.text ??
          source.lines
            .slice(entry.startLine - 1, entry.endLine)
            .map((line) => line.trim())
            .filter(Boolean)
            .join(' · '),
      ),
      explanations,
      report: fileReport(source, documents, removed),
    };
    return outcome;
  }
}

/**
 * The corpus as its files pass, in order: what spans files (speakers, outlets, document ids,
 * corrections used, the report). Each file's records go to the caller as soon as they are built and
 * checked, so a corpus of any size passes through in the memory of its largest file.
 */
export class CorpusRun {
  private readonly settings: PipelineSettings;
  private processor: SourceProcessor | undefined;
  private readonly speakers = new Map<string, Speaker>();
  private readonly discovered = new Map<string, Outlet>();
  private readonly usedOutlets = new Set<string>();
  private readonly usedCorrections = new Set<number>();
  private readonly documentIds = new Map<string, string>();
  private readonly files = new Set<string>();
  private readonly report = new ReportBuilder();

  constructor(settings: PipelineSettings) {
    this.settings = settings;
  }

  /** Files the manifest lists that the seeds do not hold. */
  checkFiles(files: readonly string[]): CorpusError[] {
    const present = new Set(files);
    return Object.keys(this.settings.manifest)
      .filter((file) => !present.has(file))
      .map((file) => new CorpusError('seeds/sources.yaml', null, `lists ${file}, which is not in seeds/`));
  }

  /** One file read in this thread: its records, or the problems that keep it out. */
  addFile(file: string, bytes: Uint8Array): { records: FileRecords | null; errors: CorpusError[] } {
    this.processor ??= new SourceProcessor(this.settings);
    return this.accept(this.processor.process(file, bytes));
  }

  /** A file's outcome, wherever it was read, taken into the corpus in file order; a bad file never stops the others. */
  accept(outcome: FileOutcome): { records: FileRecords | null; errors: CorpusError[] } {
    const { file } = outcome;
    this.files.add(file);
    const errors = [...outcome.errors];
    for (const at of outcome.usedCorrections) this.usedCorrections.add(at);
    for (const speaker of outcome.speakers) {
      const known = this.speakers.get(speaker.id);
      if (known) known.labels.push(...speaker.labels);
      else this.speakers.set(speaker.id, speaker);
    }
    for (const outlet of outcome.discoveredOutlets) {
      if (!this.discovered.has(outlet.id)) this.discovered.set(outlet.id, outlet);
    }
    const { records } = outcome;
    if (!records) return { records: null, errors };
    for (const document of records.documents) {
      for (const outlet of document.outlets) this.usedOutlets.add(outlet.id);
      const other = this.documentIds.get(document.id);
      const where = `${file}:${document.source.startLine}`;
      if (other) {
        errors.push(
          new CorpusError(
            file,
            document.source.startLine,
            `duplicate document id “${document.id}” (also at ${other}); give one of them its own id with a “set: id” correction in seeds/corrections.yaml`,
          ),
        );
      }
      this.documentIds.set(document.id, where);
    }
    if (errors.length > 0) return { records: null, errors };
    this.report.addFile(records.report, records.documents);
    return { records, errors };
  }

  /** The corpus-wide records, once every file has passed; or the problems only the whole corpus shows. */
  finish(): { summary: CorpusSummary | null; errors: CorpusError[] } {
    const errors = correctionsForMissingFiles(this.settings.corrections, this.files);
    this.settings.corrections.forEach((correction, at) => {
      if (this.usedCorrections.has(at) || !this.files.has(correction.file)) return;
      errors.push(
        new CorpusError(
          'seeds/corrections.yaml',
          null,
          `the ${correction.set} correction for ${correction.file}:${correction.line} applies to no conversation paragraph or document`,
        ),
      );
    });
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
    if (added.records.source) sources.push(added.records.source);
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
