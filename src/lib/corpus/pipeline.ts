/**
 * The corpus pipeline: read → segment → date → attribute → tag → validate.
 * Pure: it takes file contents and curated registries, and returns the corpus
 * records and a report. Reading from disk lives in ./load.ts.
 */
import type { Correction, OutletEntry, SourceEntry, SpeakerEntry, BoilerplateEntry } from './registry-schema.ts';
import type { Corpus, CorpusDocument, DocumentDate, DocumentKind, Removed, Speaker, Topic, Turn } from './schema.ts';
import { attribute, type AttributedParagraph, type Participant } from './attribute.ts';
import { boundByNeighbours, dateDocument } from './date.ts';
import { CorpusError, CorpusErrors } from './errors.ts';
import { passageIdAllocator } from './ids.ts';
import { readLabelLine, readLeadingMarker, roleOf, speakerOf, type Lexicon, type Role } from './markers.ts';
import { documentOutlets, outletMatcher } from './outlets.ts';
import { readSource, type SourceFile } from './read.ts';
import { compileBoilerplate, isInterviewHeadline, segment, type Paragraph, type RawDocument } from './segment.ts';
import { tagPassage, topicMatchers } from './tag.ts';
import { fold, slugify, vocativeRegExp, wordCount } from './text.ts';
import { validateCorpus } from './validate.ts';
import { applyDateCorrections, checkCorrections, idCorrection, speakerCorrections } from './corrections.ts';
import { buildReport, type CorpusReport } from './report.ts';

export interface TopicEntry {
  id: string;
  name: string;
  aliases: string[];
  description: string;
}

export interface Registry {
  outlets: OutletEntry[];
  speakers: SpeakerEntry[];
  topics: TopicEntry[];
  boilerplate: BoilerplateEntry[];
  roles: Record<Role, string[]>;
  /** Generic forms of address for an interviewee ("Mr. President", "Your Excellency"). */
  honorifics: string[];
}

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
}

const INTERVIEWER = '@interviewer';

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
  const correctedSpeakers = speakerCorrections(input.corrections);
  const speakerRegistry = new Map(registry.speakers.map((speaker) => [speaker.id, speaker]));
  const outletNames = new Map(registry.outlets.map((outlet) => [outlet.id, outlet.name]));

  const documents: CorpusDocument[] = [];
  const removed: Removed[] = [];
  const speakers = new Map<string, Speaker>();
  const usedCorrections = new Set<Correction>();

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

    raw.forEach((document, index) => {
      const built = buildDocument({
        document,
        date: dates[index] as DocumentDate,
        publisher: manifest?.publisher ?? null,
        kindHint: manifest?.kind,
        lexicon,
        registry,
        outlets,
        outletNames,
        speakerRegistry,
        speakers,
        corrections: correctedSpeakers.get(source.file) ?? new Map(),
        topics,
        reviewedId: idCorrection(document, input.corrections, usedCorrections),
      });
      for (const line of built.correctedLines) {
        const correction = input.corrections.find((entry) => entry.file === source.file && entry.line === line);
        if (correction) usedCorrections.add(correction);
      }
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

  const corpus: Corpus = {
    documents: documents.sort((a, b) => a.id.localeCompare(b.id)),
    speakers: [...speakers.values()].sort((a, b) => a.id.localeCompare(b.id)),
    outlets: registry.outlets
      .filter((outlet) => documents.some((document) => document.outlets.some((entry) => entry.id === outlet.id)))
      .map(({ parent: _parent, ...outlet }) => ({ ...outlet, url: `/outlets/${outlet.id}/` })),
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
  return { corpus, report: buildReport(corpus, sources), sources };
}

function buildLexicon(registry: Registry): Lexicon {
  const aliases = new Map<string, string>();
  for (const speaker of registry.speakers) {
    for (const alias of [speaker.name, ...speaker.aliases]) aliases.set(fold(alias), speaker.id);
  }
  const roles = new Map<string, Role>();
  for (const role of ['interviewer', 'interviewee'] as const) {
    for (const word of registry.roles[role]) roles.set(fold(word), role);
  }
  return { aliases, roles };
}

interface BuildContext {
  document: RawDocument;
  date: DocumentDate;
  publisher: string | null;
  kindHint: DocumentKind | undefined;
  lexicon: Lexicon;
  registry: Registry;
  outlets: ReturnType<typeof outletMatcher>;
  outletNames: Map<string, string>;
  speakerRegistry: Map<string, SpeakerEntry>;
  speakers: Map<string, Speaker>;
  corrections: ReadonlyMap<number, string>;
  topics: ReturnType<typeof topicMatchers>;
  /** A reviewed id from seeds/corrections.yaml, for documents the rules would give the same id. */
  reviewedId: string | null;
}

function buildDocument(context: BuildContext): { document: CorpusDocument; correctedLines: number[] } {
  const { document, lexicon, registry } = context;
  const file = document.file;
  const { title, derived } = documentTitle(document);
  const outlets = documentOutlets(document, context.publisher, context.outlets);
  const kind = context.kindHint ?? documentKind(document, lexicon);
  const conversational = kind === 'interview' || kind === 'meeting';
  const introduction = [document.title, ...document.lead].filter(
    (paragraph): paragraph is Paragraph => paragraph !== null,
  );

  // Participants: the interviewee and a named interviewer come from the title and lead; others from labels.
  const participants: Participant[] = [];
  const interviewee =
    conversational && kind === 'interview'
      ? mentionedSpeaker(introduction, lexicon, context.speakerRegistry, false)
      : null;
  const namedInterviewer =
    kind === 'interview'
      ? mentionedSpeaker(
          introduction,
          lexicon,
          context.speakerRegistry,
          true,
          outlets.map((outlet) => outlet.id),
        )
      : null;
  const forms = (id: string, extra: readonly string[] = []) => {
    const entry = context.speakerRegistry.get(id);
    return vocativeRegExp([...(entry ? [entry.name, ...entry.aliases] : []), ...extra]);
  };
  if (kind === 'interview') {
    participants.push({
      id: namedInterviewer ?? INTERVIEWER,
      role: 'interviewer',
      addressedAs: namedInterviewer ? forms(namedInterviewer) : null,
    });
    if (interviewee)
      participants.push({ id: interviewee, role: 'interviewee', addressedAs: forms(interviewee, registry.honorifics) });
  }
  // A report or briefing speaks of someone without giving them turns: they are its principal all the same.
  const subject = conversational ? null : mentionedSpeaker(introduction, lexicon, context.speakerRegistry, false);
  if (subject) participants.push({ id: subject, role: 'principal', addressedAs: null });
  const takesPart = (id: string) => id === subject || turns.some((candidate) => candidate.speaker === id);
  const printedLabels = new Map<string, Set<string>>();
  const guests = new Map<string, string>();
  const resolveLabel = (name: string): Participant => {
    const role = roleOf(name, lexicon);
    if (role) {
      const existing = participants.find((participant) => participant.role === role);
      if (existing) return existing;
      const created: Participant = {
        id: role === 'interviewer' ? INTERVIEWER : INTERVIEWER.replace('interviewer', 'interviewee'),
        role,
        addressedAs: null,
      };
      participants.push(created);
      return created;
    }
    const id = speakerOf(name, lexicon) ?? slugify(personName(name), 4);
    const existing = participants.find((participant) => participant.id === id);
    if (existing) return existing;
    if (!context.speakerRegistry.has(id)) guests.set(id, personName(name));
    const created: Participant = { id, role: kind === 'meeting' ? 'principal' : 'guest', addressedAs: forms(id) };
    participants.push(created);
    return created;
  };

  const attributed: AttributedParagraph[] = conversational
    ? attribute(document.body, {
        lexicon,
        participants,
        resolveLabel,
        corrections: resolveCorrections(context.corrections, participants),
      })
    : [];
  const narration = conversational ? document.lead : [...document.lead, ...document.body];

  // The document id needs the date, outlets and participants; anonymous interviewers are named after it.
  const id = context.reviewedId ?? documentId(context.date, kind, outlets, title, participants, introduction);
  // A journalist who introduces themself ("My name is Yulia Sharifulina and, on behalf of TASS, …") is named.
  const introduced = selfIntroduction(
    attributed.filter((entry) => entry.speaker === INTERVIEWER).map((entry) => entry.text),
  );
  const introducedId = introduced
    ? (speakerOf(introduced, lexicon) ?? (introduced.includes(' ') ? slugify(introduced, 4) : null))
    : null;
  if (introduced && introducedId && !context.speakerRegistry.has(introducedId)) guests.set(introducedId, introduced);
  const anonymousInterviewer = introducedId ?? `${id}-interviewer`;
  const speakerId = (speaker: string | null) => (speaker === INTERVIEWER ? anonymousInterviewer : speaker);

  const allocate = passageIdAllocator();
  const turns: Turn[] = [];
  const passage = (paragraph: Paragraph, text: string) => ({
    id: allocate(text),
    text,
    lines: [paragraph.line, paragraph.line] as [number, number],
    topics: tagPassage(text, context.topics),
  });
  if (narration.length > 0) {
    const passages = narration.map((paragraph) => passage(paragraph, paragraph.text));
    turns.push(
      turn(null, null, undefined, 'narration', { method: 'narration', confidence: 'high', cues: [] }, passages),
    );
  }
  for (const entry of attributed) {
    const current = turns.at(-1);
    const speaker = speakerId(entry.speaker);
    const made = passage(entry.paragraph, entry.text);
    if (entry.opensTurn || !current || current.speaker !== speaker) {
      const participant = participants.find((candidate) => speakerId(candidate.id) === speaker);
      const role =
        speaker === null
          ? 'narration'
          : participant?.role === 'interviewer'
            ? 'question'
            : participant?.role === 'interviewee'
              ? 'answer'
              : 'statement';
      turns.push(
        turn(
          speaker,
          entry.label,
          entry.labelLine,
          role,
          { method: entry.method, confidence: entry.confidence, cues: entry.cues },
          [made],
        ),
      );
      if (speaker && entry.label) addLabel(printedLabels, speaker, entry.label);
    } else {
      current.passages.push(made);
      if (entry.confidence === 'low') current.decidedBy.confidence = 'low';
    }
  }

  // Speakers: registry people, named guests, and one anonymous interviewer per document.
  for (const participant of participants) {
    const sid = speakerId(participant.id) as string;
    if (!takesPart(sid)) continue;
    const entry = context.speakerRegistry.get(sid) ?? context.speakerRegistry.get(participant.id);
    const outletName = context.outletNames.get(outlets[0]?.id ?? '') ?? title;
    const speaker =
      context.speakers.get(sid) ??
      ({
        id: sid,
        name:
          entry?.name ??
          guests.get(participant.id) ??
          guests.get(sid) ??
          (introduced && participant.role === 'interviewer'
            ? `${introduced}, ${outletName}`
            : `${outletName} ${participant.role === 'interviewer' ? 'interviewer' : 'speaker'}`),
        aliases: entry?.aliases ?? [],
        url: `/speakers/${sid}/`,
        description:
          entry?.description ??
          (sid.endsWith('-interviewer') ? `Journalist${introduced ? '' : ', unnamed,'} in “${title}”.` : null),
        anonymous: sid.endsWith('-interviewer'),
        labels: [],
      } satisfies Speaker);
    for (const label of printedLabels.get(sid) ?? []) speaker.labels.push({ document: id, label });
    context.speakers.set(sid, speaker);
  }

  const titleLine = document.title?.line ?? null;
  const built: CorpusDocument = {
    id,
    kind,
    title,
    titleDerived: derived,
    url: `/interviews/${id}/`,
    date: context.date,
    outlets,
    participants: participants
      .filter((participant) => takesPart(speakerId(participant.id) as string))
      .map((participant) => ({ speaker: speakerId(participant.id) as string, role: participant.role })),
    source: { file, startLine: document.startLine, endLine: document.endLine, titleLine },
    turns,
  };
  const correctedLines = attributed
    .filter((entry) => entry.method === 'correction')
    .map((entry) => entry.paragraph.line);
  return { document: built, correctedLines };
}

function turn(
  speaker: string | null,
  label: string | null,
  labelLine: number | undefined,
  role: Turn['role'],
  decidedBy: Turn['decidedBy'],
  passages: Turn['passages'],
): Turn {
  return {
    id: `t-${(passages[0]?.id ?? 'p-').slice(2)}`,
    speaker,
    label,
    ...(labelLine === undefined ? {} : { labelLine }),
    role,
    decidedBy: { ...decidedBy, cues: [...decidedBy.cues] },
    passages,
  };
}

function addLabel(labels: Map<string, Set<string>>, speaker: string, label: string) {
  const set = labels.get(speaker) ?? new Set<string>();
  set.add(label);
  labels.set(speaker, set);
}

function resolveCorrections(
  corrections: ReadonlyMap<number, string>,
  participants: Participant[],
): Map<number, string> {
  const resolved = new Map<number, string>();
  for (const [line, speaker] of corrections) {
    const byRole = participants.find((participant) => participant.role === speaker);
    resolved.set(line, byRole ? byRole.id : speaker);
  }
  return resolved;
}

export function documentTitle(document: RawDocument): { title: string; derived: boolean } {
  if (document.title) return { title: document.title.text, derived: false };
  const first = document.lead[0] ?? document.body[0];
  const sentence = (first?.text ?? document.file).split(/(?<=[.!?])\s+/u)[0] ?? '';
  const words = sentence.split(/\s+/u);
  const title = words.length <= 30 ? sentence.replace(/[.]$/u, '') : `${words.slice(0, 20).join(' ')}…`;
  return { title, derived: true };
}

function documentKind(document: RawDocument, lexicon: Lexicon): DocumentKind {
  const introduction = [document.title, ...document.lead].map((paragraph) => paragraph?.text ?? '').join(' ');
  const marked = document.body.filter(
    (paragraph) =>
      readLabelLine(paragraph.text, lexicon) !== null ||
      readLeadingMarker(paragraph.text, lexicon, new Set()).kind !== 'none',
  );
  if (marked.length >= 2 || (document.title && isInterviewHeadline(document.title) && marked.length >= 1)) {
    const interview = /\binterview|took questions|asked questions/iu.test(introduction);
    const meeting = /\bmet with\b|\bmeeting\b|\btalks\b/iu.test(introduction);
    return meeting && !interview ? 'meeting' : 'interview';
  }
  return /\bjournalists\b|\bbriefing\b|\bpress conference\b|\bnews conference\b/iu.test(introduction)
    ? 'briefing'
    : 'report';
}

/** The first registry speaker the introduction names: the interviewee, or (journalists only) the interviewer. */
function mentionedSpeaker(
  introduction: readonly Paragraph[],
  lexicon: Lexicon,
  registry: Map<string, SpeakerEntry>,
  journalist: boolean,
  outletIds: readonly string[] = [],
): string | null {
  for (const paragraph of introduction) {
    const folded = ` ${fold(paragraph.text)} `;
    let best: { id: string; at: number } | null = null;
    for (const [alias, id] of lexicon.aliases) {
      const entry = registry.get(id);
      const isJournalist = Boolean(entry?.affiliation);
      if (isJournalist !== journalist) continue;
      if (journalist && entry?.affiliation && outletIds.length > 0 && !outletIds.includes(entry.affiliation)) continue;
      if (!alias.includes(' ')) continue;
      const at = folded.indexOf(` ${alias} `);
      if (at !== -1 && (!best || at < best.at)) best = { id, at };
    }
    if (best) return best.id;
  }
  return null;
}

/** "My name is Yulia Sharifulina", said in the interviewer's first turns. */
function selfIntroduction(texts: readonly string[]): string | null {
  for (const text of texts.slice(0, 3)) {
    const match = /\bMy name is ((?:\p{Lu}[\p{L}'’-]+)(?: \p{Lu}[\p{L}'’-]+){0,2})/u.exec(text);
    if (match?.[1]) return match[1];
  }
  return null;
}

function personName(label: string): string {
  const tokens = label
    .replace(/\([^)]*\)/gu, '')
    .trim()
    .split(/\s+/u);
  const name = tokens.slice(-2).join(' ');
  return /^[\p{Lu}\s.'’-]+$/u.test(name)
    ? name.toLowerCase().replace(/(^|[\s-])\p{L}/gu, (letter) => letter.toUpperCase())
    : name;
}

function documentId(
  date: DocumentDate,
  kind: DocumentKind,
  outlets: readonly { id: string; role: string }[],
  title: string,
  participants: readonly Participant[],
  introduction: readonly Paragraph[],
): string {
  const when = date.value ?? 'undated';
  const maker = outlets.find((outlet) => outlet.role !== 'published') ?? null;
  if (kind === 'interview' && maker) return `${when}-${maker.id}`;
  if (kind === 'meeting') {
    const names = participants
      .filter((participant) => participant.role === 'principal')
      .map((participant) => participant.id.split('-').at(-1));
    if (names.length > 0) return `${when}-meeting-${names.join('-')}`;
  }
  void introduction;
  const publisher = outlets[0]?.id;
  const words = slugify(
    title.replace(/\b(?:the|a|an|of|on|in|for|and|to|that|with|by|has|have|was|is|are|says|said)\b/giu, ' '),
    5,
  );
  return [when, publisher, words].filter(Boolean).join('-');
}

export { wordCount };
