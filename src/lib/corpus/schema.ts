/**
 * The record schemas: the single source of truth for the corpus types and for
 * the public JSON Schema of `dist/data/corpus.json`. Pure zod, so that the
 * pipeline, the CLI and Astro's content collections share one definition.
 */
import { z } from 'zod';
import { isCalendarDay } from './date.ts';

export const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a lowercase slug');
const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine(isCalendarDay, 'not a day the calendar has');
const lineNumber = z.number().int().positive();

export const documentKind = z.enum(['interview', 'press-conference', 'statement', 'meeting', 'briefing', 'report']);
export const convention = z
  .enum(['labels', 'label-lines', 'dashes', 'emphasis', 'unmarked'])
  .describe(
    'labels: "Name: …"; label-lines: a name on its own line; dashes: "– …"; emphasis: questions set in bold; unmarked: nothing',
  );
export const participantRole = z.enum([
  'interviewee',
  'interviewer',
  'principal',
  'guest',
  'questioner',
  'moderator',
  'quoted',
]);
export const outletRole = z
  .enum(['interviewed', 'broadcast', 'published', 'source', 'asked'])
  .describe(
    'interviewed: its journalist put the questions; broadcast: it aired them; published: the page is its; source: the publisher quotes it ("according to AZERTAC"); asked: its reporter asked a question at a press conference or briefing',
  );
export const turnRole = z.enum(['question', 'answer', 'statement', 'narration']);
export const datePrecision = z.enum(['day', 'month', 'year', 'unknown']);
export const dateSource = z.enum(['text', 'text-and-manifest', 'manifest', 'neighbours', 'correction', 'none']);
export const removalReason = z.enum([
  'boilerplate',
  'navigation',
  'dateline',
  'byline',
  'separator',
  'timestamp',
  'end-mark',
  'invisible',
  'line-number',
]);
export const attributionMethod = z.enum([
  'label', // "Host:", "President Ilham Aliyev:" at the start of the paragraph
  'label-line', // a label on a line of its own, or a narrator's "X said:"
  'sequence', // decided from markers, gaps and content across the conversation
  'continuation', // an unlabelled paragraph of a labelled transcript: the last label's speaker goes on
  'sole-speaker', // the one person the title names, in remarks or a statement printed without labels
  'correction', // seeds/corrections.yaml
  'narration', // publisher's text, nobody speaks
]);

export const passageSchema = z.object({
  id: z.string().regex(/^p-[a-z0-9]{8}(?:-\d+)?$/),
  text: z.string().min(1),
  lines: z.tuple([lineNumber, lineNumber]),
  topics: z.array(slug),
  quotes: z
    .array(
      z.object({
        speaker: slug,
        start: z.number().int().nonnegative(),
        end: z.number().int().positive(),
        attributedBy: z.string().describe('the words that name the speaker ("Hajiyev said"), or how it was inferred'),
        confidence: z.enum(['high', 'low']),
      }),
    )
    .optional()
    .describe('words of the passage that the publisher quotes from a named person: [start, end) offsets in text'),
});

export const turnSchema = z.object({
  id: z.string(),
  speaker: slug.nullable(),
  label: z.string().nullable().describe('the speaker label or turn marker exactly as printed, or null when unmarked'),
  labelLine: lineNumber.optional().describe('the line of a label that stands on a line of its own'),
  role: turnRole,
  decidedBy: z.object({
    method: attributionMethod,
    confidence: z.enum(['high', 'low']),
    cues: z.array(z.string()).describe('the evidence used, e.g. "dash", "question", "addresses-interviewee"'),
  }),
  passages: z.array(passageSchema).min(1),
});

export const documentDateSchema = z
  .object({
    value: z
      .string()
      .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/)
      .nullable(),
    precision: datePrecision,
    notBefore: isoDay.optional(),
    notAfter: isoDay.optional(),
    evidence: z.string().nullable().describe('the phrase the date was read from, or how it was bounded'),
    line: lineNumber.optional().describe('the source line of the evidence phrase'),
    from: dateSource,
  })
  .refine((date) => date.precision !== 'day' || (date.value !== null && isCalendarDay(date.value)), {
    message: 'a date to the day must be a day the calendar has',
  });

export const documentSchema = z.object({
  id: slug,
  kind: documentKind,
  title: z.string().min(1),
  titleDerived: z.boolean().describe('true when the source prints no title and Parley derived one'),
  url: z.string(),
  date: documentDateSchema,
  kindEvidence: z.string().describe('why the document is of this kind: the words of the title or lead that say so'),
  convention: z.object({
    name: convention,
    evidence: z.string().describe('what the transcript marks its turns with, counted'),
  }),
  outlets: z.array(z.object({ id: slug, role: outletRole })),
  participants: z.array(z.object({ speaker: slug, role: participantRole })),
  source: z.object({
    file: z.string(),
    startLine: lineNumber,
    endLine: lineNumber,
    titleLine: lineNumber.nullable(),
    address: z
      .string()
      .nullable()
      .describe('where the transcript was first published, from seeds/sources.yaml; null when not recorded'),
  }),
  turns: z.array(turnSchema),
});

/**
 * A document without its turns: what every page that lists documents needs, small enough that ten
 * thousand of them are held at once. The turns are read from the document's own file when its
 * page is built.
 */
export const documentSummarySchema = documentSchema.omit({ turns: true }).extend({
  counts: z.object({
    turns: z.number().int().nonnegative(),
    passages: z.number().int().nonnegative(),
    words: z.number().int().nonnegative(),
    questions: z.number().int().nonnegative(),
  }),
  topicCounts: z.record(z.string(), z.number().int().positive()).describe('topic id → passages that mention it'),
  speakerCounts: z.record(z.string(), z.number().int().positive()).describe('speaker id → passages they speak'),
  passageIds: z.array(z.string()).describe('every passage id, in reading order (for permanent links)'),
  /** Vanished passage ids of this document and the passage each now points at. */
  aliases: z.array(z.object({ id: z.string(), target: z.string() })),
});

/**
 * One passage as a list shows it (a topic's or a speaker's pages): enough to quote it and link to
 * it without reading its document.
 */
export const listEntrySchema = z.object({
  document: slug,
  passage: z.string(),
  speaker: slug.nullable(),
  role: turnRole,
  /** The passage's words, cut at about sixty. */
  excerpt: z.string(),
  /** The whole passage was shorter than the cut. */
  whole: z.boolean(),
});

export const speakerSchema = z.object({
  id: slug,
  name: z.string(),
  aliases: z.array(z.string()),
  url: z.string(),
  description: z.string().nullable(),
  anonymous: z.boolean().describe('an unnamed journalist: a distinct speaker per document'),
  labels: z
    .array(z.object({ document: slug, label: z.string() }))
    .describe('how each document labelled this speaker, as printed'),
});

export const outletSchema = z.object({
  id: slug,
  name: z.string(),
  aliases: z.array(z.string()),
  url: z.string(),
  medium: z.enum(['tv', 'newspaper', 'news-agency', 'online', 'radio', 'magazine', 'unknown']),
  country: z.string().nullable(),
  reviewed: z
    .boolean()
    .describe('false for an outlet the pipeline recognised in a title or lead but data/outlets.yaml does not list yet'),
});

export const topicSchema = z.object({
  id: slug,
  name: z.string(),
  aliases: z.array(z.string()),
  url: z.string(),
  description: z.string(),
  passages: z.array(z.object({ document: slug, passage: z.string() })),
});

/** A topic as the site lists it: its words and how much of the corpus speaks of it. */
export const topicSummarySchema = z.object({
  id: slug,
  name: z.string(),
  aliases: z.array(z.string()),
  description: z.string(),
  passages: z.number().int().nonnegative(),
  documents: z.number().int().nonnegative(),
});

export const removedSchema = z.object({
  file: z.string(),
  startLine: lineNumber,
  endLine: lineNumber,
  reason: removalReason,
  text: z.string().optional().describe('the removed text, for removals inside a kept line'),
});

export const corpusSchema = z.object({
  documents: z.array(documentSchema),
  speakers: z.array(speakerSchema),
  outlets: z.array(outletSchema),
  topics: z.array(topicSchema),
  removed: z.array(removedSchema),
});

/** The pipeline's report: what became of every file's lines, and how each document was read. */
export const corpusReportSchema = z.object({
  files: z.array(
    z.object({
      file: z.string(),
      documents: z.number().int(),
      turns: z.number().int(),
      passages: z.number().int(),
      lines: z.object({
        nonBlank: z.number().int(),
        kept: z.number().int(),
        removed: z.record(z.string(), z.number().int()),
      }),
    }),
  ),
  lowConfidence: z.array(
    z.object({
      document: z.string(),
      turn: z.string(),
      line: z.number().int(),
      speaker: z.string().nullable(),
      cues: z.array(z.string()),
      text: z.string(),
    }),
  ),
  methods: z.record(z.string(), z.number().int()),
  documents: z.array(
    z.object({
      document: z.string(),
      kind: z.string(),
      kindEvidence: z.string(),
      convention: z.string(),
      conventionEvidence: z.string(),
    }),
  ),
  unreviewedOutlets: z.array(z.object({ id: z.string(), name: z.string(), documents: z.array(z.string()) })),
});

const counts = z.record(z.string(), z.number().int().nonnegative());

/** A topic's or a speaker's passages, as their pages summarise them. */
export const listInfoSchema = z.object({
  entries: z.number().int().nonnegative(),
  pages: z.number().int().nonnegative(),
  documents: z.number().int().nonnegative(),
  words: z.number().int().nonnegative(),
  months: counts.describe('"2020-10" → entries from documents of that month'),
  speakers: counts.describe('speaker id ("" for the publisher’s text) → entries'),
  topics: counts.describe('topic id → entries'),
  roles: counts.describe('turn role → entries'),
  at: z.number().int().nonnegative().describe('where the list begins in lists.bin, in entries'),
});

/** What one build found, besides the records: list sizes, moved documents, removed and skipped lines. */
export const buildInfoSchema = z.object({
  lists: z.record(z.string(), listInfoSchema),
  moves: z.array(z.object({ from: z.string(), to: z.string().nullable() })),
  removed: z.object({ entries: z.number().int(), pages: z.number().int(), files: z.array(z.string()) }),
  skipped: z.array(z.object({ file: z.string(), reason: z.string() })),
  report: corpusReportSchema,
  passages: z.number().int(),
  renames: z.array(z.tuple([z.string(), z.string()])).describe('speaker ids merged into another: from, to'),
});

export type Passage = z.infer<typeof passageSchema>;
export type Turn = z.infer<typeof turnSchema>;
export type DocumentDate = z.infer<typeof documentDateSchema>;
export type CorpusDocument = z.infer<typeof documentSchema>;
export type DocumentSummary = z.infer<typeof documentSummarySchema>;
export type ListEntry = z.infer<typeof listEntrySchema>;
export type Speaker = z.infer<typeof speakerSchema>;
export type Outlet = z.infer<typeof outletSchema>;
export type Topic = z.infer<typeof topicSchema>;
export type Removed = z.infer<typeof removedSchema>;
export type CorpusReport = z.infer<typeof corpusReportSchema>;
export type FileReport = CorpusReport['files'][number];
export type LowConfidenceTurn = CorpusReport['lowConfidence'][number];
export type DocumentDecision = CorpusReport['documents'][number];
export type BuildInfo = z.infer<typeof buildInfoSchema>;
export type ListInfo = z.infer<typeof listInfoSchema>;
export type TopicSummary = z.infer<typeof topicSummarySchema>;
export type Corpus = z.infer<typeof corpusSchema>;
export type DocumentKind = z.infer<typeof documentKind>;
export type Convention = z.infer<typeof convention>;
export type ParticipantRole = z.infer<typeof participantRole>;
/** The roles that put the questions: whoever else takes part answers, states or is quoted. */
export const ASKING_ROLES: ReadonlySet<ParticipantRole> = new Set<ParticipantRole>([
  'interviewer',
  'questioner',
  'moderator',
]);
/** The kinds where a speaker takes reporters' questions: an unnamed host chairs them, reporters ask. */
export const PRESS_EVENTS: ReadonlySet<DocumentKind> = new Set<DocumentKind>(['press-conference', 'briefing']);
export type OutletRole = z.infer<typeof outletRole>;
export type TurnRole = z.infer<typeof turnRole>;
export type RemovalReason = z.infer<typeof removalReason>;
export type AttributionMethod = z.infer<typeof attributionMethod>;
