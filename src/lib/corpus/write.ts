/**
 * Step 7, write: the corpus to disk, one document at a time, as the site and the exports read it.
 * Nothing here holds more than one source file's records plus small per-document summaries, so a
 * corpus of ten thousand documents is written in the memory of its largest file.
 *
 *   documents/<id>.json        every record whole (a document page reads only its own)
 *   passages.jsonl             one passage a line, for the exports, echoes and the concordance
 *   removed/<n>.json           every removed line with its text and reason, 200 a page, in source order
 *   lists/<kind>/<id>/<n>.json a topic's or speaker's passages in time order, 200 a page
 *   summary.json               the summaries, speakers, outlets, topics, report and moves
 */
import {
  appendFileSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync,
  createWriteStream,
} from 'node:fs';
import { join } from 'node:path';
import { inTimeOrder, monthOf } from './date.ts';
import { CorpusErrors, type CorpusError } from './errors.ts';
import { listSeeds, loadSettings, readSeed, type SkippedSeed } from './load.ts';
import { CorpusRun, renameSpeakers, type CorpusSummary } from './pipeline.ts';
import type { CorpusDocument, DocumentSummary, ListEntry, ListInfo, Outlet, Speaker, TopicSummary } from './schema.ts';
import { wordCount } from './text.ts';
import { publishedRecordSchema, resolvePublished, type DocumentMove, type PublishedRecord } from './permanence.ts';

/** The most items any page lists: documents, passages or removed lines. */
export const PAGE_SIZE = 200;
const EXCERPT_WORDS = 60;
/** List entries held before they are appended to their files: enough to write in few large pieces. */
const LIST_BUFFER = 20_000;

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
}

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
}

export async function writeCorpusStore(options: StoreOptions): Promise<StoreSummary> {
  // Written beside the old corpus and put in its place only when every file has passed, so a
  // corpus with a problem never replaces a good one, even in part.
  const partial = `${options.out}.partial`;
  rmSync(partial, { recursive: true, force: true });
  try {
    const summary = await writeStore({ ...options, out: partial });
    rmSync(options.out, { recursive: true, force: true });
    renameSync(partial, options.out);
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
  rmSync(options.out, { recursive: true, force: true });
  for (const folder of ['documents', 'lists', 'pending']) mkdirSync(join(options.out, folder), { recursive: true });

  const run = new CorpusRun(settings);
  const errors: CorpusError[] = run.checkFiles(files);
  const summaries: DocumentSummary[] = [];
  const lists = new ListWriter(join(options.out, 'pending'));
  const passages = createWriteStream(join(options.out, 'passages.jsonl'));
  mkdirSync(join(options.out, 'removed'));
  let removedPage: unknown[] = [];
  let removedEntries = 0;
  let removedPages = 0;
  const flushRemoved = () => {
    if (removedPage.length === 0) return;
    writeFileSync(join(options.out, 'removed', `${++removedPages}.json`), JSON.stringify(removedPage));
    removedPage = [];
  };
  let passageCount = 0;
  for (const [at, file] of files.entries()) {
    const added = run.addFile(file, await readSeed(options.seeds, file));
    options.progress?.(at + 1, files.length);
    if (!added.records) {
      errors.push(...added.errors);
      continue;
    }
    // Once the corpus has a problem nothing will be published, but every file is still checked.
    if (errors.length > 0) continue;
    const { source, documents } = added.records;
    for (const entry of added.records.removed) {
      const text =
        entry.text ??
        source.lines
          .slice(entry.startLine - 1, entry.endLine)
          .map((line) => line.trim())
          .filter(Boolean)
          .join(' · ');
      removedPage.push({ ...entry, text, part: entry.text !== undefined });
      removedEntries++;
      if (removedPage.length === PAGE_SIZE) flushRemoved();
    }
    for (const document of documents) {
      writeFileSync(join(options.out, 'documents', `${document.id}.json`), JSON.stringify(document));
      summaries.push(summarise(document));
      for (const turn of document.turns) {
        for (const passage of turn.passages) {
          passageCount++;
          await write(
            passages,
            `${JSON.stringify({ document: document.id, passage: passage.id, speaker: turn.speaker, role: turn.role, topics: passage.topics, text: passage.text })}\n`,
          );
          const entry = listEntry(document, turn, passage);
          const facts = { month: monthOf(document.date), words: wordCount(passage.text), topics: passage.topics };
          for (const topic of passage.topics) lists.add(`topics/${topic}`, entry, facts);
          if (turn.speaker) lists.add(`speakers/${turn.speaker}`, entry, facts);
          for (const quote of passage.quotes ?? []) {
            if (quote.speaker !== turn.speaker) lists.add(`speakers/${quote.speaker}`, entry, facts);
          }
        }
      }
    }
  }
  flushRemoved();
  await close(passages);
  const finished = errors.length === 0 ? run.finish() : { summary: null, errors: [] };
  errors.push(...finished.errors);
  if (errors.length > 0 || !finished.summary) throw new CorpusErrors(errors);
  const { summary } = finished;

  // A surname alone in one transcript, the full name in another: one speaker, in every file.
  if (summary.renames.size > 0) {
    for (const document of summaries) {
      if (!document.participants.some((participant) => summary.renames.has(participant.speaker))) continue;
      const path = join(options.out, 'documents', `${document.id}.json`);
      const full = JSON.parse(readFileSync(path, 'utf8')) as CorpusDocument;
      renameSpeakers(full, summary.renames);
      writeFileSync(path, JSON.stringify(full));
      Object.assign(document, summarise(full));
    }
  }

  summaries.sort(inTimeOrder);
  const rank = new Map(summaries.map((document, at) => [document.id, at]));
  const pages = lists.finish(join(options.out, 'lists'), rank, summary.renames);
  const permanence = resolvePublished(record, summaries);
  for (const document of summaries) document.aliases = permanence.aliases.get(document.id) ?? [];

  const counted = countTopics(summaries);
  const store: StoreSummary = {
    documents: summaries,
    speakers: summary.speakers,
    outlets: summary.outlets,
    topics: summary.topics.map((topic) => ({ ...topic, ...(counted.get(topic.id) ?? { passages: 0, documents: 0 }) })),
    lists: pages,
    moves: permanence.moves,
    removed: { entries: removedEntries, pages: removedPages, files },
    skipped,
    report: summary.report,
    passages: passageCount,
  };
  writeFileSync(join(options.out, 'summary.json'), JSON.stringify(store));
  return store;
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
export function summarise(document: CorpusDocument): DocumentSummary {
  const { turns, ...rest } = document;
  const topicCounts: Record<string, number> = {};
  const speakerCounts: Record<string, number> = {};
  let passages = 0;
  let words = 0;
  const passageIds: string[] = [];
  for (const turn of turns) {
    for (const passage of turn.passages) {
      passages++;
      words += wordCount(passage.text);
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
  const words = passage.text.split(/\s+/u);
  const whole = words.length <= EXCERPT_WORDS;
  return {
    document: document.id,
    passage: passage.id,
    speaker: turn.speaker,
    role: turn.role,
    excerpt: whole ? passage.text : `${words.slice(0, EXCERPT_WORDS).join(' ')}…`,
    whole,
  };
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

/**
 * A list's entries arrive in file order and are needed in time order: they are appended to one
 * pending file per list as they come, then each list is sorted on its own and cut into pages.
 */
class ListWriter {
  private readonly dir: string;
  private readonly buffers = new Map<string, string[]>();
  private readonly stats = new Map<string, ListInfo & { last: string }>();
  private held = 0;

  constructor(dir: string) {
    this.dir = dir;
  }

  add(list: string, entry: ListEntry, facts: EntryFacts): void {
    const buffer = this.buffers.get(list) ?? [];
    buffer.push(JSON.stringify(entry));
    this.buffers.set(list, buffer);
    let stats = this.stats.get(list);
    if (!stats) {
      stats = {
        entries: 0,
        pages: 0,
        documents: 0,
        words: 0,
        months: {},
        speakers: {},
        topics: {},
        roles: {},
        last: '',
      };
      this.stats.set(list, stats);
    }
    stats.entries++;
    stats.words += facts.words;
    // A document's passages arrive together, so a change of document is a new one.
    if (stats.last !== entry.document) stats.documents++;
    stats.last = entry.document;
    if (facts.month) count(stats.months, facts.month);
    count(stats.speakers, entry.speaker ?? '');
    count(stats.roles, entry.role);
    for (const topic of facts.topics) count(stats.topics, topic);
    if (++this.held >= LIST_BUFFER) this.flush();
  }

  private flush(): void {
    for (const [list, lines] of this.buffers) appendFileSync(this.pendingFile(list), `${lines.join('\n')}\n`);
    this.buffers.clear();
    this.held = 0;
  }

  /** One list's figures; a renamed speaker's lists are added together. */
  private statsOf(names: readonly string[], renames: ReadonlyMap<string, string>): ListInfo {
    const total: ListInfo = {
      entries: 0,
      pages: 0,
      documents: 0,
      words: 0,
      months: {},
      speakers: {},
      topics: {},
      roles: {},
    };
    for (const name of names) {
      const { last: _last, ...stats } = this.stats.get(name.replace(/\.jsonl$/u, '').replace('--', '/')) as ListInfo & {
        last: string;
      };
      total.entries += stats.entries;
      total.documents += stats.documents;
      total.words += stats.words;
      for (const [month, n] of Object.entries(stats.months)) count(total.months, month, n);
      for (const [speaker, n] of Object.entries(stats.speakers))
        count(total.speakers, renames.get(speaker) ?? speaker, n);
      for (const [topic, n] of Object.entries(stats.topics)) count(total.topics, topic, n);
      for (const [role, n] of Object.entries(stats.roles)) count(total.roles, role, n);
    }
    return total;
  }

  private pendingFile(list: string): string {
    return join(this.dir, `${list.replace('/', '--')}.jsonl`);
  }

  finish(out: string, rank: ReadonlyMap<string, number>, renames: ReadonlyMap<string, string>): StoreSummary['lists'] {
    this.flush();
    const pages: StoreSummary['lists'] = {};
    const pending = new Map<string, string[]>();
    for (const name of readdirSync(this.dir)) {
      const [kind, id] = name.replace(/\.jsonl$/u, '').split('--') as [string, string];
      // A renamed speaker's list joins the list of the speaker they turned out to be.
      const key = `${kind}/${kind === 'speakers' ? (renames.get(id) ?? id) : id}`;
      pending.set(key, [...(pending.get(key) ?? []), name]);
    }
    for (const [key, names] of pending) {
      const entries = names.flatMap((name) =>
        readFileSync(join(this.dir, name), 'utf8')
          .split('\n')
          .filter(Boolean)
          .map((line) => JSON.parse(line) as ListEntry),
      );
      for (const entry of entries) if (entry.speaker) entry.speaker = renames.get(entry.speaker) ?? entry.speaker;
      entries.sort((a, b) => (rank.get(a.document) ?? 0) - (rank.get(b.document) ?? 0));
      const pageTotal = Math.ceil(entries.length / PAGE_SIZE);
      mkdirSync(join(out, key), { recursive: true });
      for (let page = 0; page < pageTotal; page++) {
        writeFileSync(
          join(out, key, `${page + 1}.json`),
          JSON.stringify(entries.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE)),
        );
      }
      pages[key] = { ...this.statsOf(names, renames), pages: pageTotal };
    }
    rmSync(this.dir, { recursive: true, force: true });
    return pages;
  }
}

interface EntryFacts {
  month: string | null;
  words: number;
  topics: readonly string[];
}

function count(counts: Record<string, number>, key: string, by = 1): void {
  counts[key] = (counts[key] ?? 0) + by;
}

function write(stream: ReturnType<typeof createWriteStream>, text: string): Promise<void> | void {
  if (stream.write(text)) return;
  return new Promise((resolve) => stream.once('drain', resolve));
}

function close(stream: ReturnType<typeof createWriteStream>): Promise<void> {
  return new Promise((resolve, reject) => stream.end((error?: Error | null) => (error ? reject(error) : resolve())));
}
