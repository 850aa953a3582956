/**
 * The citation input for a passage or a range. The build writes a document's citation facts once
 * on its page (`documentCitationFacts`); the page script, given the passages a reader chose,
 * makes the input from them (`citationFromFacts`); the tests cite the records directly
 * (`citationInputFor`). One rule for all three: who a range is cited as, which outlets count.
 */
import { ASKING_ROLES, type CorpusDocument, type Passage, type Turn } from '../corpus/schema.ts';
import { formatDate } from '../site/dates.ts';
import { kindName } from '../site/labels.ts';
import type { CitationInput } from './citation.ts';
import type { Names, UrlOf } from './exports.ts';

export interface CitationContext {
  names: Names;
  /** Absolute permanent addresses. */
  urlOf: UrlOf;
  accessed: string;
  siteName?: string;
  originalUrl?: string | null;
}

/** What a document's page tells its script for citing any of its passages. */
export interface DocumentCitationFacts {
  documentId: string;
  title: string;
  kind: string;
  /** Names, or "unnamed journalist", joined with "and"; null when no one asked. */
  interviewer: string | null;
  outlets: string[];
  date: CitationInput['date'];
  originalUrl: string | null;
  siteName: string;
  /** Speaker id → how to cite them, and whether they asked. */
  speakers: Record<string, { name: string; anonymous: boolean; asks: boolean }>;
  /** For quoted speech in a report: the outlet that publishes it. */
  publisher: string | null;
}

/** One passage as the reader chose it: who speaks it, whom it quotes, its words. */
export interface ChosenPassage {
  id: string;
  speaker: string | null;
  quotes: string[];
  text: string;
}

// An outlet whose reporter asked, or that the publisher quotes, did not publish the transcript.
const PUBLISHING_ROLES = new Set(['interviewed', 'broadcast', 'published']);

export function documentCitationFacts(
  document: CorpusDocument,
  names: Names,
  options: { siteName?: string; originalUrl?: string | null } = {},
): DocumentCitationFacts {
  const outlets = document.outlets.filter(({ role }) => PUBLISHING_ROLES.has(role));
  const interviewers = document.participants
    .filter(({ role }) => role === 'interviewer')
    .map(({ speaker: id }) => {
      const record = names.speaker.get(id);
      return !record || record.anonymous ? 'unnamed journalist' : record.name;
    });
  const publisher = document.outlets.find(({ role }) => role === 'published') ?? document.outlets[0];
  return {
    documentId: document.id,
    title: document.title,
    kind: kindName[document.kind].one,
    interviewer: [...new Set(interviewers)].join(' and ') || null,
    outlets: (outlets.length > 0 ? outlets : document.outlets).map(({ id }) => names.outlet.get(id)?.name ?? id),
    date: { value: document.date.value, precision: document.date.precision, display: formatDate(document.date) },
    originalUrl: options.originalUrl ?? null,
    siteName: options.siteName ?? 'Parley',
    speakers: Object.fromEntries(
      document.participants.map(({ speaker: id, role }) => {
        const record = names.speaker.get(id);
        return [id, { name: record?.name ?? id, anonymous: record?.anonymous ?? false, asks: ASKING_ROLES.has(role) }];
      }),
    ),
    publisher: publisher ? (names.outlet.get(publisher.id)?.name ?? publisher.id) : null,
  };
}

export function citationFromFacts(
  facts: DocumentCitationFacts,
  chosen: readonly ChosenPassage[],
  context: { url: string; accessed: string },
): CitationInput {
  const speakers = [...new Set(chosen.map((passage) => passage.speaker).filter((id) => id !== null))];
  // A range over a question and its answer is cited as the answer's: the interviewer is named apart.
  let speakerId = speakers.find((id) => !facts.speakers[id]?.asks) ?? speakers[0] ?? null;
  let quotedBy: string | null = null;
  if (speakerId === null) {
    const quoted = new Set(chosen.flatMap((passage) => passage.quotes));
    if (quoted.size === 1) {
      speakerId = [...quoted][0] as string;
      quotedBy = facts.publisher;
    }
  }
  const speaker = speakerId ? facts.speakers[speakerId] : undefined;
  return {
    speaker: speakerId ? (speaker?.name ?? speakerId) : null,
    ...(speaker?.anonymous && { speakerIsPerson: false }),
    quotedBy,
    text: chosen.map((passage) => passage.text).join('\n\n'),
    title: facts.title,
    kind: facts.kind,
    interviewer: facts.interviewer,
    outlets: facts.outlets,
    date: facts.date,
    url: context.url,
    originalUrl: facts.originalUrl,
    siteName: facts.siteName,
    accessed: context.accessed,
    documentId: facts.documentId,
    passageIds: chosen.map((passage) => passage.id),
  };
}

/** The passages from the first id to the last (or the one id), in the document's order, with their turns. */
function span(document: CorpusDocument, passageIds: readonly string[]): { turn: Turn; passage: Passage }[] {
  const all = document.turns.flatMap((turn) => turn.passages.map((passage) => ({ turn, passage })));
  const ends = [passageIds[0], passageIds.at(-1)].map((id) => all.findIndex(({ passage }) => passage.id === id));
  const [from, to] = [Math.min(...ends), Math.max(...ends)];
  if (from < 0) throw new Error(`${document.id} has no passage ${passageIds.join('..')}`);
  return all.slice(from, to + 1);
}

export function citationInputFor(
  document: CorpusDocument,
  passageIds: readonly string[],
  context: CitationContext,
): CitationInput {
  const chosen = span(document, passageIds).map(({ turn, passage }) => ({
    id: passage.id,
    speaker: turn.speaker,
    quotes: passage.quotes?.map((quote) => quote.speaker) ?? [],
    text: passage.text,
  }));
  const ids = chosen.map((passage) => passage.id);
  return citationFromFacts(documentCitationFacts(document, context.names, context), chosen, {
    url: context.urlOf(document.id, ids.length > 1 ? [ids[0] as string, ids.at(-1) as string] : ids),
    accessed: context.accessed,
  });
}
