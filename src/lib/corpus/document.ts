/**
 * One raw document to its record: kind, outlets, cast, convention, speakers of every paragraph,
 * turns and passages, quoted speech. The stages are their own modules (kind.ts, outlets.ts, cast.ts,
 * convention.ts, attribute.ts, quotes.ts); this module puts their answers together.
 */
import type { Correction, SpeakerEntry } from './registry-schema.ts';
import {
  PRESS_EVENTS,
  type CorpusDocument,
  type DocumentDate,
  type DocumentKind,
  type Outlet,
  type Passage,
  type Speaker,
  type Turn,
} from './schema.ts';
import type { Lexicon } from './registry.ts';
import {
  attribute,
  brokenOff,
  isFragment,
  labelCalledNames,
  observe,
  unlabel,
  type AttributedParagraph,
  type Observation,
} from './attribute.ts';
import { ANONYMOUS, Cast, type CastMember, type TurnShares } from './cast.ts';
import { decideConvention, labelled, repliedSpeakers, type ConventionDecision } from './convention.ts';
import { CorpusError } from './errors.ts';
import { findStatedDate } from './date.ts';
import { contentHash, passageIdAllocator, turnId } from './ids.ts';
import { decideKind } from './kind.ts';
import {
  CREDITED_BY,
  DELIVERY_NOTE,
  NOTE_SEPARATOR,
  isRoomNote,
  questionSource,
  roleOf,
  speakerOf,
  withoutNote,
} from './markers.ts';
import { canBe, JOINING_WORDS, namesIn, readLabelName, type PersonName } from './names.ts';
import {
  documentOutlets,
  matchRegistered,
  MASTHEAD_WORD,
  namedOutlets,
  outletNamed,
  STAFF_SIGNATURE,
  type OutletMatcher,
} from './outlets.ts';
import { attributeQuotes } from './quotes.ts';
import { GREETING, isNarrative, type Paragraph, type RawDocument } from './segment.ts';
import { tagPassage, type TopicTagger } from './tag.ts';
import {
  escapeRegExp,
  fold,
  initialsOf,
  inTitleCase,
  sentences,
  slugify,
  SMALL_WORDS,
  spacedWords,
  SENTENCE_END_MARKS,
  withoutQuotations,
} from './text.ts';
import { SITE_ROUTES } from './urls.ts';
import type { VoiceTurn } from './voices.ts';

export interface DocumentContext {
  document: RawDocument;
  date: DocumentDate;
  publisher: string | null;
  /** Where the document was first published (seeds/sources.yaml), or null. */
  address: string | null;
  kindHint: DocumentKind | undefined;
  lexicon: Lexicon;
  outlets: OutletMatcher;
  speakerRegistry: ReadonlyMap<string, SpeakerEntry>;
  /** Reviewed `set: speaker` corrections for this document's file, by line. */
  corrections: readonly Extract<Correction, { set: 'speaker' }>[];
  topics: TopicTagger;
  /** A reviewed id from seeds/corrections.yaml, for documents the rules would give the same id. */
  reviewedId: string | null;
}

/** One paragraph's decision, for `npm run corpus -- --explain`. */
export interface Explanation {
  line: number;
  speaker: string | null;
  method: string;
  confidence: 'high' | 'low';
  cues: string[];
  text: string;
}

export interface BuiltDocument {
  document: CorpusDocument;
  /** Speaker records this document introduces or adds labels to (registry speakers included). */
  speakers: Speaker[];
  discoveredOutlets: Outlet[];
  usedCorrections: Correction[];
  errors: CorpusError[];
  explanations: Explanation[];
}

/** "<…>", "[…]", "(...)": the publisher left something out. */
const ELISION = /^[<‹[(]\s*(?:…|\.\.\.)\s*[>›\])]$/u;

const COMPOUND_MEDIA_NAME = /^\p{Lu}\p{Ll}{2,}(?:news|press|media|inform|info)$/u;
const MEDIA_WORD =
  /\b(?:Agence|Agencia|Agentur|Presse|Prensa|Zeitung|Télévision|TV|Television|Channel|Radio|News|Agency|Press|Media|Broadcasting|Times|Post|Daily|Gazette|Herald|Journal|Tribune|Courier)\b/u;

const ROLE_CORRECTIONS: Record<string, keyof typeof ANONYMOUS> = {
  interviewer: 'interviewer',
  interviewee: 'interviewee',
  questioner: 'questioner',
  moderator: 'moderator',
};

/** "Source: Xinhua", "Editor: huaxia": a fact of the page's, set like a label; no turn of a conversation. */
const PAGE_FACT =
  /^(?:source|editors?|authors?|photos?|credits?|updated|published|posted|tags?|categor(?:y|ies)|keywords|copyright)$/iu;

/** Names and nothing else, as a credit lists them: "Aditya Ramadhan Putra, Shofi Ayudiana". */
const NAMES_ONLY =
  /^\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*)+(?:\s*(?:,|&|\band\b)\s*\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*)+)*$/u;

/** "Reporter: Aditya Ramadhan Putra, Shofi Ayudiana" under a story: who wrote it, not a reporter's turn. */
function isCreditLine(observation: Observation): boolean {
  return observation.marker === 'label' && NAMES_ONLY.test(observation.text.trim());
}

export function buildDocument(context: DocumentContext): BuiltDocument {
  const { document, lexicon } = context;
  const errors: CorpusError[] = [];
  const { title, derived } = documentTitle(document);
  const introduction = [document.title, ...document.lead].filter(
    (paragraph): paragraph is Paragraph => paragraph !== null,
  );

  // Markers first: the kind and the convention both depend on what the paragraphs are marked with.
  let observations = observe(document.body, lexicon);
  observations = confirmLabels(observations, lexicon, introduction, context.outlets, document.title?.text ?? null);
  observations = labelCalledNames(observations);
  const marked = observations.filter(
    (observation) =>
      observation.marker !== 'none' &&
      !observation.nonSpeech &&
      !(observation.marker === 'label' && PAGE_FACT.test(observation.labelName?.trim() ?? '')) &&
      !isCreditLine(observation),
  ).length;
  const asked = observations.some(
    (observation) =>
      observation.labelName !== null &&
      roleOf(observation.labelName, lexicon) === 'asks' &&
      isQuestionWord(observation.labelName),
  );
  // Questions set in bold are an interview's, whose answers follow them unlabelled.
  const answered = observations.some(
    (observation) =>
      observation.emphasised === true ||
      (observation.labelName !== null && roleOf(observation.labelName, lexicon) === 'answers'),
  );
  const firstMarked = observations.findIndex((observation) => observation.marker !== 'none');
  const conversational =
    marked >= 2 || (marked >= 1 && document.title !== null) || soundsLikeConversation(observations);
  const kindDecision = context.kindHint
    ? { kind: context.kindHint, evidence: 'set for the file in seeds/sources.yaml' }
    : decideKind(
        document.title?.text ?? null,
        document.lead.map((paragraph) => paragraph.text),
        {
          conversation: conversational,
          asked,
          answered,
          opening: observations.slice(0, 6).map((observation) => observation.text),
          firstTurns: observations
            .filter((observation) => observation.marker !== 'none' && /[.?!…]["”’»)]*\s*$/u.test(observation.text))
            .slice(0, 1)
            .map((observation) => observation.text),
          kicker: document.navigation.slice(-1).map((paragraph) => paragraph.text),
          record: [...document.navigation, ...document.lead, ...document.body].map((paragraph) => paragraph.text),
          preface: observations.slice(0, Math.max(0, firstMarked)).map((observation) => observation.text),
        },
      );
  const kind = kindDecision.kind;
  const talking = conversational && kind !== 'report';
  const spokenRemarks =
    kind === 'statement' &&
    !talking &&
    observations.filter((observation) => !isNarrative(observation.text)).length > observations.length / 2;

  const isPerson = (name: string) => {
    const person = readLabelName(name, lexicon).person;
    return (
      Boolean(speakerOf(name, lexicon)) ||
      (person !== null &&
        observations.some(
          (observation) => observation.labelName && fold(observation.labelName).endsWith(person.surname),
        ))
    );
  };
  const { outlets, discovered } = documentOutlets(document, context.publisher, context.outlets, isPerson);
  const outletKeys = outlets.map((outlet) =>
    fold(
      context.outlets.entries.get(outlet.id)?.name ??
        discovered.find((entry) => entry.id === outlet.id)?.name ??
        outlet.id,
    ),
  );
  const ownName = siteName(document);
  // "Owen Tarrant Podcast #287": a show named after its host, on the page's title or menu.
  const showNames = [document.title?.text ?? '', ...document.navigation.map((paragraph) => paragraph.text)].join('\n');
  // Each label would compile its own pattern: only a page that prints a show's word after a space needs it.
  let printsShowWord: boolean | undefined;
  const namesAShow = (name: string) =>
    (printsShowWord ??= SHOW_WORD.test(showNames)) &&
    new RegExp(`${escapeRegExp(name.trim())}\\s+(?:Podcast|Show|Programme|Program)\\b`, 'iu').test(showNames);
  const isOutletLabel = (name: string) => {
    if (matchRegistered(name, context.outlets) !== null) return true;
    const person = readLabelName(name, lexicon).person;
    // "Owen Tarrant" over his words on "Owen Tarrant Podcast #287": a show named after its host is
    // his page, and a label of a given name and a surname with no media word in it is the host.
    const host =
      namesAShow(name) &&
      person?.given &&
      !person.initials &&
      !TITLE_ARTICLE.test(fold(name)) &&
      !MEDIA_WORD.test(name) &&
      !MASTHEAD_WORD.test(name);
    if (!host && namesThePage(name, ownName, outletKeys)) return true;
    const words = person ? person.key.split(' ') : [];
    // "Press Secretary", "Media Adviser": an office whose first word is a media word, not an outlet.
    const office = lexicon.titles.has(fold(name.trim().split(/\s+/u).at(-1) ?? ''));
    // "Interpressnews", "Armenpress", "Kazinform": one word that ends with a media word is an agency's name.
    if (COMPOUND_MEDIA_NAME.test(name.trim())) return true;
    // "Associated Press of Pakistan": a media word and a place, no person.
    return (
      !office &&
      MEDIA_WORD.test(name) &&
      (person === null || words.some((word) => lexicon.notNames.has(word)) || lexicon.places.has(person.display))
    );
  };
  // "Question (CNA)", "Question (The Straits Times)", "Question (Lianhe Zaobao)": the notes of one form.
  const askerNotes = observations.flatMap((observation) => {
    const label = observation.labelName ?? '';
    const note = /^([^()]+?)\s*\(([^(),]+)\)$/u.exec(label.trim());
    return note && roleOf(note[1] as string, lexicon) === 'asks' ? [(note[2] as string).trim()] : [];
  });
  let bodyText: string | undefined;
  const byline =
    signedBy(document, lexicon) ??
    creditedBy(document, lexicon) ??
    authorField(document, lexicon) ??
    nameLineByline(document, lexicon);
  const cast = new Cast({
    kind,
    lexicon,
    registry: context.speakerRegistry,
    introduction: introduction.map((paragraph) => paragraph.text),
    // Read by several of the cast's questions: joined once, when first asked for.
    bodyText: () => (bodyText ??= document.body.map((paragraph) => paragraph.text).join('\n')),
    selfIntroduced: selfIntroductions(observations),
    outletIds: outlets.map((outlet) => outlet.id),
    byline,
    furniture: [
      ...document.navigation.map((paragraph) => paragraph.text),
      // "From: Prime Minister's Office, 10 Downing Street and The Rt Hon Daniel Hartwell MP"
      ...document.bylines.map((paragraph) => paragraph.text),
      ...observations
        .slice(
          0,
          Math.max(
            0,
            // "CHAIRMEN: Senator Anders Dahlquist": a roster's role and names, unpunctuated, are the cover's, not a turn.
            observations.findIndex(
              (observation) => observation.marker === 'label' && !ROSTER_LINE.test(observation.paragraph.text.trim()),
            ),
          ),
        )
        .map((observation) => observation.paragraph.text),
    ],
    isOutletLabel,
    askerNotesNameOutlets: askerNotes.some(isOutletLabel),
    isOutletName: (name) => {
      const key = fold(name);
      return (
        matchRegistered(name, context.outlets) !== null ||
        MEDIA_WORD.test(name) ||
        outletKeys.some((outlet) => outlet.includes(key) || key.includes(outlet))
      );
    },
  });
  cast.introduce();

  let convention = decideConvention(observations, talking);
  const soleSpeaker =
    kind === 'statement' && convention.name === 'unmarked' && (talking || spokenRemarks)
      ? cast.members.find((member) => member.role === 'principal' && member.settled)
      : undefined;
  if (soleSpeaker) convention = { ...convention, evidence: `${convention.evidence}; the title names the one speaker` };
  if (talking && !labelled(convention.name) && PRESS_EVENTS.has(kind)) cast.openFloor();
  if (labelled(convention.name) || soleSpeaker) {
    observations = markPublishersText(observations, kind, cast);
  } else {
    // Whatever the convention, a short line without sentence punctuation is page furniture; and
    // before the first dash of a dash-marked press event or interview, what tells in the third person
    // is the publisher's ("On 17 July, the Press Secretary held a regular briefing.", "CÓRDOBA.- The
    // governor receives us in his office.").
    const firstDash = observations.findIndex((observation) => observation.marker === 'dash');
    const askedAndAnswered = PRESS_EVENTS.has(kind) || kind === 'interview';
    observations = observations.map((observation, index) =>
      observation.marker === 'none' &&
      !observation.nonSpeech &&
      (isFragment(observation.text) ||
        (askedAndAnswered &&
          index < firstDash &&
          isNarrative(observation.text) &&
          !observation.cues.includes('question')))
        ? { ...observation, nonSpeech: true }
        : observation,
    );
    observations = afterTheFooter(observations);
  }

  // Labels to people; then who asks and who answers, where neither registry nor introduction said.
  const fixed = new Map<number, { speaker: string; method: 'label' | 'label-line' | 'correction' }>();
  if (talking) {
    const floor = floorKeeper();
    observations.forEach((observation, index) => {
      if (!observation.labelName) {
        floor.hears(observation);
        return;
      }
      const method = observation.labelLine !== undefined ? 'label-line' : 'label';
      const holder = FLOOR_HOLDER.test(fold(observation.labelName)) ? floor.holder() : null;
      const member = holder === null ? cast.resolveLabel(observation.labelName) : null;
      fixed.set(index, { speaker: holder ?? (member as CastMember).id, method });
      floor.speaks(observation, member);
    });
    cast.settleRoles(questionShares(observations, fixed));
    // "Speaker 1", "Speaker 2": numbered voices the conversation names ("Thank you, Governor Vance.").
    const renamed = cast.nameVoices(() => turnsOf(observations, fixed));
    for (const [index, entry] of fixed) {
      const id = renamed.get(entry.speaker);
      if (id) fixed.set(index, { ...entry, speaker: id });
    }
    // Reporters' outlets: "CCTV:", "Question (Reuters):", "Camille Roussel, France Info:".
    for (const [index, entry] of fixed) {
      const member = cast.member(entry.speaker);
      const name = observations[index]?.labelName;
      if (!name || !member || !['questioner', 'interviewer'].includes(member.role)) continue;
      const named = reporterOutlet(name, member, lexicon, cast, byline);
      const outlet = named ? outletNamed(named, context.outlets) : null;
      if (!outlet || outlets.some((existing) => existing.id === outlet.id)) continue;
      outlets.push({ id: outlet.id, role: kind === 'interview' ? 'interviewed' : 'asked' });
      if (outlet.discovered && !discovered.some((existing) => existing.id === outlet.id))
        discovered.push(outlet.discovered);
    }
  }

  const usedCorrections: Correction[] = [];
  for (const correction of context.corrections) {
    const index = observations.findIndex((observation) => observation.paragraph.line === correction.line);
    if (index === -1) continue;
    usedCorrections.push(correction);
    const speaker = correctedSpeaker(correction, cast, context.speakerRegistry);
    if (typeof speaker === 'string') fixed.set(index, { speaker, method: 'correction' });
    else errors.push(speaker);
  }

  const labelledAt = new Map(
    [...fixed].filter(([, entry]) => entry.method !== 'correction').map(([index, entry]) => [index, entry.speaker]),
  );
  const repliedTo = repliedSpeakers(
    convention.name,
    observations,
    labelledAt,
    (speaker) => cast.member(speaker)?.role,
    cast.members.length,
  );
  const oneSided = repliedTo.size > 0;

  let attributed: AttributedParagraph[] = [];
  if (talking && !soleSpeaker) {
    attributed = attribute(observations, {
      participants: cast.participants(),
      convention: convention.name,
      repliedTo,
      fixed,
      dashesAsk: convention.name === 'dashes' && dashesOnlyAsk(observations),
      opensWithQuestion: kind === 'interview',
      opener:
        remarksBy(document.title?.text ?? null, cast.participants(), lexicon) ??
        greetingBriefer(kind, observations, cast),
    });
  } else if (soleSpeaker) {
    attributed = observations.map((observation) => ({
      paragraph: observation.paragraph,
      text: observation.text,
      label: null,
      speaker: observation.nonSpeech ? null : soleSpeaker.id,
      method: observation.nonSpeech ? 'narration' : 'sole-speaker',
      confidence: 'high',
      cues: ['title-names-speaker'],
      opensTurn: false,
    }));
  }
  const narration = attributed.length > 0 ? document.lead : [...document.lead, ...document.body];

  // The document id needs the date, outlets and participants; anonymous participants are named after it.
  // Principals in the order they first speak, so a meeting's id follows its transcript.
  const firstSpoken = [...new Set(attributed.map((entry) => entry.speaker))];
  const byFirstWord = [...cast.members].sort((a, b) => rank(firstSpoken, a.id) - rank(firstSpoken, b.id));
  const id = boundId(context.reviewedId ?? documentId(context.date, kind, outlets, title, byFirstWord));
  const introduced = selfIntroduction(
    attributed.filter((entry) => entry.speaker === ANONYMOUS.interviewer).map((entry) => entry.text),
  );
  const introducedId = introduced
    ? (speakerOf(introduced, lexicon) ?? (introduced.includes(' ') ? slugify(introduced, 4) : null))
    : null;
  const speakerId = (speaker: string | null): string | null => {
    if (speaker === ANONYMOUS.interviewer) return introducedId ?? `${id}-interviewer`;
    if (speaker === ANONYMOUS.interviewee) return `${id}-interviewee`;
    if (speaker === ANONYMOUS.questioner) return `${id}-questioner`;
    if (speaker === ANONYMOUS.moderator) return `${id}-moderator`;
    if (speaker?.startsWith('@speaker-')) return `${id}-${speaker.slice(1)}`;
    return speaker;
  };

  const allocate = passageIdAllocator();
  const makePassage = (paragraph: Paragraph, text: string): Passage => ({
    id: allocate(text),
    text,
    lines: [paragraph.line, paragraph.endLine ?? paragraph.line],
    topics: tagPassage(text, context.topics),
  });
  const turns: Turn[] = [];
  if (narration.length > 0) {
    const passages = narration.map((paragraph) => makePassage(paragraph, paragraph.text));
    turns.push(
      makeTurn(null, null, undefined, 'narration', { method: 'narration', confidence: 'high', cues: [] }, passages),
    );
  }
  let questionOpen = false;
  for (const entry of attributed) {
    const current = turns.at(-1);
    const speaker = speakerId(entry.speaker);
    const made = makePassage(entry.paragraph, entry.text);
    if (entry.opensTurn || !current || current.speaker !== speaker) {
      const member = entry.speaker ? cast.member(entry.speaker) : undefined;
      const role = turnRole(member, entry.text, questionOpen);
      if (role === 'question') questionOpen = true;
      turns.push(
        makeTurn(
          speaker,
          entry.label,
          entry.labelLine,
          role,
          { method: entry.method, confidence: entry.confidence, cues: entry.cues },
          [made],
        ),
      );
    } else {
      current.passages.push(made);
      if (entry.confidence === 'low') current.decidedBy.confidence = 'low';
    }
  }

  // Quoted speech in the publisher's text: all of a report's, and the lead of a transcript ("“Every
  // hour a ship sits outside …,” he told The Straits Times"), whose subject is the one who answers.
  {
    const narrated =
      attributed.length === 0
        ? turns.filter((turn) => turn.speaker === null).flatMap((turn) => turn.passages)
        : turns[0]?.speaker === null && turns[0].role === 'narration'
          ? turns[0].passages
          : [];
    const resolveQuoted = (name: string) => speakerId(cast.resolveQuoted(name)?.id ?? null);
    const subject = speakerId(
      cast.members.find((member) => member.role === 'principal' || member.role === 'interviewee')?.id ?? null,
    );
    const quotes = attributeQuotes(
      narrated.map((passage) => passage.text),
      { resolve: resolveQuoted, subject },
    );
    narrated.forEach((passage, at) => {
      // Over a transcript, a quotation with no speech verb beside it is the page's display, a
      // headline's or a pull quote's, not a report of what was said.
      const spans = (quotes[at] ?? []).filter((span) => attributed.length === 0 || span.confidence === 'high');
      if (spans.length > 0) passage.quotes = spans;
    });
  }

  const speaking = new Set<string>();
  for (const turn of turns) if (turn.speaker) speaking.add(turn.speaker);
  for (const turn of turns)
    for (const passage of turn.passages) for (const quote of passage.quotes ?? []) speaking.add(quote.speaker);
  const participants = cast.members
    .map((member) => ({ member, speaker: speakerId(member.id) as string }))
    .filter(({ member, speaker }) => speaking.has(speaker) || (!talking && member.role === 'principal'));
  const quotedOnly = (speaker: string) => !turns.some((turn) => turn.speaker === speaker);

  const outletName = (outletId: string | undefined) =>
    outletId
      ? (context.outlets.entries.get(outletId)?.name ?? discovered.find((outlet) => outlet.id === outletId)?.name)
      : undefined;
  const mainOutlet = outletName(outlets[0]?.id);
  const speakers: Speaker[] = participants.map(({ member, speaker }) => {
    const entry = context.speakerRegistry.get(speaker);
    const labels = new Set<string>();
    for (const turn of turns)
      if (turn.speaker === speaker && turn.label && !/^[-–—‒]$/u.test(turn.label.trim())) labels.add(turn.label);
    return {
      id: speaker,
      name:
        entry?.name ??
        member.name ??
        (speaker === introducedId && introduced ? introduced : anonymousName(member, introduced, mainOutlet, kind)),
      aliases: entry?.aliases ?? [],
      url: SITE_ROUTES.speaker(speaker),
      description: entry?.description ?? anonymousDescription(member, title, introduced, kind),
      anonymous: member.id.startsWith('@') && !(speaker === introducedId && introduced),
      labels: [...labels].map((label) => ({ document: id, label })),
    };
  });

  const explanations: Explanation[] = attributed.map((entry) => ({
    line: entry.paragraph.line,
    speaker: speakerId(entry.speaker),
    method: entry.method,
    confidence: entry.confidence,
    cues: entry.cues,
    text: entry.text,
  }));

  const built: CorpusDocument = {
    id,
    kind,
    kindEvidence: kindDecision.evidence,
    convention: { name: convention.name, evidence: conventionEvidence(convention, oneSided) },
    title,
    titleDerived: derived,
    url: SITE_ROUTES.document(id),
    date: context.date,
    outlets,
    participants: participants.map(({ member, speaker }) => ({
      speaker,
      role: quotedOnly(speaker) && talking ? 'quoted' : member.role,
    })),
    source: {
      file: document.file,
      startLine: document.startLine,
      endLine: document.endLine,
      titleLine: document.title?.line ?? null,
      address: context.address,
    },
    turns,
  };
  return { document: built, speakers, discoveredOutlets: discovered, usedCorrections, errors, explanations };
}

function conventionEvidence(convention: ConventionDecision, oneSided: boolean): string {
  return oneSided
    ? `${convention.evidence}; only one side is labelled, so an unlabelled paragraph after a label is the reply`
    : convention.evidence;
}

/** "Q", "Question", "Reporter": the words of press conferences, where each question is its own turn. */
function isQuestionWord(name: string): boolean {
  // The same in the languages the role lexicon reads (data/roles.yaml): "Pregunta", "Soru", "Ερ.", "Wartawan",
  // folded as fold() leaves them (no marks, no full stops).
  return /^(?:q|question|questions|reporter|reporters|journalist|audience member|member of the audience|participant|remark|pregunta|pergunta|domanda|frage|vraag|fraga|pytanie|soru|pertanyaan|ερ|ερωτηση|journaliste|periodista|jornalista|giornalista|dziennikarz|dziennikarka|redaktor|redaktorka|gazeteci|muhabir|wartawan|δημοσιογραφος)$/u.test(
    fold(withoutNote(name)),
  );
}

/** As many questions as make a conversation of the stretch between them. */
const SPAN_QUESTIONS = 4;

/** An unmarked text that is a conversation all the same: questions put to someone, and replies in the first person. */
function soundsLikeConversation(observations: readonly Observation[]): boolean {
  const all = observations.filter((observation) => !observation.nonSpeech);
  // The talk is where its questions are, with the answer to the last: the page's share links and
  // footer around it say nothing of it. A report's box of two or three questions is no talk.
  const asks = (observation: Observation) => observation.cues.includes('question');
  const questions = all.filter(asks).length;
  const spoken = questions >= SPAN_QUESTIONS ? all.slice(all.findIndex(asks), all.findLastIndex(asks) + 2) : all;
  if (spoken.length < 4) return false;
  const firstPerson = spoken.filter((observation) => !isNarrative(observation.text)).length;
  return questions >= 2 && questions >= spoken.length / 6 && firstPerson >= spoken.length / 2;
}

/**
 * A label counts when it is shaped like a name or role and names someone, or when the document
 * confirms it: it recurs, or it is the short form of a name the document prints. A lone word that
 * names no one ("Note:", "UPDATE:"), an outlet ("Washington Post:") or a place used once is text.
 */
function confirmLabels(
  observations: readonly Observation[],
  lexicon: Lexicon,
  introduction: readonly Paragraph[],
  outlets: OutletMatcher,
  headline: string | null,
): Observation[] {
  const counts = new Map<string, number>();
  const fullNames: string[] = [];
  const givenNames: string[] = [];
  const labelKey = (name: string) => fold(withoutNote(name));
  for (const observation of observations) {
    if (!observation.labelName || observation.labelLine !== undefined) continue;
    const key = labelKey(observation.labelName);
    counts.set(key, (counts.get(key) ?? 0) + 1);
    if (observation.sureLabel) {
      const person = readLabelName(observation.labelName, lexicon).person;
      if (person?.given) {
        fullNames.push(person.surname);
        givenNames.push(person.given.split(' ')[0] ?? '');
      }
    }
  }
  const introText = fold(introduction.map((paragraph) => paragraph.text).join(' '));
  const introSurnames = new Set(
    introduction.flatMap((paragraph) => namesIn(paragraph.text, lexicon).map((person) => person.surname)),
  );
  const labelCount = observations.filter((observation) => observation.labelName && observation.sureLabel).length;
  // "Field Notes Short: What Happens When a River Comes Back?" over the page: its series' name before
  // another episode's title ("Field Notes Short: A Year of Wildfire Smoke") is no speaker.
  const series = headline?.includes(':') ? fold(headline.slice(0, headline.indexOf(':'))) : null;
  // Whether a label names an outlet, read once per label: a page's labels come back turn after turn.
  const outletNames = new Map<string, boolean>();
  return observations.map((observation) => {
    const name = observation.labelName;
    if (!name || observation.labelLine !== undefined) return observation;
    const key = labelKey(name);
    if (key === series && inTitleCase(observation.text) && !/[.!]$/u.test(observation.text.trim()))
      return unlabel(observation);
    const recurs = (counts.get(key) ?? 0) >= 2;
    const known = roleOf(name, lexicon) !== null || speakerOf(name, lexicon) !== null;
    if (known) return observation;
    let outletName = outletNames.get(name);
    if (outletName === undefined) {
      outletName =
        matchRegistered(name, outlets) !== null ||
        namedOutlets(`interview with ${name}`).some((named) =>
          /TV|Radio|Post|Times|News|Agency|Journal/u.test(named.name),
        );
      outletNames.set(name, outletName);
    }
    const place = lexicon.places.prefix(key.split(' ')) === key.split(' ').length;
    if (lexicon.notSpeakers.has(key)) return unlabel(observation);
    // "CCTV: Could you share …?": at a briefing, reporters are often labelled by their outlet.
    const asksAmongLabels = observation.cues.includes('question') && labelCount >= 2;
    if (outletName && asksAmongLabels) return { ...observation, sureLabel: true };
    if ((outletName || place) && !recurs) return unlabel(observation);
    if (observation.sureLabel) {
      // A name-shaped label used once in a text that has no other labels is more likely a sentence's start.
      if (!recurs && labelCount < 2 && !introText.includes(key)) return unlabel(observation);
      return observation;
    }
    // A lone word is a label when it recurs, is the surname of someone the document names, or the
    // given name of someone a label names in full ("Rogério:" after "Jornalista Rogério Baptista:").
    const surname = key.split(' ').at(-1) ?? '';
    if (
      recurs ||
      fullNames.includes(surname) ||
      (!key.includes(' ') && givenNames.includes(key)) ||
      (introSurnames.has(key) && labelCount >= 1)
    )
      return { ...observation, sureLabel: true };
    return unlabel(observation);
  });
}

/**
 * A court reporter's numbered lines that carry on a labelled turn ("MR. WHITMORE: Mr. Chief Justice,
 * and may it" over "please the Court:"): a line of a paragraph, however short, until a heading in
 * capitals ("ORAL ARGUMENT OF …") or a note of what happened. The page's unnumbered header and
 * footer between two pages do not end the turn.
 */
function numberedLinesGoingOn(observations: readonly Observation[]): boolean[] {
  let inTurn = false;
  return observations.map((observation) => {
    if (!observation.paragraph.numbered) return false;
    if (observation.marker === 'label') {
      inTurn = true;
      return false;
    }
    const heading = /\p{Lu}/u.test(observation.text) && !/\p{Ll}/u.test(observation.text);
    // "(Whereupon, Exhibit 14 was marked for" over "identification.)": the reporter's note; not the
    // "(Pause)" while counsel waits for a document to come up on screen, after which she goes on.
    const pause = isRoomNote(observation.text);
    const note = observation.text.startsWith('(') && !pause;
    if ((observation.nonSpeech && !pause) || observation.marker !== 'none' || heading || note) inTurn = false;
    if (pause) return false;
    return inTurn;
  });
}

/** The end of namesAShow()'s pattern, which none of its matches lacks. */
const SHOW_WORD = /\s(?:Podcast|Show|Programme|Program)\b/iu;
/**
 * In a labelled transcript every turn has its label: what comes before the first one is the
 * publisher's (an introduction, an editor's note, a header such as "Interviewee: Ambassador …"),
 * unless it asks a question or the document is remarks or a briefing whose speaker opens unlabelled;
 * a short line without sentence punctuation anywhere is page furniture ("Geography", "Published").
 */
/** A sentence's last mark, in any script, perhaps inside a bracket or emphasis. */
const PUNCTUATED = new RegExp(`[${SENTENCE_END_MARKS}][)\\]）]?[*_]*\\s*$`, 'u');
/** A note in brackets, a reference code or a transcription's time mark printed after a sentence's end. */
const AFTER_THE_SENTENCE =
  /(?<=[.?!…])\s+[([][^()[\]]{1,80}[)\]]$|(?<!\s)\s+[([][^()[\]\s]{1,30}[)\]]$|\s+#\d{1,2}:\d{2}:\d{2}(?:-\d)?#$/u;

function markPublishersText(observations: readonly Observation[], kind: DocumentKind, cast: Cast): Observation[] {
  // "… for the rest of the day. (S6F-03841)", "… I appear for the respondent. (instructed by Harcourt
  // Lane Lawyers)", "… pro Patient? #00:01:44-0#": a reference, a note in brackets or a transcription's
  // time mark after the sentence does not end it.
  const unpunctuated = (text: string) => !PUNCTUATED.test(text.replace(AFTER_THE_SENTENCE, '')) && !brokenOff(text);
  // "THE COURT: Good morning. Mr. Brand, call your" over "witness.": a line that wraps goes on below.
  const wraps = (index: number) => /^\p{Ll}/u.test(observations[index + 1]?.text ?? '');
  const firstTurn = observations.findIndex(
    (observation, index) => observation.marker === 'label' && (!unpunctuated(observation.text) || wraps(index)),
  );
  const principal = cast.members.some((member) => member.role === 'principal' && member.settled);
  // Any word of the name: "Kang added …" of "Kang Min-ju", whose family name Korean prints first.
  const principalNames = cast.members.flatMap((member) =>
    member.role === 'principal' && member.person
      ? fold(member.person.display)
          .split(' ')
          .filter((word) => word.length >= 3)
      : [],
  );
  // Whether a paragraph that speaks (in the first or second person, or greeting) comes later in the
  // unlabelled opening: a note on the event after the speech's last such words is the
  // publisher's ("Questions from the media followed.").
  const speaksToHearers = (text: string) =>
    !isNarrative(text) || /(?:^|[.!?]\s+)(?:We|Our|Us|You|Your)\b/u.test(withoutQuotations(text));
  const speechFollows: boolean[] = new Array<boolean>(observations.length).fill(false);
  for (let at = Math.min(firstTurn === -1 ? 0 : firstTurn, observations.length) - 2; at >= 0; at--) {
    const next = observations[at + 1] as Observation;
    speechFollows[at] =
      speechFollows[at + 1] === true || (!next.nonSpeech && next.marker === 'none' && speaksToHearers(next.text));
  }
  /** Whether an unlabelled paragraph before the first turn is the publisher's introduction. */
  function openingIsPublishers(observation: Observation, index: number): boolean {
    const asks = observation.cues.includes('question');
    // An interview's or a meeting's opening is the publisher's unless it asks or addresses someone.
    if (kind === 'interview' || kind === 'meeting' || (!principal && !PRESS_EVENTS.has(kind)))
      return !asks && !/^(?:Mr|Ms|Mrs|Madam|Dr)\.?\s/u.test(observation.text);
    // At a press event, an opening in the first person ("When I stood on the steps …") is its
    // speaker's statement, named or not; one that speaks of the principal by name ("Prime Minister
    // Lawrence Wong spoke to the media after …") is the publisher's.
    if (!isNarrative(observation.text)) return false;
    // "The briefing was held at the Ministry's conference hall …": the publisher on the event itself.
    const reported = EVENT_REPORTED.test(observation.text) || namesPrincipal(observation.text);
    if (principal) return reported;
    // Whoever speaks unnamed: once the opening has begun to speak ("Good afternoon."), what follows
    // without a label, up to its last words in the first person, goes on speaking ("Over the last
    // four days, the storm has …"), unless it tells of someone ("The Minister then took questions.",
    // "Hartwell said …") or quotes them; after those, "Questions from the media followed." is the publisher's.
    if (speaking)
      return (
        !speaksToHearers(observation.text) &&
        (reported || TOLD_OF.test(observation.text) || (!speechFollows[index] && EVENT_NOTE.test(observation.text)))
      );
    return !asks;
  }
  const namesPrincipal = (text: string) => {
    const spaced = ` ${fold(text.replace(/['’]s\b/gu, ''))} `;
    return principalNames.some((name) => spaced.includes(` ${name} `));
  };
  // A speech begins by greeting its hearers, not with a "we" that may be the publisher's ("Every month we put …").
  const beginsSpeech = (text: string) => !/[“”"«»]/u.test(text) && GREETING.test(text);
  const goesOn = numberedLinesGoingOn(observations);
  const lastMarked = observations.findLastIndex((observation) => observation.marker !== 'none');
  let speaking = false;
  return afterTheFooter(
    observations.map((observation, index) => {
      if (observation.nonSpeech) return observation;
      const beforeFirst = firstTurn !== -1 && index < firstTurn;
      if (
        observation.marker === 'label' &&
        observation.labelLine === undefined &&
        (firstTurn === -1 || index < firstTurn) &&
        unpunctuated(observation.text) &&
        !wraps(index) &&
        // ">> MODERATOR: Good evening and welcome": a caption's turn, however it is punctuated.
        !observation.paragraph.text.trimStart().startsWith('>>')
      ) {
        // "Interviewee: Ambassador Margaret Oyelaran (ret.), former …" names who holds a role.
        if (observation.labelName) cast.nameRole(observation.labelName, observation.text);
        return { ...unlabel(observation), nonSpeech: true };
      }
      // "– Proyecto de ley …", "– Aprobado.": a sitting's summary lists its items after dashes, above its
      // first turn; they are read as its other opening paragraphs are.
      const summaryItem = kind === 'meeting' && beforeFirst && observation.marker === 'dash';
      if (observation.marker !== 'none' && !summaryItem) return observation;
      // "Bismillah ir Rahman ir Rahim": a salutation alone, however short, is no heading ("Thank you to
      // Legion volunteers" over a member's statement is).
      if (isFragment(observation.text) && !goesOn[index] && !SALUTATION.test(observation.text.trim()))
        return { ...observation, nonSpeech: true };
      // "Editor's note: …" wherever it stands; "20:30 Can repair scale?": a chapter of a recording,
      // a heading of one short sentence ("[00:02:37] Finally, we reaffirmed …, and …" is still speech).
      const editorsNote = observation.rejectedLabel !== null && /\beditor/iu.test(observation.rejectedLabel);
      const timed = /^[[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?\s+(.*)$/u.exec(observation.text)?.[1];
      const chapter = timed !== undefined && timed.split(/\s+/u).length <= 12 && !/[.!?…]\s+\S/u.test(timed);
      if (editorsNote || chapter || ROLL_CALL.test(observation.text)) return { ...observation, nonSpeech: true };
      // After an elision mark, a paragraph in the third person is the publisher's
      // ("<…>" then "The talks continued in an expanded format.").
      const previous = observations[index - 1];
      if (previous && ELISION.test(previous.paragraph.text.trim()) && isNarrative(observation.text))
        return { ...observation, nonSpeech: true };
      // After "This brings us to the end of the press conference.", "The two Presidents later held a
      // closed-door meeting …": the publisher telling what followed, once the event is over (not the
      // chair's "Lunch will be served on the terrace", nor an anchor's words before the next turn).
      if (
        previous &&
        index > lastMarked &&
        CLOSES_EVENT.test(previous.paragraph.text.trim()) &&
        isNarrative(observation.text) &&
        TOLD_AFTERWARDS.test(observation.text)
      )
        return { ...observation, nonSpeech: true };
      // "Following his statement, Minister Kağıtçıbaşı answered questions from journalists.": the
      // publisher between the statement and the questions, in the third person.
      if (AFTER_REMARKS.test(observation.text) && isNarrative(observation.text))
        return { ...observation, nonSpeech: true };
      if (!beforeFirst) return observation;
      if (openingIsPublishers(observation, index)) return { ...observation, nonSpeech: true };
      if (PRESS_EVENTS.has(kind) && beginsSpeech(observation.text)) speaking = true;
      return observation;
    }),
  );
}

/**
 * A paragraph that tells of someone: opening with an office ("The Minister then …") or a list's
 * bullet, quoting, or saying who said what ("Hartwell said …", "• Tasker, the chief executive, said …").
 */
const TOLD_OF =
  /^(?:The (?:Prime Minister|President|Premier|Chancellor|Minister|Secretary|Governor|Mayor|Spokesperson|Press Secretary)\b|[•*·▪]\s)|[“”"«»]|\b(?:said|says|added|adds|told|noted|stressed|stated|insisted|announced|concluded|(?:answered|took|then took) questions|(?:after|following) (?:his|her|their) (?:statement|remarks|speech))\b/iu;
/** The last sentence of a turn that ends the event: "This brings us to the end of the press conference.", "The meeting is adjourned." */
const CLOSES_EVENT =
  /(?:^|[.!?]\s+)(?:(?:This|That) (?:brings us to the end of|concludes|ends) (?:the|this|our|today['’]s) (?:press conference|news conference|briefing|session|meeting|hearing|sitting|event)|The (?:meeting|session|sitting|hearing|press conference|briefing) is (?:adjourned|closed|concluded))\b[^.!?]*[.!?]$/u;

/** What the publisher tells of the time after an event: "… later held …", "… afterwards …". */
const TOLD_AFTERWARDS = /\b(?:later|afterwards|subsequently|thereafter)\b/u;

const AFTER_REMARKS =
  /^(?:[Aa]fter|[Ff]ollowing) (?:his|her|their|the) (?:statement|remarks|speech|address),\s+(?:the\s+)?(?:\p{Lu}[\p{L}\p{M}'’.-]*\s+){1,5}(?:then\s+)?(?:answered|took|responded to) (?:the\s+)?(?:journalists['’]\s+|reporters['’]\s+)?questions\b/u;

/** The publisher on the event after a speech: "Questions from the media followed.", "A recording … is available …". */
const EVENT_NOTE =
  /\b(?:questions? (?:from|followed)|followed by (?:a )?questions?|(?:is|are) available\b|recording of the\b|(?:full|whole) (?:briefing|press conference|video|recording)\b)/iu;

/**
 * Dashes that open questions only: at least three, all but one of them ask, and each is answered
 * by an unmarked paragraph, never by another dash (where both sides take a dash, an answer's
 * rhetorical "Honestly?" would make it look like a question).
 */
function dashesOnlyAsk(observations: readonly Observation[]): boolean {
  const spoken = observations.filter((observation) => !observation.nonSpeech);
  const dashed = spoken.filter((observation) => observation.marker === 'dash');
  const asking = dashed.filter(
    (observation) =>
      observation.cues.includes('question') ||
      observation.cues.includes('contains-question') ||
      observation.cues.includes('asks'),
  );
  const dashAfterDash = spoken.some(
    (observation, at) => at > 0 && observation.marker === 'dash' && spoken[at - 1]?.marker === 'dash',
  );
  return dashed.length >= 3 && asking.length >= dashed.length - 1 && !dashAfterDash;
}

const EVENT_REPORTED =
  /^The (?:briefing|press briefing|press conference|news conference|interview)\b[^.]{0,60}\b(?:was|is) (?:held|conducted|attended|organi[sz]ed|broadcast|chaired)\b/iu;

/** How many lines of page furniture in a row end a transcript: the links, tags and menus of a footer. */
const FOOTER_RUN = 3;

/**
 * After the last labelled turn, a sentence under a run of the page's furniture ("Sign up",
 * "Impressum", "Datenschutz", then "Get the best of … in your inbox every Friday.") is the footer's,
 * not the last speaker's words going on.
 */
function afterTheFooter(observations: Observation[]): Observation[] {
  // The last labelled turn that says a sentence: "DER SPIEGEL GmbH & Co. KG" in the footer opens
  // with a label's words but says none.
  const lastTurn = observations.findLastIndex(
    (observation) =>
      observation.marker !== 'none' && /[.?!…"”’)]\s*$/u.test(observation.text.replace(/[*_]+\s*$/u, '')),
  );
  // Remarks printed whole under their title, with no label at all, have no last turn to end.
  if (lastTurn === -1) return observations;
  let run = 0;
  let spoken = observations[lastTurn] as Observation;
  return observations.map((observation, index) => {
    if (index <= lastTurn) return observation;
    if (observation.nonSpeech) {
      // "[Applause]", "(Laughter)": the room, not the page's furniture.
      if (!isRoomNote(observation.text)) run++;
      return observation;
    }
    // "Four things, and I will repeat them …" over the four: a list the speaker announced is theirs.
    if (run >= FOOTER_RUN && !LIST_ANNOUNCED.test(spoken.text)) return { ...observation, nonSpeech: true };
    run = 0;
    spoken = observation;
    return observation;
  });
}

const LIST_ANNOUNCED =
  /:\s*$|\b(?:the following|(?:two|three|four|five|six|seven|eight|nine|ten|\d+) (?:things|points|items|steps|measures|priorities|questions|rules))\b/iu;

/** "Present: the Prime Minister, …", "Officers present:": who attended, as the record lists them. */
const ROLL_CALL = /^(?:(?:also |officers |members )?present|attendees|attending|participants|in attendance)\s*:/iu;

/** "A and B", "A, B & C": a credit to several people, which names no one asker. */
/** Two names or more: "A and B", and as the credits abroad join them ("et", "y", "e", "und", "i", "и"). */
const SEVERAL = /,|&|(?<![\p{L}])(?:and|et|y|e|und|i|и)(?![\p{L}])/u;

/** "By Nadia Ferrante", "Written by: …", and with its colon abroad: "Par : Sophie Delaunay-Traoré" (RFI), "Por:", "Von:". */
const SIGNATURE = /^(?:By|by|BY|(?:Written|Reported) by:?|(?:Par|Por|Von|Door|Av|Af)\s?:)\s+/u;
/** The author's field signs the page too, but below the interview's own credit ("Das Gespräch führte …"). */
const AUTHOR_FIELD = /^(?:Author|Autor|Autorin|Auteur|Autore|Автор|Авторка)\s?:\s+/u;

/** The one author a byline names ("By Nadia Ferrante"); none for several ("By A and B") or for the paper's team. */
function signedBy(document: RawDocument, lexicon: Lexicon, signature = SIGNATURE): PersonName | null {
  // A lower-case "by" stays in the lead (a book's credit is the lead's), and signs only as below.
  // "Written by: Aditi Raghunathan", as NDTV and other sites sign a story.
  const signed = [...document.bylines, ...document.navigation, ...document.lead].filter((paragraph) =>
    signature.test(paragraph.text),
  );
  const byline = signed[0];
  // "By Ilse Vandamme | Euractiv", "By Ilse Vandamme · 6 min read": the name before the separator.
  const text =
    byline?.text
      .replace(signature, '')
      .replace(/\s+[|·•]\s+.*$/u, '')
      .trim() ?? '';
  if (!byline || !text || signed.length > 1 || SEVERAL.test(text) || STAFF_SIGNATURE.test(text)) return null;
  const person = readLabelName(text, lexicon).person;
  // "by Niamh Caffrey" under a book's title credits the book: a lower-case "by" signs the page only
  // with the date or the writer's post right under it ("by Daisuke Mori" over "Staff writer").
  if (/^by\s/u.test(byline.text)) {
    const next = [...document.navigation, ...document.lead, ...document.datelines, ...document.body]
      .filter((paragraph) => paragraph.line > byline.line)
      .sort((a, b) => a.line - b.line)[0];
    // A short line with a date ("March 4, 2025 7:00 AM EST", "Published 4 June 2024"), or a post.
    const dated =
      next !== undefined &&
      next.line === byline.line + 1 &&
      (WRITERS_POST.test(next.text.trim()) || (spacedWords(next.text) <= 8 && findStatedDate(next) !== null));
    if (!dated || ` ${fold(document.title?.text ?? '')} `.includes(` ${person?.surname ?? ''} `)) return null;
  }
  return person?.given ? person : null;
}

/**
 * Whom the author's field names ("Автор: Жана Петкова"), unless the site is theirs: "Author: Anna
 * Berg" on "Anna Berg Research Group"'s pages is the researcher writing up her own interview.
 */
function authorField(document: RawDocument, lexicon: Lexicon): PersonName | null {
  const author = signedBy(document, lexicon, AUTHOR_FIELD);
  if (author === null) return null;
  return siteName(document).some((name) => ` ${name} `.includes(` ${author.key} `)) ? null : author;
}

/** The writer's post after a byline's name: ", Contributing writer", ", Nikkei staff writer"; not a columnist, who answers readers. */
const WRITERS_POST_AFTER =
  /,\s*(?:[\p{L}-]+\s+)?(?:(?:staff|senior|chief|contributing|special)\s+)?(?:writer|reporter|correspondent|editor)s?\s*$/iu;

/** The writer's post a news site prints under the byline: "Staff writer", "Senior correspondent". */
const WRITERS_POST = /^(?:Staff|Senior|Chief|Contributing|Special)?\s*(?:writer|reporter|correspondent|editor)\b/iu;

/**
 * "O Orador: —", "A Oradora: —": the member who has the floor, speaking again after an interjection,
 * as Portugal's Assembleia da República prints it.
 */
const FLOOR_HOLDER = /^(?:o orador|a oradora)$/u;

/**
 * Who holds the floor, whom "O Orador: —" names again once an interjection is over: the member the
 * chair gives the floor to by name ("tem a palavra o Sr. Deputado Tomás Aragão Pires"), not one who
 * heckles first; before the chair names anyone, the first member to speak.
 */
function floorKeeper() {
  let floor: string | null = null;
  let chairWords: string | null = null;
  let chairSpeaking = false;
  return {
    holder: () => floor,
    /** An unlabelled paragraph: the chair's words go on. */
    hears(observation: Observation): void {
      if (chairSpeaking && !observation.nonSpeech) chairWords = `${chairWords ?? ''} ${fold(observation.text)}`;
    },
    /** A labelled paragraph, with the member its label names (none for "O Orador" itself). */
    speaks(observation: Observation, member: CastMember | null): void {
      chairSpeaking = member?.role === 'moderator';
      if (chairSpeaking) chairWords = fold(observation.text);
      if (!member || chairSpeaking) return;
      const surname = member.person?.surname;
      const named = surname !== undefined && chairWords !== null && ` ${chairWords} `.includes(` ${surname} `);
      if (named || floor === null) floor = member.id;
      if (named) chairWords = null;
    },
  };
}

/** The post a paper prints under its writer's name, with the place or desk it covers: "Indonesia Correspondent". */
const DESK_POST = /^(?:\p{Lu}[\p{L}-]+ ){1,2}(?:Correspondent|Reporter|Editor|Writer)$/u;

// "عمان 19 آذار (بترا)- حاورته: ديما العبادي": after an agency's dateline and its dash too.
const CREDIT_LINE = new RegExp(String.raw`(?:^|\)\s*[-–—]\s*)${CREDITED_BY}(.+?)\.?$`, 'iu');
/**
 * CREDIT_LINE where the text has no closing bracket, so that only its start can open a credit: the
 * same match, without trying the case-insensitive alternation at every place of a long paragraph.
 */
const CREDIT_LINE_AT_START = new RegExp(String.raw`^${CREDITED_BY}(.+?)\.?$`, 'iu');

/** "Interviewed by Olena Kovalenko" on a line of its own, often under the last answer: who asked. */
function creditedBy(document: RawDocument, lexicon: Lexicon): PersonName | null {
  const site = siteName(document);
  const credits = [...document.lead, ...document.body].flatMap((paragraph) => {
    // "… **সাদিয়া আফরিন**": the name in bold.
    const text = paragraph.text.trim();
    let named = (text.includes(')') ? CREDIT_LINE : CREDIT_LINE_AT_START)
      .exec(text)?.[1]
      ?.replace(/^(\*\*|__)(.+)\1$/u, '$2');
    // "Interviewed by Manizha Rahimova, NIAT "Khovar"": one journalist and the agency she works for.
    const [head, tail] = named?.split(/,\s*(.*)/su) ?? [];
    if (tail && !/\band\b|&/u.test(tail) && (site.some((name) => fold(tail).includes(name)) || MEDIA_WORD.test(tail)))
      named = head;
    const person = named && !SEVERAL.test(named) ? readLabelName(named, lexicon).person : null;
    return person?.given && !STAFF_SIGNATURE.test(named ?? '') ? [person] : [];
  });
  // Printed over the text and again under it, it is still one journalist's credit.
  return new Set(credits.map((person) => person.key)).size === 1 ? (credits[0] as PersonName) : null;
}

/** The site's own name, as the first line of a page prints it above everything else ("Ukrinform", "PREMIUM TIMES"). */
function siteName(document: RawDocument): string[] {
  // "Zum Inhalt springen", "Skip to content": a reader's link to the text comes before the site's name.
  const lines = document.navigation.map((paragraph) => paragraph.text.trim());
  const first = (SKIP_LINK.test(lines[0] ?? '') ? lines[1] : lines[0]) ?? '';
  return /^\p{Lu}[\p{L}\p{M}&'’.-]*(?: \p{Lu}[\p{L}\p{M}&'’.-]*){0,3}$/u.test(first) ? [fold(first)] : [];
}

/** The word an edition of a title adds to its name. */
const EDITION = /^(?:international|english|online|global|edition|world|plus|digital)$/u;
const SKIP_LINK =
  /^(?:skip to|jump to|zum inhalt|direkt zum|aller au|passer au|ir al|vai al|salta al|saltar a|przejdź do)\b/iu;

/** "The Economist:", "DER SPIEGEL:", "LE MONDE:": a title's article, in any language, folded. */
const TITLE_ARTICLE = /^(?:the|der|die|das|le|la|el|il) /u;

/**
 * A label that is the page's own outlet: its name ("Ukrinform:", the site's name atop the page) or
 * the initials of an outlet the document names ("PT:" for Premium Times); a site's first line alone
 * ("Prime Minister") lends no initials, or "PM:" would lose its speaker.
 */
function namesThePage(label: string, siteNames: readonly string[], outletNames: readonly string[]): boolean {
  // A title's article is no part of the name.
  const key = fold(label.replace(/[*_]/gu, '')).replace(TITLE_ARTICLE, '');
  if (!key) return false;
  const wordsOf = (name: string) => name.replace(TITLE_ARTICLE, '').split(' ').filter(Boolean);
  if ([...siteNames, ...outletNames].some((name) => wordsOf(name).join(' ') === key)) return true;
  // "SPIEGEL International", "WOCHE English": the site is the title and an edition's word after it.
  if (!key.includes(' ') && siteNames.some((name) => wordsOf(name).length === 2 && wordsOf(name)[0] === key))
    return true;
  // …and the other way round: "SPIEGEL International:" on the page of "DER SPIEGEL".
  const [head, edition, ...more] = key.split(' ');
  if (
    more.length === 0 &&
    edition &&
    EDITION.test(edition) &&
    siteNames.some((name) => wordsOf(name).join(' ') === head)
  )
    return true;
  if (!/^\p{Lu}{2,4}$/u.test(label.replace(/[*_:\s]/gu, ''))) return false;
  return outletNames.some((name) => {
    const words = wordsOf(name);
    return words.length >= 2 && initialsOf(words.filter((word) => !SMALL_WORDS.has(word))) === key.replace(/\s/gu, '');
  });
}

/**
 * "Hannah Cole" alone on a line under the standfirst, as news sites sign a page: a person's full
 * name, printed before the first turn, whom the headline does not name (the headline names the
 * interviewee).
 */
function nameLineByline(document: RawDocument, lexicon: Lexicon): PersonName | null {
  const title = fold(document.title?.text ?? '');
  // "Rohit Khanna / TNN / Updated: Jan 14, 2025": the name before the agency and the time.
  const signature = (printed: string) => {
    // "PICHAYA SRIWONG, Contributing writer": the name before the writer's post; "**Selin Aydoğan -
    // ANKARA**": in bold, with the city it was filed from.
    const text = printed
      .replace(/^[*_]{1,2}(.+?)[*_]{1,2}$/u, '$1')
      .replace(/\s+[-–—]\s+\p{Lu}{2,}(?:[\s-]\p{Lu}{2,})*$/u, '')
      .replace(WRITERS_POST_AFTER, '');
    const [first, ...rest] = text.trim().split(/\s+[/|]\s+/u);
    return rest.length > 0 && /\d|updated|published/iu.test(rest.join(' ')) ? (first ?? '') : text.trim();
  };
  const lines = [...document.lead, ...document.body.slice(0, 6)].filter(
    (paragraph) =>
      /^\p{Lu}[\p{L}\p{M}'’-]+(?: \p{Lu}[\p{L}\p{M}'’-]+){1,2}$/u.test(signature(paragraph.text)) &&
      !DESK_POST.test(paragraph.text.trim()),
  );
  const people = lines
    .map((paragraph) => readLabelName(signature(paragraph.text), lexicon).person)
    .filter((person): person is PersonName => Boolean(person?.given) && !title.includes(person!.surname))
    // "GIFT THIS ARTICLE", "SHARE WITH FRIENDS": a button's words, not a name.
    .filter((person) => !person.key.split(' ').some((word) => JOINING_WORDS.has(word)));
  return people.length === 1 ? (people[0] as PersonName) : null;
}

/** The outlet a reporter's label names, if any: the label itself, its note, or what follows a comma. */
function reporterOutlet(
  label: string,
  member: CastMember,
  lexicon: Lexicon,
  cast: Cast,
  byline: PersonName | null,
): string | null {
  // "Mr Gareth Pollard (Kestrel Heath) (Con)": a member's seat and party, as parliaments print them, name no outlet.
  const seatAndParty = /[([][^()[\]]+[)\]]\s*[([][^()[\]]+[)\]]\s*$/u.test(label);
  const printedNote = seatAndParty ? null : (/[([]([^()[\]]+)[)\]]\s*$/u.exec(label)?.[1]?.trim() ?? null);
  // "Q. (By Ms. Okafor)": who examines the witness, as a deposition prints it, names no outlet.
  const note = printedNote !== null && /^by\s/iu.test(printedNote) ? null : printedNote;
  const bare = withoutNote(label).trim();
  const comma = bare.indexOf(',');
  // "Question from Dunyo news agency": where the question comes from; "Question from Social Media:"
  // says how it came, not who asked it.
  const from = questionSource(label, lexicon);
  const source = from && !/^social media$/iu.test(from) ? from : null;
  const candidates = [
    // "RFI :" for the anonymous reporter, or for the byline's journalist who asks under the masthead's name.
    // Not the masthead's initials ("DS:" under "Daily Sabah"), which name it in full elsewhere.
    ...((member.id.startsWith('@') ||
      (byline !== null && member.person?.key === byline.key && !cast.isMastheadInitials(bare.toLowerCase()))) &&
    !roleOf(bare, lexicon) &&
    cast.isOutletLabel(bare)
      ? [bare]
      : []),
    ...(source ? [source] : []),
    // "The Daily Star (TDS)": a note of the label's own initials names the outlet the label spells out.
    ...(note && initialsOf(bare.split(/\s+/u)).toUpperCase() === note ? [bare] : []),
    ...(note ? [note.split(NOTE_SEPARATOR).at(-1) ?? ''] : []),
    ...(comma > 0 ? [bare.slice(comma + 1)] : []),
  ];
  const staff =
    /(?:^|\s+)(?:international\s+)?(?:anchor|correspondent|reporter|host|journalist|editor|presenter|producer|columnist)s?$/iu;
  for (const candidate of candidates.map((text) => text.trim().replace(staff, '')).filter(Boolean)) {
    const person = readLabelName(candidate, lexicon).person;
    // "(retranslated)", "(via interpreter)", "(from the floor)", "(via Telegram)" are notes on the words
    // or how they came, and a person's name is no outlet.
    if (DELIVERY_NOTE.test(candidate)) continue;
    // "Tiina Haverinen sd (vastauspuheenvuoro)": a word in lower case that no registered outlet spells
    // is the kind of speech (a reply, a point of order), not who published it.
    if (/^\p{Ll}[\p{Ll}-]*$/u.test(candidate) && !cast.isOutletLabel(candidate)) continue;
    // "Tesfaye Gebremedhin, Addis Standard (QUESTION)": the note is the turn's role, not an outlet.
    if (roleOf(candidate, lexicon)) continue;
    // "M. Lachance (Olivier)": the Quebec National Assembly's note of the reporter's given name.
    if (member.person && ` ${fold(member.person.display)} `.includes(` ${fold(candidate)} `)) continue;
    const outletNote = candidate === note && cast.isOutletNote(note);
    if (person?.given && !outletNote && !cast.isOutletLabel(candidate)) continue;
    return candidate;
  }
  return null;
}

/** "MS. LEE: Good evening. My name is Rachel Lee, …": the name a label's first words give, by label. */
function selfIntroductions(observations: readonly Observation[]): Map<string, string> {
  const named = new Map<string, string>();
  for (const observation of observations) {
    if (!observation.labelName || named.has(observation.labelName)) continue;
    const said = OWN_NAME.exec(observation.text.slice(0, 200))?.[1];
    if (said) named.set(observation.labelName, said);
  }
  return named;
}

/** Not content-cues.ts's self-introduction cue, which marks any "my name is" as an asker's: this reads the name. */
const OWN_NAME =
  /^(?:[^.!?]{0,40}[.!?]\s+)?(?:[Mm]y name is|[Mm]y name['’]s|I am|I['’]m|[Tt]his is)\s+((?:\p{Lu}[\p{L}'’-]+\s+){1,2}\p{Lu}[\p{L}'’-]+)/u;

/** Each labelled turn's words, with the unlabelled paragraphs that follow it. */
function turnsOf(observations: readonly Observation[], fixed: ReadonlyMap<number, { speaker: string }>): VoiceTurn[] {
  const turns: VoiceTurn[] = [];
  observations.forEach((observation, index) => {
    const speaker = fixed.get(index)?.speaker;
    if (speaker) turns.push({ speaker, text: observation.text });
    else if (!observation.nonSpeech && observation.marker === 'none' && turns.length > 0) {
      const last = turns.at(-1) as VoiceTurn;
      last.text = `${last.text} ${observation.text}`;
    }
  });
  return turns;
}

/**
 * How many of each speaker's labelled turns end with a question, only hand out the floor, or run
 * long: who asks, who answers and who chairs.
 */
function questionShares(
  observations: readonly Observation[],
  fixed: ReadonlyMap<number, { speaker: string }>,
): Map<string, TurnShares> {
  const shares = new Map<string, TurnShares>();
  observations.forEach((observation, index) => {
    const speaker = fixed.get(index)?.speaker;
    if (!speaker) return;
    const entry = shares.get(speaker) ?? { turns: 0, questions: 0, floor: 0, long: 0 };
    entry.turns++;
    const asks = observation.cues.includes('question') || observation.cues.includes('contains-question');
    if (asks) entry.questions++;
    const words = spacedWords(observation.text);
    if (words > FLOOR_TURN_WORDS) entry.long++;
    else if (!asks && FLOOR_WORDS.test(observation.text)) entry.floor++;
    shares.set(speaker, entry);
  });
  return shares;
}

/** A turn this short that names the questions or the next speaker only hands out the floor. */
const FLOOR_TURN_WORDS = 20;
const FLOOR_WORDS = /\b(?:questions?|next|go ahead|the floor)\b/iu;

/** A `set: speaker` correction's speaker: a role word, or someone who takes part in this document. */
function correctedSpeaker(
  correction: Extract<Correction, { set: 'speaker' }>,
  cast: Cast,
  registry: ReadonlyMap<string, SpeakerEntry>,
): string | CorpusError {
  const role = ROLE_CORRECTIONS[correction.speaker];
  if (role) {
    const wanted = role === 'interviewee' ? ['interviewee', 'principal'] : [role];
    const member = cast.members.find((candidate) => wanted.includes(candidate.role));
    if (member) return member.id;
    return new CorpusError(
      'seeds/corrections.yaml',
      null,
      `the speaker correction for ${correction.file}:${correction.line} names the ${correction.speaker}, but that document has none; name a speaker id that takes part in it`,
    );
  }
  if (cast.member(correction.speaker)) return correction.speaker;
  const takingPart = cast.members.map((member) => member.id).filter((id) => !id.startsWith('@'));
  const known = registry.has(correction.speaker) ? 'who does not take part in that document' : 'which is no speaker id';
  return new CorpusError(
    'seeds/corrections.yaml',
    null,
    `the speaker correction for ${correction.file}:${correction.line} names “${correction.speaker}”, ${known}; use one of: ${[...takingPart, 'interviewer', 'interviewee'].join(', ')}`,
  );
}

function turnRole(member: CastMember | undefined, text: string, questionOpen: boolean): Turn['role'] {
  if (!member) return 'narration';
  if (member.role === 'interviewer' || member.role === 'questioner') return 'question';
  if (member.role === 'moderator') return /\?[\s"”’»)]*$/u.test(text) ? 'question' : 'statement';
  if (member.role === 'interviewee') return 'answer';
  return questionOpen ? 'answer' : 'statement';
}

function anonymousName(
  member: CastMember,
  introduced: string | null,
  outlet: string | undefined,
  kind: DocumentKind,
): string {
  switch (member.id) {
    case ANONYMOUS.interviewer:
      return introduced ? `${introduced}, ${outlet ?? 'journalist'}` : `${outlet ?? 'Unnamed'} interviewer`;
    case ANONYMOUS.interviewee:
      return 'Unnamed interviewee';
    case ANONYMOUS.questioner:
      // Reporters at a press event; elsewhere a voice from the floor ("Unknown Speaker", "Audience member").
      return PRESS_EVENTS.has(kind) ? 'Unnamed reporter' : 'Unnamed questioner';
    case ANONYMOUS.moderator:
      return 'Unnamed moderator';
    default:
      return member.name ?? member.id;
  }
}

function anonymousDescription(
  member: CastMember,
  title: string,
  introduced: string | null,
  kind: DocumentKind,
): string | null {
  switch (member.id) {
    case ANONYMOUS.interviewer:
      return `Journalist${introduced ? '' : ', unnamed,'} in “${title}”.`;
    case ANONYMOUS.interviewee:
      return `The person interviewed in “${title}”, whom the text does not name.`;
    case ANONYMOUS.questioner:
      return `${PRESS_EVENTS.has(kind) ? 'Reporters' : 'People'} who put questions in “${title}”; the transcript does not name them or tell them apart.`;
    case ANONYMOUS.moderator:
      return `The moderator of “${title}”, whom the transcript does not name.`;
    default:
      return member.id.startsWith('@speaker-')
        ? `An unnamed voice in “${title}”, numbered by the transcript as “${member.name}”.`
        : null;
  }
}

function makeTurn(
  speaker: string | null,
  label: string | null,
  labelLine: number | undefined,
  role: Turn['role'],
  decidedBy: Turn['decidedBy'],
  passages: Passage[],
): Turn {
  return {
    id: turnId(passages[0]?.id),
    speaker,
    label,
    ...(labelLine === undefined ? {} : { labelLine }),
    role,
    decidedBy: { ...decidedBy, cues: [...decidedBy.cues] },
    passages,
  };
}

export function documentTitle(document: RawDocument): { title: string; derived: boolean } {
  // "# Government Info: …": a Markdown copy's heading mark is no part of the headline's words.
  if (document.title) return { title: document.title.text.replace(/^#{1,6}\s+/u, ''), derived: false };
  const first = document.lead[0] ?? document.body[0];
  // The first sentence, less a turn's dash: "— Mr. President, how …" is titled "Mr. President, how …".
  const sentence = sentences((first?.text ?? document.file).replace(/^[-–—‒]\s*/u, ''))[0] ?? '';
  const words = sentence.split(/\s+/u);
  const title = words.length <= 30 ? sentence.replace(/[.]$/u, '') : `${words.slice(0, 20).join(' ')}…`;
  return { title, derived: true };
}

/** "My name is Yulia Sharifulina", said in the interviewer's first turns. */
function selfIntroduction(texts: readonly string[]): string | null {
  for (const text of texts.slice(0, 3)) {
    const match = /\bMy name is ((?:\p{Lu}[\p{L}'’-]+)(?: \p{Lu}[\p{L}'’-]+){0,2})/u.exec(text);
    if (match?.[1]) return match[1];
  }
  return null;
}

function rank(order: readonly (string | null)[], id: string): number {
  const at = order.indexOf(id);
  return at === -1 ? order.length : at;
}

/** Ids become folder names: long enough to read, never too long to write. */
const MAX_ID_LENGTH = 80;

export function boundId(id: string): string {
  if (id.length <= MAX_ID_LENGTH) return id;
  const cut = id.slice(0, MAX_ID_LENGTH);
  return cut.slice(0, cut.lastIndexOf('-') > 20 ? cut.lastIndexOf('-') : MAX_ID_LENGTH).replace(/-+$/u, '');
}

function documentId(
  date: DocumentDate,
  kind: DocumentKind,
  outlets: readonly { id: string; role: string }[],
  title: string,
  members: readonly CastMember[],
): string {
  const when = date.value ?? 'undated';
  const maker = outlets.find((outlet) => outlet.role !== 'published') ?? null;
  if (kind === 'interview' && maker) return `${when}-${maker.id}`;
  if (kind === 'meeting') {
    const names = members
      // A name with no Latin spelling has only a hash for an id ("person-98zufk"), which reads as nothing.
      .filter(
        (member) =>
          member.role === 'principal' && !member.id.startsWith('@') && !(member.name && !slugify(member.name)),
      )
      .map((member) => member.id.split('-').at(-1));
    if (names.length > 0) return `${when}-meeting-${names.join('-')}`;
  }
  const publisher = outlets[0]?.id;
  const words = slugify(
    title.replace(/\b(?:the|a|an|of|on|in|for|and|to|that|with|by|has|have|was|is|are|says|said)\b/giu, ' '),
    5,
  );
  // A title in a script with no Latin spelling (Japanese, Korean, Hindi) leaves no words: its hash
  // stands in for them, so that two such documents of one day do not share an id.
  const named = words || (title.trim() ? `t${contentHash(title, 6)}` : '');
  return [when, publisher, named].filter(Boolean).join('-');
}

/** "Remarks by Commissioner Katrin Vesterholm at the press conference on …": whose remarks open the page. */
const REMARKS_BY =
  /^(?:(?:opening|introductory|press|joint)\s+)?(?:remarks|statement|speech|address)\s+(?:by|of)\s+(.{3,120}?)(?=\s+(?:at|on|to|in|before|during|after|following|with)\s|[,:]|$)/iu;

/** The cast member a title names as giving the remarks that open it, before any label. */
/**
 * At a press event, the one principal opens an unlabelled page that begins by greeting its hearers
 * ("Assalam-o-Alaikum. Good afternoon and welcome to the weekly press briefing."): the welcome is
 * the briefer's, not a host's question.
 */
function greetingBriefer(kind: DocumentKind, observations: readonly Observation[], cast: Cast): string | undefined {
  if (!PRESS_EVENTS.has(kind)) return undefined;
  const first = observations.find((observation) => !observation.nonSpeech);
  if (!first || first.marker !== 'none' || !GREETING.test(first.text)) return undefined;
  // "My name is Sipho Dlamini … Minister, over to you.": whoever runs the event welcomes, and gives the floor.
  if (HANDS_OVER.test(first.text) || cast.members.some((member) => member.role === 'moderator')) return undefined;
  const principals = cast.members.filter((member) => member.role === 'principal');
  return principals.length === 1 ? principals[0]?.id : undefined;
}

/** A paragraph of nothing but a salutation: "Good afternoon.", "Bismillah ir Rahman ir Rahim", "Assalam-o-Alaikum." */
const SALUTATION =
  /^(?:Bismillah(?: ir[- ]Rahman ir[- ]Rahim)?|As-?salamu?(?:[- ]o)?[- ]?(?:alaikum|alaykum|aleikum)|Good (?:morning|afternoon|evening)(?:,? (?:everyone|all))?|Hello(?:,? everyone)?|Ladies and gentlemen)[.!,]?$/iu;

/** "CHAIRMEN: Senator Anders Dahlquist", "MEMBERS PRESENT:": a role in capitals, then names with no sentence's end. */
const ROSTER_LINE = /^\p{Lu}[\p{Lu} ]{2,40}:(?:\s+[^.?!]*)?$/u;

/** A welcome that introduces its own speaker or hands the floor to someone else. */
const HANDS_OVER =
  /\b(?:my name is|over to you|hand (?:it |the floor )?over|(?:I|we) (?:now )?(?:invite|call (?:up)?on|give the floor|welcome to the podium))\b/iu;

function remarksBy(title: string | null, members: readonly CastMember[], lexicon: Lexicon): string | undefined {
  const named = title ? REMARKS_BY.exec(title.trim())?.[1] : undefined;
  if (!named) return undefined;
  const people = namesIn(named, lexicon);
  if (people.length !== 1) return undefined;
  const person = people[0] as PersonName;
  const found = members.filter(
    (member) => member.person && (canBe(member.person, person) || canBe(person, member.person)),
  );
  return found.length === 1 ? found[0]?.id : undefined;
}
