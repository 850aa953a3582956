/**
 * The conventions corpus (test/fixtures/conventions/): short transcripts in the published
 * conventions Parley must read without a code change, each with a hand-written gold speaker per
 * line and its expected kind, convention, outlets and people. Scoring is by name: a line's
 * speaker is the speaker's name, or @interviewer / @questioner / @moderator / @interviewee for an
 * anonymous one, or "-" when nobody speaks it.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import { loadRegistry } from '../../src/lib/corpus/load.ts';
import { runPipeline, type PipelineResult } from '../../src/lib/corpus/pipeline.ts';
import type { Corpus } from '../../src/lib/corpus/schema.ts';

export const CONVENTIONS_DIR = new URL('../fixtures/conventions/', import.meta.url).pathname;
export const PUBLISHED_DIR = new URL('../fixtures/published/', import.meta.url).pathname;
export const UNSEEN_DIR = new URL('../fixtures/unseen/', import.meta.url).pathname;
const DATA_DIR = new URL('../../data/', import.meta.url).pathname;

/** Every transcript of a fixtures folder through the pipeline by the rules alone: no manifest, no corrections. */
export async function runFolder(dir: string, dataDir = DATA_DIR): Promise<PipelineResult> {
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort();
  return runPipeline({
    seeds: files.map((file) => ({ file, bytes: new Uint8Array(readFileSync(join(dir, file))) })),
    registry: await loadRegistry(dataDir),
    manifest: {},
    corrections: [],
  });
}

export interface Expectation {
  convention: string;
  kind: string;
  date: string;
  outlets: string[];
  people: Record<string, string[]>;
  questions?: number;
  quoted?: { line: number; person: string }[];
}

export interface Fixture {
  file: string;
  gold: Map<number, string>;
  expect: Expectation;
}

export function loadFixtures(dir = CONVENTIONS_DIR): Fixture[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((file) => {
      const stem = basename(file, '.txt');
      const gold = new Map<number, string>();
      for (const row of readFileSync(join(dir, `${stem}.gold.tsv`), 'utf8')
        .split('\n')
        .slice(1)) {
        const [line, speaker] = row.split('\t');
        if (line && speaker) gold.set(Number(line), speaker.trim());
      }
      return { file, gold, expect: parse(readFileSync(join(dir, `${stem}.expect.yaml`), 'utf8')) as Expectation };
    });
}

const ANONYMOUS_ROLE: Record<string, string> = {
  interviewer: '@interviewer',
  questioner: '@questioner',
  moderator: '@moderator',
  interviewee: '@interviewee',
  principal: '@interviewee',
};

const NAMED_AS = ' named ';

/** What the corpus says of each line of a file: a name, an anonymous role, or "-". */
export function lineSpeakers(corpus: Corpus, file: string): Map<number, string> {
  const names = new Map(corpus.speakers.map((speaker) => [speaker.id, speaker]));
  const said = new Map<number, string>();
  for (const document of corpus.documents.filter((entry) => entry.source.file === file)) {
    const roles = new Map(document.participants.map((participant) => [participant.speaker, participant.role]));
    const nameOf = (id: string) => {
      const speaker = names.get(id);
      // An unnamed voice the transcript numbers ("Speaker 1") is shown under that name; a gold that
      // names it so is matched by the name, one that names only its role by the role.
      if (speaker?.anonymous) {
        const role = ANONYMOUS_ROLE[roles.get(id) ?? ''] ?? `@${roles.get(id)}`;
        return /\d$/u.test(speaker.name) ? `${role}${NAMED_AS}${speaker.name}` : role;
      }
      return speaker?.name ?? id;
    };
    for (const turn of document.turns) {
      for (const passage of turn.passages) {
        let speaker = turn.speaker ? nameOf(turn.speaker) : '-';
        // A paragraph of nothing but one person's quoted words is theirs.
        if (!turn.speaker && passage.quotes?.length) {
          const bySpeaker = new Map<string, number>();
          for (const quote of passage.quotes)
            bySpeaker.set(quote.speaker, (bySpeaker.get(quote.speaker) ?? 0) + quote.end - quote.start);
          const [top] = [...bySpeaker].sort(([, a], [, b]) => b - a)[0] ?? [''];
          let outside = passage.text;
          for (const quote of [...passage.quotes].sort((a, b) => b.start - a.start))
            outside = outside.slice(0, quote.start) + outside.slice(quote.end);
          if (bySpeaker.size === 1 && !/\p{L}/u.test(outside)) speaker = nameOf(top);
        }
        for (let line = passage.lines[0]; line <= passage.lines[1]; line++) said.set(line, speaker);
      }
    }
  }
  return said;
}

export interface FixtureScore {
  file: string;
  spoken: number;
  right: number;
  /** Lines nobody speaks that the corpus gave to a speaker. */
  invented: number;
  misses: { line: number; gold: string; got: string }[];
}

/** The lines that name the speaker of the words below them ("RACHEL MENDEZ" over her words), each with its turn's first line. */
function labelLines(corpus: Corpus, file: string): Map<number, number> {
  const lines = new Map<number, number>();
  for (const document of corpus.documents.filter((entry) => entry.source.file === file))
    for (const turn of document.turns) {
      const first = turn.passages[0]?.lines[0];
      if (turn.labelLine !== undefined && first !== undefined) lines.set(turn.labelLine, first);
    }
  return lines;
}

/** The scores of several fixtures added up. */
export function totalOf(scores: readonly FixtureScore[]): { spoken: number; right: number; invented: number } {
  return {
    spoken: scores.reduce((sum, score) => sum + score.spoken, 0),
    right: scores.reduce((sum, score) => sum + score.right, 0),
    invented: scores.reduce((sum, score) => sum + score.invented, 0),
  };
}

export function scoreFixture(corpus: Corpus, fixture: Fixture): FixtureScore {
  const said = lineSpeakers(corpus, fixture.file);
  // A label on a line of its own is shown as the label of the words below it: a gold may give it to
  // no one or to that speaker, and it is scored as the speaker of the turn it opens.
  const labels = labelLines(corpus, fixture.file);
  const misses: FixtureScore['misses'] = [];
  let spoken = 0;
  let right = 0;
  let invented = 0;
  for (const [line, gold] of fixture.gold) {
    const opens = labels.get(line);
    if (opens !== undefined && gold === '-') continue;
    const got = said.get(opens ?? line) ?? '-';
    if (gold === '-') {
      if (got !== '-') {
        invented++;
        misses.push({ line, gold, got });
      }
      continue;
    }
    spoken++;
    if (got === gold || got.split(NAMED_AS).includes(gold)) right++;
    else misses.push({ line, gold, got });
  }
  return { file: fixture.file, spoken, right, invented, misses };
}

export interface MetadataCheck {
  file: string;
  problems: string[];
}

/** The expected kind, convention, date, outlets and people of each document of a fixture file. */
export function checkMetadata(corpus: Corpus, fixture: Fixture): MetadataCheck {
  const problems: string[] = [];
  const documents = corpus.documents.filter((entry) => entry.source.file === fixture.file);
  const names = new Map(corpus.speakers.map((speaker) => [speaker.id, speaker.name]));
  const outletNames = new Map(corpus.outlets.map((outlet) => [outlet.id, outlet]));
  if (documents.length !== 1) problems.push(`${documents.length} documents, expected 1`);
  const document = documents[0];
  if (!document) return { file: fixture.file, problems };
  const { expect } = fixture;
  if (document.kind !== expect.kind) problems.push(`kind ${document.kind}, expected ${expect.kind}`);
  if (document.convention.name !== expect.convention)
    problems.push(`convention ${document.convention.name}, expected ${expect.convention}`);
  if (document.date.value !== String(expect.date))
    problems.push(`date ${document.date.value}, expected ${expect.date}`);
  const fold = (text: string) =>
    String(text).normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/^the /u, '');
  const outlets = document.outlets.map((outlet) => outletNames.get(outlet.id)?.name ?? outlet.id);
  for (const outlet of expect.outlets ?? []) {
    if (!outlets.some((name) => fold(name) === fold(outlet)))
      problems.push(`outlet “${outlet}” not recognised (got ${outlets.join(', ') || 'none'})`);
  }
  for (const outlet of outlets) {
    if (!(expect.outlets ?? []).some((name) => fold(name) === fold(outlet)))
      problems.push(`outlet “${outlet}” not expected`);
  }
  const speaking = new Set([
    ...document.turns.map((turn) => turn.speaker).filter(Boolean),
    ...document.turns.flatMap((turn) =>
      turn.passages.flatMap((passage) => (passage.quotes ?? []).map((quote) => quote.speaker)),
    ),
  ]);
  const people = [...speaking]
    .map((id) => names.get(id as string) ?? id)
    .filter((name) => !/^Unnamed|interviewer$/u.test(name as string));
  for (const person of Object.keys(expect.people ?? {})) {
    if (!people.includes(person)) problems.push(`person “${person}” not a speaker (speakers: ${people.join(', ')})`);
  }
  return { file: fixture.file, problems };
}
