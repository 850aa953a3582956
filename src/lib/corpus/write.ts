/**
 * Step 7, write: the corpus to disk, one source file at a time, as the site and the exports read
 * it. Nothing here holds more than one source file's records, the small per-document summaries
 * and a few numbers per passage, so a corpus of ten thousand documents is written in the memory of
 * its largest file.
 *
 *   documents/<id>.json   every record whole (a document page reads only its own)
 *   passages.jsonl        one passage a line, for the exports, echoes and the concordance
 *   entries.jsonl         one list entry a passage (its opening words), for topic and speaker pages
 *   lists.bin             each list's entries in time order (./lists.ts)
 *   removed/<n>.json      every removed line with its text and reason, 200 a page, in source order
 *   summary.json          the summaries, speakers, outlets, topics, lists, report and moves
 *   common-words.json     the corpus's commonest words and those nearly every document uses, for the search page
 */
import {
  closeSync,
  createReadStream,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import { inTimeOrder, monthOf } from './date.ts';
import { CorpusErrors, type CorpusError } from './errors.ts';
import { turnId } from './ids.ts';
import { ListIndex } from './lists.ts';
import { listSeeds, loadSettings, type SkippedSeed } from './load.ts';
import { DocumentWordCounter, WordCounter, type CommonWords } from '../search/words.ts';
import { fileReader } from './parallel.ts';
import { CorpusRun, renameSpeakers, type CorpusSummary, type FileOutcome } from './pipeline.ts';
import type {
  CorpusDocument,
  DocumentSummary,
  ListEntry,
  ListInfo,
  Outlet,
  Passage,
  Speaker,
  TopicSummary,
} from './schema.ts';
import { wordCount } from './text.ts';
import {
  keepRepeatIds,
  publishedRecordSchema,
  resolvePublished,
  type DocumentMove,
  type PublishedRecord,
} from './permanence.ts';

/** The most items any page lists: documents, passages or removed lines. */
export const PAGE_SIZE = 200;
const EXCERPT_WORDS = 60;
/** How many of the commonest words the search page knows (./../search/words.ts). */
const COMMON_WORDS = 2000;
/** A word this share of the documents uses narrows no search: the search page does not ask the index for it. */
const EVERYWHERE_SHARE = 0.9;
/** Documents counted for it: enough to tell, few enough to cost little; in a corpus of fewer, none is. */
const EVERYWHERE_SAMPLE = 500;
const EVERYWHERE_MINIMUM = 100;

export interface StoreOptions {
  seeds: string;
  data: string;
  /** The folder to write to, replaced whole once the corpus has passed; untouched if it has not. */
  out: string;
  /** data/published-ids.json, or another record of what was published; a missing file is an empty record. */
  record: string;
  corrections: boolean;
  /** Called after each source file, for a progress line. */
  progress?: (done: number, total: number) => void;
  /** Threads that read source files (./parallel.ts); 0 reads them in this thread. */
  threads?: number;
}

/** Files read ahead of the one being written. */
const READ_AHEAD = 8;

export interface StoreSummary {
  documents: DocumentSummary[];
  speakers: Speaker[];
  outlets: Outlet[];
  topics: TopicSummary[];
  /** Each list, `topics/<id>` and `speakers/<id>`: its size in entries and pages, and what it holds. */
  lists: Record<string, ListInfo>;
  moves: DocumentMove[];
  removed: { entries: number; pages: number; files: string[] };
  skipped: SkippedSeed[];
  report: CorpusSummary['report'];
  passages: number;
  /** Threads that read the source files (0: the writing thread itself). */
  threads: number;
  /** Speaker ids merged into another across documents: list entries still name the first. */
  renames: [string, string][];
}

export async function writeCorpusStore(options: StoreOptions): Promise<StoreSummary> {
  // Written beside the old corpus and put in its place only when every file has passed, so a
  // corpus with a problem never replaces a good one, even in part.
  const partial = `${options.out}.partial`;
  rmSync(partial, { recursive: true, force: true });
  try {
    const summary = await writeStore({ ...options, out: partial });
    // The old corpus gives way only to a complete new one.
    const old = `${options.out}.old`;
    rmSync(old, { recursive: true, force: true });
    if (existsSync(options.out)) renameSync(options.out, old);
    renameSync(partial, options.out);
    rmSync(old, { recursive: true, force: true });
    return summary;
  } catch (error) {
    rmSync(partial, { recursive: true, force: true });
    throw error;
  }
}

async function writeStore(options: StoreOptions): Promise<StoreSummary> {
  const { files, skipped } = await listSeeds(options.seeds);
  const settings = await loadSettings(
    { seeds: options.seeds, data: options.data },
    { corrections: options.corrections },
  );
  const record = readRecord(options.record);
  for (const folder of ['documents', 'removed']) mkdirSync(join(options.out, folder), { recursive: true });

  const run = new CorpusRun(settings);
  const errors: CorpusError[] = run.checkFiles(files);
  const summaries: DocumentSummary[] = [];
  const lists = new ListIndex();
  const passages = new AppendOnly(join(options.out, 'passages.jsonl'));
  const entries = new AppendOnly(join(options.out, 'entries.jsonl'));
  // Every tenth passage is enough to know the commonest words, which the search page asks the index for last.
  const vocabulary = new WordCounter(10);
  const everywhere = new DocumentWordCounter(Math.max(1, Math.floor(files.length / EVERYWHERE_SAMPLE)));
  let removedPage: unknown[] = [];
  let removedEntries = 0;
  let removedPages = 0;
  const flushRemoved = () => {
    if (removedPage.length === 0) return;
    writeFileSync(join(options.out, 'removed', `${++removedPages}.json`), JSON.stringify(removedPage));
    removedPage = [];
  };
  const reader = fileReader(settings, options.threads);
  // Files are read a few at a time ahead of the one being written, never all at once.
  const ahead: Promise<FileOutcome>[] = [];
  const send = (at: number) => {
    const file = files[at];
    if (file === undefined) return;
    const outcome = reader.read(options.seeds, file);
    // Awaited in file order later; a failure meanwhile must not count as unhandled and end the process.
    outcome.catch(() => {});
    ahead.push(outcome);
  };
  try {
    for (let at = 0; at < READ_AHEAD; at++) send(at);
    for (const [at] of files.entries()) {
      const outcome = await (ahead.shift() as Promise<FileOutcome>);
      send(at + READ_AHEAD);
      const added = run.accept(outcome);
      options.progress?.(at + 1, files.length);
      if (!added.records) {
        errors.push(...added.errors);
        continue;
      }
      // Once the corpus has a problem nothing will be published, but every file is still checked.
      if (errors.length > 0) continue;
      const { documents, removed, removedText } = added.records;
      removed.forEach((entry, index) => {
        removedPage.push({ ...entry, text: removedText[index], part: entry.text !== undefined });
        removedEntries++;
        if (removedPage.length === PAGE_SIZE) flushRemoved();
      });
      for (const document of documents) {
        keepPublishedRepeats(document, record.documents[document.id]);
        writeFileSync(join(options.out, 'documents', `${document.id}.json`), JSON.stringify(document));
        const ordinal = summaries.length;
        const words = new Map<Passage, number>();
        for (const turn of document.turns)
          for (const passage of turn.passages) words.set(passage, wordCount(passage.text));
        summaries.push(summarise(document, (passage) => words.get(passage) ?? 0));
        const month = monthOf(document.date);
        everywhere.add(() => document.turns.flatMap((turn) => turn.passages.map((passage) => passage.text)));
        for (const turn of document.turns) {
          for (const passage of turn.passages) {
            vocabulary.add(passage.text);
            passages.append(
              `${JSON.stringify({ document: document.id, passage: passage.id, speaker: turn.speaker, role: turn.role, topics: passage.topics, text: passage.text })}\n`,
            );
            const entry = listEntry(document, turn, passage);
            const place = { document: ordinal, ...entries.append(`${JSON.stringify(entry)}\n`) };
            const facts = { month, words: words.get(passage) ?? 0, topics: passage.topics };
            for (const topic of passage.topics) lists.add(`topics/${topic}`, place, entry, facts);
            if (turn.speaker) lists.add(`speakers/${turn.speaker}`, place, entry, facts);
            for (const quote of passage.quotes ?? []) {
              if (quote.speaker !== turn.speaker) lists.add(`speakers/${quote.speaker}`, place, entry, facts);
            }
          }
        }
      }
    }
    flushRemoved();
  } finally {
    passages.close();
    entries.close();
    await reader.close();
  }
  const finished = errors.length === 0 ? run.finish() : { summary: null, errors: [] };
  errors.push(...finished.errors);
  if (errors.length > 0 || !finished.summary) throw new CorpusErrors(errors);
  const { summary } = finished;

  // A surname alone in one transcript, the full name in another: one speaker, in every file.
  if (summary.renames.size > 0) await renameEverywhere(options.out, summaries, summary.renames);

  const ordinals = new Map(summaries.map((document, ordinal) => [document, ordinal]));
  const inOrder = [...summaries].sort(inTimeOrder);
  const rank = new Array<number>(summaries.length);
  inOrder.forEach((document, at) => {
    rank[ordinals.get(document) as number] = at;
  });
  const listInfo = lists.finish(join(options.out, 'lists.bin'), rank, summary.renames, PAGE_SIZE);
  const permanence = resolvePublished(record, inOrder);
  for (const document of inOrder) document.aliases = permanence.aliases.get(document.id) ?? [];

  const counted = countTopics(inOrder);
  const store: StoreSummary = {
    documents: inOrder,
    speakers: summary.speakers,
    outlets: summary.outlets,
    topics: summary.topics.map((topic) => ({ ...topic, ...(counted.get(topic.id) ?? { passages: 0, documents: 0 }) })),
    lists: listInfo,
    moves: permanence.moves,
    removed: { entries: removedEntries, pages: removedPages, files },
    skipped,
    report: summary.report,
    passages: passages.lines,
    threads: reader.threads,
    renames: [...summary.renames],
  };
  writeFileSync(join(options.out, 'summary.json'), JSON.stringify(store));
  const commonWords: CommonWords = {
    commonest: vocabulary.commonest(COMMON_WORDS),
    everywhere: everywhere.everywhere(EVERYWHERE_SHARE, EVERYWHERE_MINIMUM),
  };
  writeFileSync(join(options.out, 'common-words.json'), JSON.stringify(commonWords));
  return store;
}

/** Documents and passages.jsonl with merged speakers' ids; list entries are mapped as they are read. */
async function renameEverywhere(
  out: string,
  summaries: DocumentSummary[],
  renames: ReadonlyMap<string, string>,
): Promise<void> {
  for (const document of summaries) {
    if (!document.participants.some((participant) => renames.has(participant.speaker))) continue;
    const path = join(out, 'documents', `${document.id}.json`);
    const full = JSON.parse(readFileSync(path, 'utf8')) as CorpusDocument;
    renameSpeakers(full, renames);
    writeFileSync(path, JSON.stringify(full));
    Object.assign(document, summarise(full));
  }
  const path = join(out, 'passages.jsonl');
  const renamed = new AppendOnly(`${path}.renamed`);
  try {
    for await (const line of createInterface({ input: createReadStream(path), crlfDelay: Infinity })) {
      if (!line) continue;
      const passage = JSON.parse(line) as { speaker: string | null };
      if (passage.speaker) passage.speaker = renames.get(passage.speaker) ?? passage.speaker;
      renamed.append(`${JSON.stringify(passage)}\n`);
    }
  } finally {
    renamed.close();
  }
  renameSync(`${path}.renamed`, path);
}

/** Repeated passages keep the ids the site published for them (./permanence.ts keepRepeatIds). */
function keepPublishedRepeats(document: CorpusDocument, published: readonly string[] | undefined): void {
  const renames = keepRepeatIds(
    published,
    document.turns.flatMap((turn) => turn.passages.map((passage) => passage.id)),
  );
  if (renames.size === 0) return;
  for (const turn of document.turns) {
    for (const passage of turn.passages) passage.id = renames.get(passage.id) ?? passage.id;
    turn.id = turnId(turn.passages[0]?.id);
  }
}

/** A file written from start to end in large pieces, telling where each piece it was given lands. */
class AppendOnly {
  private readonly file: number;
  private pending: string[] = [];
  private pendingBytes = 0;
  private written = 0;
  lines = 0;

  constructor(path: string) {
    this.file = openSync(path, 'w');
  }

  append(text: string): { offset: number; length: number } {
    const length = Buffer.byteLength(text);
    const offset = this.written + this.pendingBytes;
    this.pending.push(text);
    this.pendingBytes += length;
    this.lines++;
    if (this.pendingBytes >= 1 << 20) this.flush();
    return { offset, length };
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    writeSync(this.file, this.pending.join(''));
    this.written += this.pendingBytes;
    this.pending = [];
    this.pendingBytes = 0;
  }

  close(): void {
    this.flush();
    closeSync(this.file);
  }
}

function readRecord(path: string): PublishedRecord {
  try {
    return publishedRecordSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { documents: {} };
    throw error;
  }
}

/** A document without its turns, and what pages count in them. */
export function summarise(
  document: CorpusDocument,
  wordsOf: (passage: Passage) => number = (passage) => wordCount(passage.text),
): DocumentSummary {
  const { turns, ...rest } = document;
  const topicCounts: Record<string, number> = {};
  const speakerCounts: Record<string, number> = {};
  let passages = 0;
  let words = 0;
  const passageIds: string[] = [];
  for (const turn of turns) {
    for (const passage of turn.passages) {
      passages++;
      words += wordsOf(passage);
      passageIds.push(passage.id);
      for (const topic of passage.topics) topicCounts[topic] = (topicCounts[topic] ?? 0) + 1;
      if (turn.speaker) speakerCounts[turn.speaker] = (speakerCounts[turn.speaker] ?? 0) + 1;
    }
  }
  return {
    ...rest,
    counts: {
      turns: turns.length,
      passages,
      words,
      questions: turns.filter((turn) => turn.role === 'question').length,
    },
    topicCounts,
    speakerCounts,
    passageIds,
    aliases: [],
  };
}

function listEntry(
  document: CorpusDocument,
  turn: CorpusDocument['turns'][number],
  passage: CorpusDocument['turns'][number]['passages'][number],
): ListEntry {
  const cut = excerptEnd(passage.text);
  return {
    document: document.id,
    passage: passage.id,
    speaker: turn.speaker,
    role: turn.role,
    // The first EXCERPT_WORDS words of `split(/\s+/u)`, joined with single spaces.
    excerpt: cut === null ? passage.text : `${passage.text.slice(0, cut).replace(/\s+/gu, ' ')}…`,
    whole: cut === null,
  };
}

/**
 * Where a passage of more than EXCERPT_WORDS words (as `split(/\s+/u)` counts them) stops being
 * its excerpt, the start of the spaces after the last word kept; null for a shorter passage. Every
 * passage is asked: a long one is read only as far as its excerpt, not cut into all its words.
 */
function excerptEnd(text: string): number | null {
  let found = 0;
  for (let at = 0; at < text.length; at++) {
    if (!isSpace(text.charCodeAt(at))) continue;
    if (++found === EXCERPT_WORDS) return at;
    while (at + 1 < text.length && isSpace(text.charCodeAt(at + 1))) at++;
  }
  return null;
}

const SPACE = /\s/u;

/** What `\s` matches, without a regex for ASCII. */
function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || (code >= 128 && SPACE.test(String.fromCharCode(code)));
}

function countTopics(documents: readonly DocumentSummary[]): Map<string, { passages: number; documents: number }> {
  const counts = new Map<string, { passages: number; documents: number }>();
  for (const document of documents) {
    for (const [topic, count] of Object.entries(document.topicCounts)) {
      const entry = counts.get(topic) ?? { passages: 0, documents: 0 };
      entry.passages += count;
      entry.documents++;
      counts.set(topic, entry);
    }
  }
  return counts;
}
