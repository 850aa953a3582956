/**
 * The people of one document: who the title and lead say takes part (the interviewee, a named
 * interviewer, a report's subject), and whom each label names. A label resolves to one canonical
 * person: a registry speaker by any alias or surname; else the name the label prints, titles and
 * notes dropped ("PRIME MINISTER STARMER" → Starmer), completed from the document where it gives
 * the full name ("Keir Starmer"); role words ("Q", "Host", "Moderator") to the document's asker,
 * answerer or moderator, named or anonymous.
 */
import type { Participant } from './attribute.ts';
import type { SpeakerEntry } from './registry-schema.ts';
import { ASKING_ROLES, PRESS_EVENTS, type DocumentKind, type ParticipantRole } from './schema.ts';
import type { Lexicon } from './registry.ts';
import {
  ANSWERED_BY,
  askersWordAtEnd,
  DELIVERY_NOTE,
  isOfficeThenHolder,
  isTitleOnly,
  NOTE_SEPARATOR,
  NUMBERED_VOICE,
  roleOf,
  speakerOf,
  withoutNote,
} from './markers.ts';
import {
  canBe,
  caselessName,
  endsInCaselessWord,
  familyNameFirst,
  isJoiningWord,
  withoutJoiningWordFirst,
  nameAtEnd,
  nameCase,
  namesIn,
  personName,
  RANK_HONORIFICS,
  readLabelName,
  type PersonName,
} from './names.ts';
import { escapeRegExp, fold, initialsOf, inTitleCase, lowerCaseWords, slugify, SMALL_WORDS, Vocative } from './text.ts';
import { nameVoices, type VoiceTurn } from './voices.ts';
import { contentHash } from './ids.ts';
import {
  afterWord,
  caselessAsciiMatches,
  literalMatch,
  matchesBetween,
  wordsBefore,
  type LiteralMatch,
} from './literal.ts';
import { MONTH_NAME } from './date.ts';
import { withinOneEdit } from './outlets.ts';

/** "the Secretary for Transport and Logistics, Ms Cheryl Yuen": an office in capitals, then its holder with her honorific. */
const OFFICE_HELD_BY =
  /\bthe\s+(\p{Lu}[\p{L}\p{M}'’-]*(?:\s+(?:(?:for|of|and|on|in|the)\s+)*\p{Lu}[\p{L}\p{M}'’-]*)*),\s+((?:Mr|Ms|Mrs|Miss|Dr|Professor|Prof)\.?\s+\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*){0,3})/gu;
/** The id of a numbered voice ("Speaker 2" is @speaker-2) until the conversation names it. */
const VOICE_PREFIX = '@speaker-';

/** Placeholders for anonymous participants, named after the document once its id is known. */
/** A person's id: the name's slug, or where the script has no Latin spelling ("宮坂武志", "ফারহানা রশীদ") its hash, one per person. */
export function personId(display: string): string {
  return slugify(display, 6) || `person-${slugify(fold(display), 6) || contentHash(display, 6)}`;
}

export const ANONYMOUS = {
  interviewer: '@interviewer',
  interviewee: '@interviewee',
  questioner: '@questioner',
  moderator: '@moderator',
} as const;

export interface CastMember extends Participant {
  /** The canonical name, for people the registry does not list; null for registry speakers and anonymous roles. */
  name: string | null;
  person: PersonName | null;
  /** The role is known from the registry, the introduction or a role word, not only from how they speak. */
  settled: boolean;
}

/** How one person's labelled turns read: how many, how many ask, only hand out the floor, run long. */
export interface TurnShares {
  turns: number;
  questions: number;
  floor: number;
  long: number;
}

interface IntroducedPerson {
  person: PersonName;
  journalist: boolean;
  /** A title stands right before the name ("Taoiseach Micheál Martin"). */
  titled: boolean;
  /** The name is the whole line ("António Guterres" under a headline). */
  alone: boolean;
  /** Named as the second of two who ask ("Interview by Julien Aubertin and Clara Moussaoui"). */
  paired?: boolean;
}

const SPOKESPERSON = /\b(?:spokesperson|spokesman|spokeswoman|spokespeople)\b/u;
/** "Remarks by Commissioner …", "Press conference with the Chancellor …": whom a page says is speaking. */
const SAID_BY =
  /\b(?:remarks|statement|speech|address|press conference|news conference|briefing|press point|doorstep)\s+(?:by|of|with)\s+\S/iu;
/** Forms of address before a name (folded): "Mr", "Hon", "Shri", "Dr". */
const HONORIFICS = /^(?:mr|ms|mrs|miss|dr|hon|honourable|honorable|shri|smt|sri|prof|sir|dame)$/u;
const FORMS_OF_ADDRESS = new Set(['the', 'an', 'a', 'le', 'la', 'el', 'il', 'der', 'die', 'mr', 'ms', 'mrs']);
/** Forms of address that tell a man from a married or unmarried woman, folded. */
const GENDERED_ADDRESS: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'miss']);
/** Words that open the name of a storm or an operation, not a person's: "Storm Iona", "Operation Harbour Shield". */
const EVENT_NAME_WORDS = new Set(['storm', 'hurricane', 'typhoon', 'cyclone', 'operation']);
/** Words that end a street's name: "Mill Lane", "Harlow Road". */
const STREET_WORDS = new Set([
  'lane',
  'road',
  'street',
  'avenue',
  'boulevard',
  'drive',
  'square',
  'terrace',
  'crescent',
]);
const JOURNALIST_WORDS =
  /\b(?:journalist|correspondent|reporter|host|anchor|editor|presenter|interviewer|columnist|commentator|editor-in-chief)s?\b/iu;
/** "…, senior correspondent of …": a journalist described right after the name (folded text). */
const DESCRIBED_AS_JOURNALIST = new RegExp(`^ (?:the |a |an )?(?:[a-z-]+ ){0,2}${JOURNALIST_WORDS.source}`, 'u');
const MODERATOR_WORDS = /\b(?:moderator|chair|facilitator)\b/iu;
/** How the one who chairs a sitting is labelled, folded: "President", "The Chair", "Mr Speaker". */
const CHAIR_LABEL =
  /^(?:(?:the |mr |madam |hon |honble |honourable |honorable )?(?:president|chair|chairman|chairwoman|chairperson|presiding officer)|(?:the |mr |madam )?(?:hon |honble |honourable |honorable )?speaker|(?:de )?(?:voorzitter|voorzitster)|talmannen|presidenten|formanden|(?:le |la |o |a |el )?(?:sr |sra |sr a |senor |senora )?president[ea]?|主席|委員長|委员长|위원장)$/u;
/**
 * "De openbare commissievergadering wordt geopend om 10.12 uur en voorgezeten door mevrouw Katrien
 * Mertens.": a sitting, in the sentence that opens its record, and who presides over it; not a
 * committee or a steering group someone's speech says another person chairs ("de stuurgroep,
 * voorgezeten door …", "la commission présidée par …").
 */
const PRESIDED_BY_ABROAD =
  /^(?:[\p{L}'’-]+\s+){0,4}?\p{L}*(?:vergadering|réunion|séance|seduta|riunione|sesión|reunión|sessão|reunião|sitzung|posiedzenie|sammanträde)(?![\p{L}])(?:[^.;\n]|\.(?=\d)){0,160}?(?:voorgezeten door|présidée? par|presieduta da|presieduto da|presidida por|presidido por|unter (?:dem )?Vorsitz von)\s+([^;\n]*?)(?:(?<!\b(?:\p{Lu}|Mme|Mr|Dr|Prof))\.(?:\s|$)|;|$)/gimu;
/**
 * "Веде засідання Заступник Голови Верховної Ради України ОСАДЧИЙ Д.Р.", "Председательствует
 * Председатель Государственной Думы В. В. Володин": a Ukrainian or Russian sitting's header, the verb
 * of presiding first and the chair's office, then the chair's family name with initials, at its end.
 */
const PRESIDES_CYRILLIC =
  /^(?:Веде засідання|Головує|Ведет заседание|Ведёт заседание|Председательствует)\s[^\n]*?((?<![\p{L}])\p{Lu}[\p{Lu}'’-]+\s(?:\p{Lu}\.\s?){1,3}|(?:\p{Lu}\.\s?){1,3}\p{Lu}\p{Ll}[\p{L}'’-]*)\s*$/u;
/**
 * "PRESIDE EL SEÑOR RUBÉN OLIVERA PAIVA Primer vicepresidente", "PRÉSIDENCE DE MME YAËL BRAUN-PIVET",
 * "PRESIDENZA DEL PRESIDENTE LORENZO FONTANA": a Spanish, French or Italian sitting's header in
 * capitals, that one presides, then the chair; the office after the name in small letters is left.
 */
const PRESIDENCY_HEADER =
  /^(?:PRESIDE|PRESIDENCIA|PRÉSIDENCE|PRESIDENZA)\s+((?:[\p{Lu}\p{M}'’.ª-]+\s+)*[\p{Lu}\p{M}'’-]+)(?:\s|$)/u;
/** "Joanna Sefton (JS)", "Hon. Semi Tuilevuka (Chairperson)": a name and, in brackets, its initials or its role. */
const NAMED_WITH_NOTE = /((?:\p{Lu}[\p{L}\p{M}'’-]+\s+){1,3}\p{Lu}[\p{L}\p{M}'’-]+)\s*\(([^()]{1,30})\)/gu;
/** The words a record's header puts before its chair's name: "In the Chair:", "President:", "Voorzitter:", "BAŞKAN:". */
const CHAIR_HEADER =
  'in the chair|presiding officer|president|presidente|président|voorzitter|voorzitster|formand|başkan';
/** The header above the text, with whatever follows it: "Chaired by: …", "Presiding: …". */
const FRONT_CHAIR_HEADER = new RegExp(String.raw`^(?:${CHAIR_HEADER}|presiding|chair(?:ed by)?)\s*:\s*(.+)$`, 'iu');
/** The same header over the first turn, with a full name and nothing after it but its forms of address ("Ex.mo Sr."). */
const BODY_CHAIR_HEADER = new RegExp(
  String.raw`^(?:${CHAIR_HEADER})\s*:\s*(?:\p{L}+\.\p{L}*\s+){0,2}(\p{Lu}[\p{L}\p{M}'’-]*(?:\s+(?:(?:van|von|de|der|den|da|di|du|le|la)\s+)*\p{Lu}[\p{L}\p{M}'’-]*){1,3})$`,
  'iu',
);
/** "(The Deputy Speaker, Ms Harriet Kisakye Amuge, in the Chair.)": the office, who holds it, and that she presides. */
const IN_THE_CHAIR_NOTE = /^\((?:The\s+)?[^,()\n]{2,40},\s+([^,()\n]{3,60}),\s+in the chair\.?\)$/gimu;
/** "MR. SPEAKER [THE HON. ASELA JAYAKODY] in the Chair.": the office in capitals, its holder in brackets, as Sri Lanka's Hansard notes who presides. */
const HOLDER_IN_THE_CHAIR = /^\p{Lu}[\p{Lu}.'’ -]{1,40}\s\[([^[\]\n]{3,60})\]\s+in the chair\.?$/gimu;
/** "主　　席　鍾委員雅筑", "委員長　村瀬久美子君": the chair's field in a Chinese or Japanese record's header, and the chair. */
const CASELESS_CHAIR_HEADER = /^(?:主\s*席|委\s*員\s*長|委\s*员\s*长|위원장)\s+(\p{Lo}{2,8})$/u;
/** How far into the body a transcript's cover and roster may run, above its first turn. */
const HEAD_OF_BODY_LINES = 80;
/**
 * "15 CHAIR ANDERSEN: Good morning.", "MS TILLEY: …": a turn labelled in capitals, after a printed line
 * number, where the head of the body ends; not a cover's "Title:" or "Docket Number:".
 */
const FIRST_TURN_LABEL = /^(?:\d{1,2}\s+)?(?:\p{Lu}[\p{Lu}.'’-]+\s)+\p{Lu}[\p{Lu}'’-]+:\s+\S/u;
/** "Before the Commissioner: The Hon Margaret Ellery SC", "BEFORE THE CORONER: …": whom a hearing is before, by office. */
const HEARD_BEFORE = /^before\s+(?:the\s+)?(\p{L}[\p{L} -]{2,40}?)\s*:\s*(\p{Lu}.{2,80})$/iu;
/** A press office's label, folded: "STAFF". */
/** "Participant:", "Interviewee:", "Respondent:": a header naming who answers, as a research interview's sheet prints it. */
const ANSWERER_HEADER = /^(?:participant|interviewee|respondent)$/iu;
/** "P14", "R3", "HH14": a participant's code where an anonymised transcript would print the name. */
const PARTICIPANT_CODE = /^\p{Lu}{1,3}\d{1,4}\b/u;

const STAFF = /^(?:the )?staff$/u;
/** The label an oral history gives whoever tells their life, folded. */
const NARRATOR = /^(?:the )?narrator$/u;
/**
 * A parliament's Speaker, with an article or an address: "Speaker 2" is a voice, "The SPEAKER" and
 * the Lok Sabha's "HON. SPEAKER" preside.
 */
const PRESIDING_SPEAKER =
  /^(?:the|mr|madam|hon|honble|honourable|honorable) (?:deputy )?(?:speaker|chairman|chairwoman|chairperson|chair)$/u;
/** A phone-in's listener on the line, as labels print it (folded): "CALLER (GARY)", Russian "СЛУШАТЕЛЬ". */
/** "(The Speaker in the Chair.)", "(… in the Chair.)": a note of who took the chair, named or not. */
const ANY_IN_THE_CHAIR_NOTE = /^\([^()\n]{2,120}\bin the chair\.?\)$/gimu;
/** "ông", "bà": Mr and Mrs in Vietnamese, right before a name. */
const VIETNAMESE_COURTESY = /(?:^|\s)(?:ông|bà)\s+$/iu;
/** Who calls the case and keeps the courtroom ("THE BAILIFF:", "Court usher:"): never the judge the header names. */
const COURT_OFFICER = /^(?:the )?(?:deputy )?(?:bailiff|court officer|court usher)$/u;
const CALLER = /^(?:the )?(?:caller|listener|viewer|слушатель|слушательница|слухач|слухачка|зритель|телезритель)$/u;
/** An unidentified voice, as labels print it (folded): someone from the floor, not the host. */
const FROM_THE_FLOOR =
  /^(?:the )?(?:unknown|unidentified)(?: speaker| voice| male| female)?(?: \d+)?$|^(?:an? |the )?(?:audience(?: member)?|member of the audience|delegate|phone user|(?:online|remote|virtual) participant)$/u;
/** A label's note that puts its speaker in the audience: "(PCS, from the floor)". */
const FLOOR_NOTE = /\bfrom the floor\b/iu;
/** Who opens a press event and hands it over, as labels print them (folded): a host, not a reporter. */
const CEREMONY_WORDS = /^(?:the )?(?:host|presenter|anchor|emcee)$/u;

export interface CastContext {
  kind: DocumentKind;
  lexicon: Lexicon;
  registry: ReadonlyMap<string, SpeakerEntry>;
  /** Title and lead, as printed. */
  introduction: readonly string[];
  /** The whole body, for completing a surname with the full name the document gives elsewhere. */
  bodyText: () => string;
  /** What each label's own words open by saying of its speaker: "My name is Rachel Lee" under "MS. LEE:". */
  selfIntroduced?: ReadonlyMap<string, string>;
  outletIds: readonly string[];
  /** Whether a capitalised name in the introduction is an outlet's ("Al Arabiya TV", "BBC News"), not a person's. */
  isOutletName: (name: string) => boolean;
  /** Whether a label names an outlet ("CCTV", "Global Times"), whose reporter is asking. */
  isOutletLabel: (label: string) => boolean;
  /** Whether the notes after the document's question labels name outlets ("Question (CNA)"), so that none names a person. */
  askerNotesNameOutlets: boolean;
  /** The byline's author ("By Nadia Ferrante"), when one person signs the page. */
  byline: PersonName | null;
  /** Page furniture around the text (site headers, the opening before the first label), where a page often names its principal. */
  furniture: readonly string[];
}

/** Whether `fuller` is `person` with more given names after the same first ones ("Helena Barbosa Lacerda", "Helena Lacerda"). */
function addsGivenNames(fuller: PersonName, person: PersonName): boolean {
  const given = fuller.given?.split(' ') ?? [];
  const first = person.given?.split(' ') ?? [];
  return (
    fuller.surname === person.surname &&
    !fuller.initials &&
    !person.initials &&
    first.length > 0 &&
    given.length >= first.length &&
    fuller.key.length > person.key.length &&
    first.every((name, at) => given[at] === name)
  );
}

/**
 * The texts that print every one of the words as it is: the only ones a pattern that spells them out
 * (without the `i` flag) can match. Asked before such a pattern is compiled, for each name on a page
 * needs its own, and compiling one with `\p{…}` classes takes about a millisecond, far longer than
 * reading a page for the words.
 */
function printing(texts: readonly string[], ...words: string[]): string[] {
  return texts.filter((text) => words.every((word) => text.includes(word)));
}

/** Every match of a global pattern in the texts, compiled only where one of them prints the words it spells out. */
function* spelt(
  texts: readonly string[],
  words: readonly string[],
  source: string,
  flags: string,
): Generator<LiteralMatch> {
  const printed = printing(texts, ...words);
  if (printed.length === 0) return;
  const pattern = new RegExp(source, flags);
  for (const text of printed) for (const match of text.matchAll(pattern)) yield literalMatch(match);
}

// The fixed parts of fullName()'s patterns, around a surname (literal.ts).
/** A capitalised word and the spaces after it, on one line and in one field. */
const CAPITALISED_WORD = /\p{Lu}[\p{L}\p{M}'’.-]*[^\S\n\t]+/uy;
/** The same in capitals. */
const WORD_IN_CAPITALS = /\p{Lu}[\p{Lu}\p{M}'’.-]*[^\S\n\t]+/uy;
const NOT_BEFORE_LETTER = /(?![\p{L}\p{M}])/uy;
const BEFORE_COMMA_OR_END = /(?![\p{L}\p{M}])(?=\s*(?:[,(]|$))/uy;
const NOT_AFTER_LETTER = /(?<![\p{L}])/uy;
const BEFORE_NO_LETTER = /(?![\p{L}])/uy;
/** A word of printable ASCII characters, no space: caselessAsciiMatches() reads it. */
const PRINTABLE_ASCII = /^[!-~]+$/;
const NOT_AFTER_LETTER_OR_MARK = /(?<![\p{L}\p{M}])/uy;
const HYPHENATED_GIVEN_NAME = /[^\S\n]+(\p{Lu}\p{Ll}+-\p{Ll}+)(?![\p{L}\p{M}])/uy;
const GIVEN_NAME_AFTER = /[^\S\n]+(\p{Lu}\p{Ll}[\p{L}\p{M}'’-]*)(?![\p{L}\p{M}])/uy;
const INDEXED_GIVEN_NAME = /,[^\S\n]+((?:[\p{L}.]+[^\S\n]+){0,3}?)(\p{Lu}\p{Ll}[\p{L}\p{M}'’-]*)(?=,|\s*$)/muy;
const SECOND_SURNAME = /[^\S\n\t]+(\p{Lu}[\p{Ll}\p{M}'’-]+)(?=[^\S\n]*[,(])/uy;
const NOT_AFTER_LETTER_OR_MARK_CASELESS = /(?<![\p{L}\p{M}])/iuy;
const NOT_BEFORE_LETTER_OR_MARK_CASELESS = /(?![\p{L}\p{M}])/iuy;
/** How byFormOfAddress()'s pattern opens: a form of address, then a capital. */
const ADDRESSED = /(?<![\p{L}])(?:Mr|Mrs|Ms|Miss)\.?\s+\p{Lu}/u;
/** The family names a particle joins after a name: " da Silva", " van der Berg". */
const FAMILY_NAMES_AFTER =
  /((?:[^\S\n]+(?:da|de|do|dos|das|di|del|della|van|von|der|den|bin|ibn)[^\S\n]+\p{Lu}[\p{L}\p{M}'’-]+)+)/uy;

export class Cast {
  readonly members: CastMember[] = [];
  private readonly context: CastContext;
  private introduced: IntroducedPerson[] | undefined;
  private heardBeforeByOffice: Map<string, PersonName> | undefined;
  private headOfBodyCache: string[] | undefined;
  private bodyNames: readonly PersonName[] | undefined;
  private presiding: PersonName | null | undefined;
  private readonly byLabel = new Map<string, CastMember>();

  constructor(context: CastContext) {
    this.context = context;
  }

  isOutletLabel(label: string): boolean {
    return this.context.isOutletLabel(label);
  }

  /** "Question (Lianhe Zaobao)" where the document's question labels name outlets in their notes: an outlet, not a person. */
  isOutletNote(note: string): boolean {
    return this.context.askerNotesNameOutlets && !note.includes(',');
  }

  get kind(): DocumentKind {
    return this.context.kind;
  }

  /** The interviewee and a named interviewer of an interview, or a report's subject, from the title and lead. */
  introduce(): void {
    const { kind } = this.context;
    const mentioned = this.registryMention(false) ?? this.introducedPerson(false);
    // The judge or chair the page names ("BEFORE THE HONORABLE …") presides; she is not the one who answers.
    const presiding = this.moderatedBy();
    const interviewee = mentioned?.person && presiding && canBe(presiding, mentioned.person) ? null : mentioned;
    if (kind === 'interview') {
      // A Q&A signed by one journalist is their interview.
      const { byline } = this.context;
      const signed = byline ? { id: personId(byline.display), name: byline.display, person: byline } : null;
      const interviewer =
        this.registryMention(true) ?? this.introducedPerson(true) ?? this.furnitureJournalist() ?? signed;
      // The journalist who signs the page is not also the one who answers: the next person the
      // introduction names is.
      const answerer =
        interviewee && interviewer && interviewee.id === interviewer.id
          ? this.introducedPerson(false, interviewer.id)
          : interviewee;
      this.add(interviewer ?? { id: ANONYMOUS.interviewer, name: null, person: null }, 'interviewer', true);
      this.add(answerer ?? { id: ANONYMOUS.interviewee, name: null, person: null }, 'interviewee', true);
    } else if (interviewee) {
      this.add(interviewee, 'principal', true);
    }
  }

  /**
   * A press event printed without labels (dashes, or nothing): whoever briefs and the reporters
   * who ask, so that the turns have someone to alternate between.
   */
  openFloor(): void {
    if (!this.members.some((member) => member.role === 'principal' || member.role === 'interviewee'))
      this.add({ id: ANONYMOUS.interviewee, name: null, person: null }, 'principal', true);
    if (!this.members.some((member) => ASKING_ROLES.has(member.role)))
      this.add({ id: ANONYMOUS.questioner, name: null, person: null }, 'questioner', true);
  }

  /** The member a printed label names; a new member when nobody known fits. */
  resolveLabel(printed: string): CastMember {
    const known = this.byLabel.get(printed);
    if (known) return known;
    const member = this.resolve(printed);
    this.byLabel.set(printed, member);
    return member;
  }

  /** A header such as "Interviewee: Ambassador Margaret Oyelaran (ret.), …" names the holder of a role. */
  nameRole(label: string, text: string): void {
    // "Speaker: Rafael Ortiz-Baumann, Director …" over a briefing names who speaks at it, not who asks;
    // over a sitting, perhaps who presides ("The Speaker:"), perhaps an invited speaker ("The Chair:").
    // "Speakers: H.E. Eng. Faisal …; Ms. Wanjiru Kamau, …": a roster of the panel, whose people answer.
    if (ROSTER_LINE.test(`${label.trim()}:`)) return;
    const speakerHeader = /^speaker$/iu.test(label.trim());
    const briefer = speakerHeader && PRESS_EVENTS.has(this.context.kind);
    const roleWord = briefer ? 'answers' : roleOf(label, this.context.lexicon);
    const person = readLabelName(text.split(',')[0] ?? '', this.context.lexicon).person;
    if (speakerHeader && this.context.kind === 'meeting') {
      if (person?.given) this.headedSpeaker = person;
      return;
    }
    // An oral history's catalogue: "Narrator: Dolores Kiszka Brennan" is who tells their life under "NARRATOR:".
    if (NARRATOR.test(fold(label.trim())) && person?.given) {
      this.headedNarrator = person;
      return;
    }
    // "Participant: P14 (woman, 60s, …)": an anonymised interview's code for whoever answers. Nobody
    // the introduction names answers ("Living with Recurrent Flooding" is no one).
    // Not "Interviewee: R2 (Cllr Ruth Adeyemi, …; consented to be named)": the name beside the code names her.
    if (
      this.context.kind === 'interview' &&
      ANSWERER_HEADER.test(label.trim()) &&
      PARTICIPANT_CODE.test(text.trim()) &&
      namesIn(text, this.context.lexicon).length === 0
    ) {
      const guessed = this.members.findIndex((member) => member.role === 'interviewee' && !member.id.startsWith('@'));
      if (guessed !== -1) this.members.splice(guessed, 1);
      if (!this.members.some((member) => member.role === 'interviewee'))
        this.add({ id: ANONYMOUS.interviewee, name: null, person: null }, 'interviewee', true);
      return;
    }
    if (!roleWord || roleWord === 'moderates' || !person || person.given === null) return;
    const role: ParticipantRole =
      roleWord === 'answers'
        ? this.context.kind === 'interview'
          ? 'interviewee'
          : 'principal'
        : this.context.kind === 'interview'
          ? 'interviewer'
          : 'questioner';
    const existing = this.members.find((member) => member.person && canBe(person, member.person));
    const member = existing ?? this.add({ id: personId(person.display), name: person.display, person }, role, true);
    if (role === 'interviewer' || role === 'interviewee') {
      // Whoever held the role so far (a guess from the introduction) gives it up.
      for (const other of this.members)
        if (other !== member && other.role === role && !other.id.startsWith('@')) other.role = 'guest';
      this.replace(role, member);
    }
    this.byLabel.set(label, member);
  }

  /**
   * The person a report quotes by name ("Hajek", "German Economy Minister Markus Feldmann"): someone
   * of the cast, or a new member quoted by the publisher.
   */
  resolveQuoted(name: string): CastMember | null {
    const registered = speakerOf(name, this.context.lexicon);
    if (registered)
      return this.member(registered) ?? this.add({ id: registered, name: null, person: null }, 'quoted', true);
    const reading = readLabelName(name, this.context.lexicon);
    let person = reading.person;
    if (!person)
      return /^the\s/iu.test(name) ? (this.members.find((member) => member.role === 'principal') ?? null) : null;
    const existing = this.members.find(
      (member) =>
        member.person && (canBe(person as PersonName, member.person) || canBe(member.person, person as PersonName)),
    );
    if (existing) return existing;
    if (person.given === null || person.initials) person = this.fullName(person);
    if (!person || this.context.isOutletName(person.display)) return null;
    const id = personId(person.display);
    return id ? this.add({ id, name: person.display, person }, 'quoted', true) : null;
  }

  /** Participants in decoding order: askers first, as the first paragraph is most often a question. */
  participants(): CastMember[] {
    // "Mr. President" addresses the one who answers; with two presidents it says nothing of which.
    const answerers = this.members.filter((member) => member.role === 'interviewee' || member.role === 'principal');
    for (const member of this.members)
      member.addressedAs = this.formsOfAddress(member, answerers.length === 1 && answerers[0] === member);
    return [...this.members].sort((a, b) => Number(ASKING_ROLES.has(b.role)) - Number(ASKING_ROLES.has(a.role)));
  }

  member(id: string): CastMember | undefined {
    return this.members.find((member) => member.id === id);
  }

  /**
   * Roles the introduction and labels left open, from how each person speaks: in an interview, who
   * asks most is the interviewer; at a press conference, a named person who only asks is a reporter.
   */
  settleRoles(questionShare: ReadonlyMap<string, TurnShares>): void {
    const open = this.members.filter((member) => !member.settled);
    if (open.length === 0) return;
    const share = (member: CastMember) => {
      const stats = questionShare.get(member.id);
      return stats && stats.turns > 0 ? stats.questions / stats.turns : 0;
    };
    if (this.context.kind === 'interview') {
      const hasAsker = this.members.some(
        (member) => member.settled && member.role === 'interviewer' && member.id !== ANONYMOUS.interviewer,
      );
      const hasAnswerer = this.members.some(
        (member) => member.settled && member.role === 'interviewee' && member.id !== ANONYMOUS.interviewee,
      );
      const ranked = [...open].sort((a, b) => share(b) - share(a));
      for (const member of ranked) {
        if (!hasAsker && member === ranked[0] && share(member) >= 0.4 && (ranked.length > 1 || hasAnswerer)) {
          this.replace('interviewer', member);
        } else if (!hasAnswerer && member === ranked.at(-1) && share(member) < 0.4) {
          this.replace('interviewee', member);
        } else member.role = share(member) >= 0.6 ? 'interviewer' : 'guest';
      }
      return;
    }
    for (const member of open) {
      const stats = questionShare.get(member.id);
      // "KAMRAN AZIZ (PCS, from the floor):" heckles or asks, never at length; the floor is someone
      // else's. A delegate who moves a motion from the floor speaks at length, and holds it.
      if (this.fromFloor.has(member.id) && stats && stats.long === 0) {
        member.role = 'questioner';
        continue;
      }
      // Someone who never speaks at length and hands out the floor at least twice chairs.
      if (stats && stats.long === 0 && stats.floor >= 2 && stats.floor * 2 >= stats.turns) member.role = 'moderator';
      // "Speakers: H.E. Eng. Faisal bin Turki Al-Otaibi, Deputy Minister …": the session's own panel,
      // whose few remarks are a panellist's, not a reporter's questions.
      else if (this.onPanel(member)) member.role = 'principal';
      else member.role = stats && stats.turns <= 3 && share(member) >= 0.5 ? 'questioner' : 'principal';
    }
  }

  /**
   * Names the numbered voices ("Speaker 1") whom the conversation names (see voices.ts), and returns
   * each renamed voice's new id. A voice that asks stays as printed (reporters are the questioners)
   * unless a turn puts a question to it by name.
   * The turns are read only when the document has a voice to name.
   */
  nameVoices(turns: () => readonly VoiceTurn[]): Map<string, string> {
    const numbered = this.members.filter((member) => member.id.startsWith(VOICE_PREFIX));
    const voices = new Set(numbered.filter((member) => !ASKING_ROLES.has(member.role)).map((member) => member.id));
    const asking = new Set(numbered.filter((member) => ASKING_ROLES.has(member.role)).map((member) => member.id));
    const renamed = new Map<string, string>();
    if (numbered.length === 0) return renamed;
    const askers = new Set(this.members.filter((member) => member.role === 'questioner').map((member) => member.id));
    for (const [id, person] of nameVoices(turns(), voices, (mention) => this.mentioned(mention), askers, asking)) {
      const voice = this.member(id) as CastMember;
      const same = this.members.find(
        (member) => member !== voice && member.person && (canBe(person, member.person) || canBe(member.person, person)),
      );
      if (same) {
        this.members.splice(this.members.indexOf(voice), 1);
        for (const [label, member] of this.byLabel) if (member === voice) this.byLabel.set(label, same);
        renamed.set(id, same.id);
        continue;
      }
      voice.id = personId(person.display);
      voice.name = person.display;
      voice.person = person;
      voice.settled = true;
      renamed.set(id, voice.id);
    }
    return renamed;
  }

  /** The full name a label's own words give it ("My name is Rachel Lee"), with the label's surname. */
  private ownName(printed: string, short: PersonName): PersonName | null {
    const said = this.context.selfIntroduced?.get(printed);
    const person = said ? personName(said.split(/\s+/u)) : null;
    return person?.given && person.surname === short.surname ? person : null;
  }

  /** The person the page names, in full, whom a remark calls "Governor Vance", "Dr. Ashby" or "Governor". */
  private mentioned(mention: string): PersonName | null {
    const { lexicon } = this.context;
    // "최민준": a name in a script with no capitals, as a voice says it names itself (voices.ts).
    if (/^\p{Lo}{2,4}$/u.test(mention)) return caselessName(mention);
    const reading = readLabelName(mention, lexicon);
    // "Governor", "Chief": only whom the page gives that title ("Oregon Governor Marisol Vance").
    if (!reading.person) return this.titled(reading.titles, { onlyGiven: true });
    const full = reading.person.given && !reading.person.initials ? reading.person : this.fullName(reading.person);
    if (!full?.given) return null;
    // "our State Fire Marshal": an office in capitals, not a person.
    const words = full.display.split(' ').map(fold);
    if (words.some((word) => lexicon.titles.has(word) || lexicon.notNames.has(word))) return null;
    const printed = new RegExp(`(?<![\\p{L}])${escapeRegExp(full.display)}(?![\\p{L}])`, 'u');
    return printed.test(this.context.bodyText()) || this.frontMatter().some((text) => printed.test(text)) ? full : null;
  }

  /** Puts a named person in the place of an anonymous role holder, who has not spoken. */
  private replace(role: 'interviewer' | 'interviewee', member: CastMember): void {
    const placeholder = this.members.findIndex((candidate) => candidate.id === ANONYMOUS[role]);
    if (placeholder !== -1) this.members.splice(placeholder, 1);
    member.role = role;
    member.settled = true;
  }

  private resolve(printed: string): CastMember {
    const { lexicon } = this.context;
    // "J.K.:" after "Jane Kavanagh:": initials that fit exactly one person already speaking.
    // "HM:" after "HELENA MARSH:" too: initials without stops, when they fit one person only.
    const initials = /^((?:\p{Lu}\.\s?){2,3}|\p{Lu}{2,3})$/u.exec(printed.replace(/[*_:]/gu, '').trim())?.[1];
    if (initials) {
      const letters = initials.replace(/[.\s]/gu, '').toLowerCase();
      const fitting = this.members.filter((member) => {
        if (!member.person?.given || member.person.initials) return false;
        const words = [...member.person.given.split(' '), ...member.person.surname.split(' ')];
        return initialsOf(words) === letters;
      });
      if (fitting.length === 1) return fitting[0] as CastMember;
      // "LK:" under "SUNDAY WITH LAURA KUENSSBERG": initials that fit one person the page names above the talk.
      const named = fitting.length === 0 ? this.initialled(letters) : null;
      if (named) return this.namedMember(named, printed);
      // Letters without stops that fit no one speaking: perhaps a name printed elsewhere on the page.
      const unfitted = fitting.length === 0 && !initials.includes('.');
      // "TDS:" after "The Daily Star (TDS):": the label the page printed in full once, with its initials.
      const spelledOut = unfitted ? this.spelledOutLabel(initials) : null;
      if (spelledOut) return this.resolve(spelledOut);
      // "TAR:" under the masthead "The Africa Report": the publication's initials, its journalist asking.
      if (unfitted && this.isMastheadInitials(letters)) return this.roleHolder('asks');
      // "PTV:", "CNA:" at a press event: initials no one speaking fits, no office and no legend: an outlet's reporter.
      const key = initials.toLowerCase();
      if (
        unfitted &&
        PRESS_EVENTS.has(this.context.kind) &&
        !lexicon.titles.has(key) &&
        roleOf(initials, lexicon) === null &&
        !this.legend().has(initials)
      )
        return this.roleHolder('asks');
    }
    // "Speaker 2", "Unidentified Male 1": an unnamed voice the transcript tells apart by number.
    const numbered = NUMBERED_VOICE.exec(withoutNote(printed).trim());
    if (numbered) {
      const id = `${VOICE_PREFIX}${numbered[2]}`;
      return (
        this.member(id) ??
        this.add(
          { id, name: `${nameCase(numbered[1] as string)} ${numbered[2]}`, person: null },
          this.context.kind === 'interview' ? 'guest' : 'principal',
          false,
        )
      );
    }
    // "IN THE CHAIR: MARIEKE DEVOS" over a debate whose chair speaks as "President. –".
    const chairLabel = this.context.kind === 'meeting' && CHAIR_LABEL.test(fold(printed));
    // Or the one the record says presides: "President Castellanos presiding," over "The PRESIDENT:".
    // Or whom a roster marks as the chair: "Members Present: Hon. Semi Tuilevuka (Chairperson); …" over "MR. CHAIRMAN.-".
    const chair = chairLabel
      ? (this.chairedBy(/\bspeaker$/u.test(fold(printed))) ?? this.moderatedBy() ?? this.legendChair())
      : null;
    if (chair) return this.namedMember(chair, printed, ['moderator']);
    // "THE COMMISSIONER:" under "Before the Commissioner: The Hon Margaret Ellery SC": whom the header
    // says the hearing is before, by the office the label prints.
    const before = this.heardBefore(printed);
    if (before) return this.namedMember(before, printed, ['moderator']);
    if (this.headedNarrator && NARRATOR.test(fold(withoutNote(printed)).trim()))
      return this.namedMember(this.headedNarrator, printed);
    const reporter = this.reporterAfterRole(printed) ?? this.reporterAfterOutlet(printed);
    if (reporter) return reporter;
    const officeHolder = this.holderAfterOffice(printed);
    if (officeHolder) return officeHolder;
    // "Answer by Executive Vice-President Vaelstad:": the person after the role answers.
    const answeredBy = ANSWERED_BY.exec(withoutNote(printed).trim());
    if (answeredBy) return this.resolve(answeredBy[1] as string);
    const roleWord = roleOf(printed, lexicon);
    // "Question (Lena Brandt, Deutsche Welle)": a role word whose note names the person.
    const noted = this.personNote(printed);
    const roleKey = fold(withoutNote(printed));
    const notedReading = noted ? readLabelName(noted.split(NOTE_SEPARATOR)[0] ?? '', lexicon) : null;
    const notedPerson = notedReading?.person ?? null;
    // "CALLER (GARY):": a caller known by the given name the host says ("Gary is in Dunmore"); not
    // "Question (CNA)", an outlet the text never writes as a name.
    const callerNamed =
      roleWord === 'asks' &&
      CALLER.test(roleKey) &&
      notedPerson !== null &&
      notedPerson.given === null &&
      /^\p{L}[\p{L}'’-]*$/u.test(noted?.trim() ?? '') &&
      new RegExp(`(?<![\\p{L}])${escapeRegExp(notedPerson.display)}(?![\\p{L}])`, 'u').test(this.context.bodyText());
    // "The Chair (Ms. Helen Marchetti)", "CHAIR (Senator Meadows)": the chair, named.
    const outletNote = roleWord === 'asks' && noted !== undefined && this.isOutletNote(noted);
    if (
      (roleWord === 'asks' || roleWord === 'moderates') &&
      (notedPerson?.given ||
        callerNamed ||
        (roleWord === 'moderates' && notedPerson && (notedReading?.titles.length ?? 0) > 0)) &&
      !outletNote &&
      !this.context.isOutletLabel(notedPerson.display)
    ) {
      return this.personMember(notedPerson, printed, {
        person: notedPerson,
        titles: [roleWord === 'asks' ? 'journalist' : 'moderator'],
        note: noted ?? null,
        descriptor: null,
      });
    }
    const legendRole = this.legend().get(roleKey);
    if ((roleWord || PRESIDING_SPEAKER.test(roleKey)) && legendRole)
      return this.namedMember(legendRole, printed, [roleKey]);
    // "Presenter:", "Host:" at a press event introduces the speakers and gives the floor; reporters ask.
    if (roleWord === 'asks' && PRESS_EVENTS.has(this.context.kind) && CEREMONY_WORDS.test(roleKey))
      return this.roleHolder('moderates');
    // "Mr Speaker" presides, unless a label has named the holder ("Madam Deputy Speaker (Rosemary Lyle)").
    // New Zealand's Hansard prints its Speaker as "SPEAKER:", in capitals and alone.
    const bareSpeaker = withoutNote(printed).trim() === 'SPEAKER';
    const presiding = this.context.kind === 'meeting' && (PRESIDING_SPEAKER.test(roleKey) || bareSpeaker);
    // "The Deputy Chairperson (Mr Gilliland):": the note names who presides, a member the page names in full.
    const presidingNamed =
      presiding && notedPerson && !notedPerson.given && (notedReading?.titles.length ?? 0) > 0
        ? this.fullName(notedPerson)
        : null;
    if (presidingNamed) return this.namedMember(presidingNamed, printed, ['moderator']);
    if (
      presiding &&
      !notedPerson?.given &&
      !this.labelledWithOffice(roleKey.split(' ').filter((word) => !FORMS_OF_ADDRESS.has(word)))
    )
      return this.roleHolder('moderates');
    // "Unknown Speaker", "Audience member", "CALLER": a voice from the floor or the line, not the
    // host who asks.
    if (roleWord === 'asks' && (FROM_THE_FLOOR.test(roleKey) || CALLER.test(roleKey))) {
      const floor = this.members.find((member) => member.id === ANONYMOUS.questioner);
      return floor ?? this.add({ id: ANONYMOUS.questioner, name: null, person: null }, 'questioner', true);
    }
    // "STAFF:" at a press briefing announces the principals and calls the last question; at a
    // council meeting, staff answer.
    if (STAFF.test(roleKey) && PRESS_EVENTS.has(this.context.kind)) return this.roleHolder('moderates');
    // The States of Jersey's Bailiff presides, unnamed; a US court's bailiff calls the case before the
    // judge its record names ("Before the Honorable Lucia Barragán"), a voice of the court's staff.
    const presider = roleWord === 'moderates' && COURT_OFFICER.test(roleKey) ? this.moderatedBy() : null;
    const office = roleKey.replace(/^the /u, '');
    // Guernsey's and Jersey's Bailiff presides: "Before the Honourable Sir Richard McMahon, Bailiff".
    const presiderIsOfficer =
      presider !== null &&
      this.frontMatter().some((text) =>
        new RegExp(`${escapeRegExp(presider.display)}[^.;]{0,40}\\b${escapeRegExp(office)}\\b`, 'iu').test(text),
      );
    if (presider && !presiderIsOfficer) {
      const id = `${VOICE_PREFIX}${office.replace(/\s+/gu, '-')}`;
      const name = office.charAt(0).toUpperCase() + office.slice(1);
      return this.member(id) ?? this.add({ id, name, person: null }, 'guest', true);
    }
    // "Chair:" under a roster's "Dame Fiona Castellan – Chair".
    const rostered = roleWord === 'moderates' ? this.rosterHolder(roleKey.replace(/^the /u, '')) : null;
    if (rostered) return this.namedMember(rostered, printed, ['moderator']);
    // "Chair. –" after "Katrin Oberhauser, Chair of the Committee on International Trade. –": the office
    // a named label gave its holder.
    const labelledHolder =
      roleWord === 'moderates'
        ? this.labelledWithOffice(
            roleKey
              .replace(/^the /u, '')
              .split(' ')
              .filter((word) => !FORMS_OF_ADDRESS.has(word)),
          )
        : null;
    if (labelledHolder) return this.namedMember(labelledHolder, printed, ['moderator']);
    if (roleWord) {
      const holder =
        roleWord === 'answers' ? this.portfolioHolder(readLabelName(printed, lexicon).titles, printed) : null;
      return holder ? this.namedMember(holder, printed) : this.roleHolder(roleWord);
    }
    const bare = withoutNote(printed).trim();
    // "MORTLOCK J:" in a court's transcript is Justice Mortlock; a phone-in's "SARAH J:" is a caller's initial.
    const judge = /^(\p{Lu}[\p{L}'’-]+)\s+J$/u.exec(bare);
    if (judge && this.frontMatter().some((text) => /\b(?:Court|COURT)\b/u.test(text)))
      return this.resolve(`Justice ${judge[1]}`);
    // "宮坂武志", "윤서진": a name in a script without capitals, as the label prints it, whole; not an
    // office alone ("知事", the governor).
    // "中国日报记者": an outlet's reporter, the role's word compounded after the outlet's name.
    // Not an office a name is compounded with ("山中委員長").
    if (askersWordAtEnd(bare, lexicon)) return this.roleHolder('asks');
    const caseless = isTitleOnly(bare, lexicon) ? null : caselessName(withoutCaselessOffices(bare, lexicon));
    if (caseless) return this.namedMember(caseless, printed);
    // "Joanna Sefton (JS) talks to Peter Mallory (PM)": the legend says whom initials stand for.
    const legend = this.legend().get(bare) ?? this.legend().get(fold(bare));
    if (legend) return this.namedMember(legend, printed);
    // "I:" and "B:", "R:", "P:": a research interview's letters no legend explains: the interviewer's
    // initial in most languages, and the one who answers (Befragte, respondent, participant).
    // Only on a page of "I:" turns: elsewhere "F:" (Frage) or a surname's "K:" may ask.
    if (/^\p{Lu}$/u.test(bare) && this.context.kind === 'interview' && this.interviewerLettered())
      return this.roleHolder(bare === 'I' ? 'asks' : 'answers');
    // "CCTV:", "Reuters:": an outlet's reporter, not a person.
    if (this.context.isOutletLabel(bare) && !speakerOf(bare, lexicon)) return this.roleHolder('asks');
    const reading = readLabelName(printed, lexicon);
    const registered =
      speakerOf(printed, lexicon) ?? (reading.person ? speakerOf(reading.person.display, lexicon) : null);
    if (registered) {
      return (
        this.member(registered) ??
        this.add({ id: registered, name: null, person: null }, this.roleOfRegistered(registered), true)
      );
    }
    let person = reading.person;
    // "Minister for Roads and Highways (Mr Kwabena Owusu-Mensah)": an office, and its holder named in
    // the note with a form of address, as Commonwealth parliaments print a minister's answer.
    const holder = reading.note && reading.titles.length > 0 ? readLabelName(reading.note, lexicon) : null;
    if (holder?.person?.given && !holder.person.initials && holder.titles.some((title) => HONORIFICS.test(title)))
      person = holder.person;
    // "MS. LEE (public comment): Good evening. My name is Rachel Lee, …": the speaker's own full name,
    // before any other Lee the page names ("TRUSTEE LEE", David Lee, on its roster).
    const own = person && !person.given ? this.ownName(printed, person) : null;
    if (own) return this.personMember(own, printed, { ...reading, person: own }, true);
    // "Madam Deputy Speaker (Rosemary Lyle)": the office first, the name in the note.
    if (!person && reading.note && !DELIVERY_NOTE.test(reading.note))
      person = readLabelName(reading.note, lexicon).person;
    // "Formanden (Bente Strandgaard)", "Statsministeren (Henriette Kjærsgaard Holm)": one word of an office
    // the lexicon does not hold, which the page prints in lower case too ("formand", "statsministeren"),
    // with no title, and its holder's full name in the note; not a member's surname ("Rees (Plaid
    // Cymru)"), nor one the page prints after a given name too.
    if (
      person &&
      !person.given &&
      reading.titles.length === 0 &&
      reading.note &&
      !person.display.includes(' ') &&
      this.printsStemInLowerCase(person.display)
    ) {
      const noted = readLabelName(reading.note, lexicon);
      const surnameElsewhere = new RegExp(`\\p{Lu}\\p{Ll}+\\s+${escapeRegExp(person.display)}(?![\\p{L}])`, 'u').test(
        this.context.bodyText(),
      );
      if (noted.person?.given && !noted.person.initials && noted.titles.length === 0 && !surnameElsewhere)
        person = noted.person;
    }
    // "Spokesperson:" at a commissioner's press conference gives the floor: the page says who speaks
    // ("Remarks by Commissioner …") and never who speaks for whom (a ministry's "Spokesperson Mao
    // Ning's Regular Press Conference" does; "Press briefing on the State Visit of President Lula" names
    // only its subject).
    if (
      !person &&
      SPOKESPERSON.test(reading.titles.join(' ')) &&
      PRESS_EVENTS.has(this.context.kind) &&
      this.introducedPeople().some((entry) => !entry.journalist && entry.titled) &&
      this.context.introduction.some((text) => SAID_BY.test(text) && namesIn(text, this.context.lexicon).length > 0) &&
      !this.frontMatter().some((text) => SPOKESPERSON.test(fold(text))) &&
      !this.labelledWithOffice(reading.titles.filter((word) => SPOKESPERSON.test(word)))
    )
      return this.roleHolder('moderates');
    if (!person)
      person =
        this.portfolioHolder(reading.titles, printed) ??
        this.titled(reading.titles, { portfolio: portfolioOf(printed) }) ??
        this.soleOfficeHolder(reading.titles);
    if (!person) {
      if (MODERATOR_WORDS.test(printed)) return this.roleHolder('moderates');
      const office = reading.titles.filter((word) => !FORMS_OF_ADDRESS.has(word));
      // "Spokesperson:" beside a named principal: the spokesperson chairs and gives the floor.
      if (SPOKESPERSON.test(office.join(' '))) return this.roleHolder('moderates');
      // "The Deputy Chairperson:" after "The Deputy Chairperson (Mr Gilliland):": the office a label gave its holder.
      const labelled = office.length > 0 ? this.labelledWithOffice(office) : null;
      if (labelled) return this.namedMember(labelled, printed);
      // "SG:" on a page that also prints "SG Kaitu'u:": the office, and the one holder its labels name.
      const withSurname = this.labelWithSurname(withoutNote(printed).trim());
      if (withSurname) return this.resolve(withSurname);
      // "Taoiseach:", "The Chairman:": an office the introduction does not name holds the floor, it does not ask.
      return this.roleHolder(office.length > 0 && !JOURNALIST_WORDS.test(office.join(' ')) ? 'answers' : 'asks');
    }
    // "Fatuma A.", as a meeting app shows a participant, is the "Fatuma Abdallah" the page names.
    const spelledOut = this.surnameOfInitial(person);
    if (spelledOut) return this.personMember(spelledOut, printed, { ...reading, person: spelledOut });
    return this.personMember(person, printed, reading);
  }

  /**
   * The note at a label's end; of two ("Question (Anna Wiśniewska) (TVN24)"), the one that names a
   * person, whichever comes first.
   */
  private personNote(printed: string): string | undefined {
    const notes = /(?:\s*[([][^()[\]]+[)\]])+\s*$/u.exec(printed)?.[0].match(/[^()[\]\s][^()[\]]*(?=[)\]])/gu) ?? [];
    if (notes.length < 2) return notes[0];
    // "Question (to Keir Starmer) (Beth Rigby, Sky News)": whom the question is put to is not who asks.
    const named = notes.find((note) => {
      if (/^(?:to|for|an|à|a|para|per)\s/iu.test(note)) return false;
      const person = readLabelName(note.split(NOTE_SEPARATOR)[0] ?? '', this.context.lexicon).person;
      return person?.given && !this.context.isOutletLabel(person.display) && !this.context.isOutletLabel(note);
    });
    return named ?? notes.at(-1);
  }

  /** The one surname the page prints after a given name and its initial, for a participant it lists so: "Fatuma A." → "Fatuma Abdallah". */
  private surnameOfInitial(person: PersonName): PersonName | null {
    const initialled = /^((?:\p{Lu}[\p{Ll}\p{M}'’-]+\s+){1,2})(\p{Lu})\.$/u.exec(person.display);
    // Only where the page lists its participants so ("Attendees: …, Fatuma A., …"): a phone-in's
    // "Joe B." is a caller the host does not name, not the Joe Biden the callers talk about.
    if (!initialled || !this.frontMatter().some((text) => text.includes(person.display))) return null;
    const given = (initialled[1] as string).trim();
    const pattern = new RegExp(
      `(?<![\\p{L}])${escapeRegExp(given)}[^\\S\\n]+(${initialled[2]}\\p{Ll}[\\p{L}\\p{M}'’-]+)(?![\\p{L}\\p{M}])`,
      'gu',
    );
    const surnames = new Set<string>();
    for (const text of [this.context.bodyText(), ...this.frontMatter()])
      for (const match of text.matchAll(pattern)) surnames.add(match[1] as string);
    if (surnames.size !== 1) return null;
    return readLabelName(`${given} ${[...surnames][0]}`, this.context.lexicon).person;
  }

  /** "QUESTION HOLTKAMP:", "FOLLOW-UP QUESTION HOLTKAMP:": Berlin's press conference prints the reporter after the role. */
  private reporterAfterRole(printed: string): CastMember | null {
    const { lexicon } = this.context;
    const askedBy = /^((?:follow-up |supplementary )?question|frage|zusatzfrage)\s+(\p{Lu}.*)$/iu.exec(
      withoutNote(printed).trim(),
    );
    if (!askedBy || roleOf(askedBy[1] ?? '', lexicon) !== 'asks') return null;
    const words = (askedBy[2] ?? '').split(/\s+/u);
    // A name of a word or three, not "QUESTION ON TARIFFS", "QUESTION FROM THE FLOOR".
    if (words.length > 3 || !words.every((word) => /^\p{Lu}/u.test(word) && !SMALL_WORDS.has(fold(word)))) return null;
    const reading = readLabelName(askedBy[2] ?? '', lexicon);
    return reading.person ? this.personMember(reading.person, printed, { ...reading, descriptor: 'reporter' }) : null;
  }

  /** The body's lines above its first labelled turn, at most HEAD_OF_BODY_LINES: a cover page or a roster. */
  private headOfBody(): string[] {
    if (this.headOfBodyCache) return this.headOfBodyCache;
    const lines = this.context.bodyText().split('\n', HEAD_OF_BODY_LINES);
    const firstTurn = lines.findIndex((line) => FIRST_TURN_LABEL.test(line.trim()));
    this.headOfBodyCache = firstTurn === -1 ? lines : lines.slice(0, firstTurn);
    return this.headOfBodyCache;
  }

  /** The one a record's header says it is heard before, in the office this label names ("THE COMMISSIONER"). */
  private heardBefore(printed: string): PersonName | null {
    const office = fold(withoutNote(printed)).replace(/^the /u, '').trim();
    return this.beforeHeader().get(office) ?? null;
  }

  /**
   * "Before the Commissioner: The Hon Margaret Ellery SC": the header's offices and whom each names,
   * above the text or at the head of the body, where a hearing's cover page may stand.
   */
  private beforeHeader(): Map<string, PersonName> {
    if (this.heardBeforeByOffice) return this.heardBeforeByOffice;
    const byOffice = new Map<string, PersonName>();
    for (const text of [...this.frontMatter(), ...this.headOfBody()]) {
      const header = HEARD_BEFORE.exec(text.trim());
      const person = header ? readLabelName(header[2] as string, this.context.lexicon).person : null;
      if (header && person?.given) byOffice.set(fold(header[1] as string), person);
    }
    this.heardBeforeByOffice = byOffice;
    return byOffice;
  }

  /** "PRESIDENTIAL SPOKESPERSON, ABENA SERWAA MENSAH:": an office of the event, then the person who holds it. */
  private holderAfterOffice(printed: string): CastMember | null {
    const { lexicon } = this.context;
    const named = /^([^,]{3,80}),\s*(.+)$/u.exec(withoutNote(printed).trim());
    const office = named?.[1] ?? '';
    if (!named || !isOfficeThenHolder(office, named[2] as string, lexicon)) return null;
    if (this.context.isOutletLabel(named[2] as string)) return null;
    const reading = readLabelName(named[2] as string, lexicon);
    const person = reading.person;
    if (!person?.given || person.initials) return null;
    const member = this.personMember(person, printed, { ...reading, descriptor: office });
    if (
      member.role === 'principal' &&
      SPOKESPERSON.test(fold(office)) &&
      PRESS_EVENTS.has(this.context.kind) &&
      this.anotherPrincipalSpeaks(person)
    ) {
      member.role = 'moderator';
      member.settled = true;
    }
    return member;
  }

  /**
   * Whether a principal the lead names, other than this person, speaks under a label ("PRESIDENT
   * DANKWA:"): then a spokesperson chairs; a visitor the lead only mentions leaves him answering at
   * his own briefing.
   */
  private anotherPrincipalSpeaks(person: PersonName): boolean {
    const labels = this.context
      .bodyText()
      .split('\n')
      .flatMap((text) => /^(?:>>\s*)?([^:\n]{2,80}):/u.exec(text)?.[1] ?? [])
      .map((label) => fold(label).split(/\s+/u));
    return this.introducedPeople().some(
      (entry) =>
        !entry.journalist &&
        entry.titled &&
        !canBe(person, entry.person) &&
        !canBe(entry.person, person) &&
        labels.some((words) => words.includes(entry.person.surname)),
    );
  }

  /** "NHK, Tanabe:", "Asahi Shimbun, Hirose:": Japan's foreign ministry prints its askers' outlets first. */
  private reporterAfterOutlet(printed: string): CastMember | null {
    const named = /^([^,]{2,40}),\s*(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})$/u.exec(
      withoutNote(printed).trim(),
    );
    if (!named || !this.context.isOutletLabel(named[1] as string) || this.context.isOutletLabel(named[2] as string))
      return null;
    const reading = readLabelName(named[2] as string, this.context.lexicon);
    return reading.person ? this.personMember(reading.person, printed, { ...reading, descriptor: 'reporter' }) : null;
  }

  /** The member for a person the page names elsewhere than in the label, with the titles that say their role. */
  private namedMember(person: PersonName, printed: string, titles: string[] = []): CastMember {
    return this.personMember(person, printed, { person, titles, note: null, descriptor: null });
  }

  /**
   * "Vahagn Mkrtchian:" once among "Vahagn Mkrtchyan:", "Jannick Oltmanns" once among "Jannik
   * Oltmanns": the same given name and a long surname one letter apart, or the same surname and a given
   * name one letter apart inside it, are one person spelled two ways, as transliterations and typing
   * slips make them; not "Maria Bianchi" beside "Mario Bianchi", or "Daniela" beside "Daniel", whose
   * given names differ at the end, as a woman's and a man's do.
   */
  private transliterated(person: PersonName): CastMember | undefined {
    if (!person.given || person.initials || person.surname.length < 6) return undefined;
    // A slip is made once: "John Davison" printed again and again beside "John Davidson" is another man.
    const body = this.context.bodyText();
    const first = body.indexOf(person.display);
    if (first !== -1 && body.includes(person.display, first + 1)) {
      const printings =
        afterWord([body], person.display, NOT_AFTER_LETTER, BEFORE_NO_LETTER)?.length ??
        body.match(new RegExp(`(?<![\\p{L}])${escapeRegExp(person.display)}(?![\\p{L}])`, 'gu'))?.length ??
        0;
      if (printings > 1) return undefined;
    }
    const given = person.given;
    const alike = this.members.filter(
      (member) =>
        (member.person?.given === given &&
          member.person.surname.length >= 6 &&
          // The same surname was for canBe to join: "Rogério Tavares Filho" is not his father.
          member.person.surname !== person.surname &&
          withinOneEdit(member.person.surname, person.surname)) ||
        (member.person?.surname === person.surname &&
          !member.person.initials &&
          member.person.given !== null &&
          member.person.given !== given &&
          Math.min(member.person.given.length, given.length) >= 5 &&
          withinOneEdit(member.person.given, given) &&
          sameEnds(member.person.given, given)),
    );
    return alike.length === 1 ? alike[0] : undefined;
  }

  /**
   * "DR. ASANTE BOATENG" after "DR. KWAME ASANTE-BOATENG", "Card. Ribeiro Lemos" after "Cardinal Tomás
   * Ribeiro Lemos": a double surname printed without its hyphen, or without the given name before it.
   */
  private byCompoundSurname(person: PersonName, titles: readonly string[]): CastMember | undefined {
    const labelled = new Set(this.byLabel.values());
    // The same title, in full or cut short ("Card." for "Cardinal"), printed before the fuller name:
    // "Dr. Pedro Matos" is not "Deputy João Pedro Matos".
    const sameTitle = (display: string) => {
      const texts = printing([this.context.bodyText(), ...this.context.introduction], display);
      if (texts.length === 0) return false;
      const before = new RegExp(`(\\p{L}+)\\.?\\s+${escapeRegExp(display)}(?![\\p{L}])`, 'gu');
      const printed = texts.flatMap((text) => [...text.matchAll(before)].map((match) => fold(match[1] as string)));
      return titles.some((title) => printed.some((word) => word.startsWith(title) || title.startsWith(word)));
    };
    // Folded, "Asante-Boateng" is "asante boateng", as the two words are.
    const alike = this.members.filter(
      (member) =>
        member.person !== null &&
        person.given !== null &&
        !person.initials &&
        ((member.person.surname.includes(' ') && member.person.surname === person.key) ||
          // A title goes before a surname, not a given name: "Card. Ribeiro Lemos" is all surname.
          // …or without a title, after the fuller name was itself a label ("Teresa Montalvão Reis:", then
          // "Montalvão Reis:"), not only a name the page printed somewhere ("Featuring Tomás Arriaga").
          (member.person.key.endsWith(` ${person.key}`) &&
            (titles.length > 0 ? sameTitle(member.person.display) : labelled.has(member)))),
    );
    return alike.length === 1 ? alike[0] : undefined;
  }

  /**
   * "Judges Hollis, Tanaka-Reyes, Verkhovskaya, Oduya": three or more single names in a row, parted by
   * commas, none an office: a roster of surnames; not an index's "Alvarez, Maria, Director, …".
   */
  private listsSurnames(text: string): boolean {
    return [...text.matchAll(SURNAME_LIST)].some(
      (run) =>
        !run[0]
          .split(',')
          .map((word) => fold(word))
          .some((word) => word !== '' && this.context.lexicon.titles.has(word)),
    );
  }

  /**
   * "RESTREPO:" after "CATALINA RESTREPO ORTIZ:": a Spanish or Portuguese speaker called by the first
   * of two surnames, once the full name was a label; only where no one else has that name.
   */
  private byFirstSurname(person: PersonName): CastMember | undefined {
    if (person.given !== null || person.display.includes(' ')) return undefined;
    const labelled = new Set(this.byLabel.values());
    const alike = this.members.filter((member) => {
      const words = member.person?.key.split(' ') ?? [];
      return words.length >= 3 && words.at(-2) === person.key;
    });
    const [only] = alike;
    return alike.length === 1 &&
      only &&
      labelled.has(only) &&
      !this.members.some((member) => member.person?.surname === person.surname)
      ? only
      : undefined;
  }

  /**
   * A name a label prints in capitals, in the case the page prints it elsewhere: "MR LEUNG WAI-KEUNG:"
   * is "Leung Wai-keung" where the chair says "Mr LEUNG Wai-keung", "McDONALD" is "McDonald". Only
   * where every other printing agrees.
   */
  private casedAsPrinted(person: PersonName): PersonName {
    const words = person.display.split(' ');
    if (words.length < 2) return person;
    // Turkish capitals print the dotless "ı" as "I", which reads back as "i" ("RIZA" is "Rıza").
    const spelt = words.map((word) => escapeRegExp(word).replace(/i/gu, '[iı]')).join('[^\\S\\n]+');
    // The words as printed, and the letters around them read by patterns compiled once (literal.ts),
    // where each word is one to match; the one pattern compiles \p{L} and \p{M} case-insensitively.
    // Words in ASCII are matched here, with no pattern compiled per name (literal.ts).
    const ascii = words.every((word) => PRINTABLE_ASCII.test(word));
    const core = !ascii && words.every((word) => word !== '' && !/\s/u.test(word)) ? new RegExp(spelt, 'giu') : null;
    const pattern = ascii || core ? null : new RegExp(`(?<![\\p{L}\\p{M}])${spelt}(?![\\p{L}\\p{M}])`, 'giu');
    const printings = (text: string) =>
      ascii
        ? caselessAsciiMatches(text, words, NOT_AFTER_LETTER_OR_MARK_CASELESS, NOT_BEFORE_LETTER_OR_MARK_CASELESS)
        : core
          ? matchesBetween(text, core, NOT_AFTER_LETTER_OR_MARK_CASELESS, NOT_BEFORE_LETTER_OR_MARK_CASELESS)
          : [...text.matchAll(pattern as RegExp)].map(([match]) => match);
    // A printing in capitals, or with a word in both ("McDONALD"), does not tell the case.
    const mixed = (word: string) => /\p{Ll}/u.test(word) && /\p{Lu}{2}/u.test(word);
    const forms = new Set<string>();
    const read = (texts: readonly string[], find: (text: string) => readonly string[]) => {
      for (const text of texts)
        for (const found of find(text)) {
          const match = found.normalize('NFC');
          const printedWords = match.split(/\s+/u);
          if (!/\p{Ll}/u.test(match) || printedWords.some(mixed)) continue;
          forms.add(printedWords.map((word, at) => (/\p{Ll}/u.test(word) ? word : words[at])).join(' '));
        }
    };
    const texts = [this.context.bodyText(), ...this.frontMatter()];
    read(texts, printings);
    // Capitals drop a word's accents, as Greek prints them ("ΔΗΜΗΤΡΙΟΣ ΒΛΑΧΟΣ" is "Δημήτριος Βλάχος"):
    // a name printed nowhere as its capitals spell it is looked for with whatever accents the page gives it.
    if (forms.size === 0 && person.display === person.display.normalize('NFD')) {
      const accented = new RegExp(
        `(?<![\\p{L}\\p{M}])${words.map((word) => [...word].map((letter) => `${escapeRegExp(letter)}\\p{M}*`).join('')).join('[^\\S\\n]+')}(?![\\p{L}\\p{M}])`,
        'giu',
      );
      read(
        texts.map((text) => text.normalize('NFD')),
        (text) => [...text.matchAll(accented)].map(([match]) => match),
      );
    }
    const [form] = forms;
    return forms.size === 1 && form && form !== person.display ? { ...person, display: form } : person;
  }

  /**
   * @param selfNamed the name is the speaker's own ("My name is Rachel Lee"): it joins only that very
   * person, not another label's "Lee" that the page's roster makes someone else.
   */
  private personMember(
    named: PersonName,
    printed: string,
    reading: ReturnType<typeof readLabelName>,
    selfNamed = false,
  ): CastMember {
    const addressed = (named.given === null && this.byFormOfAddress(named, reading.titles)) || named;
    const person = /\p{Lu}{2}/u.test(withoutNote(printed)) ? this.casedAsPrinted(addressed) : addressed;
    const existing = selfNamed
      ? this.members.find((member) => member.person?.key === person.key)
      : (this.members.find(
          (member) =>
            member.person &&
            (canBe(person as PersonName, member.person) ||
              canBe(member.person, person as PersonName) ||
              (this.givenNamesAdded.has(member.id) && addsGivenNames(member.person, person))),
        ) ??
        this.byGivenName(person) ??
        this.transliterated(person) ??
        this.byCompoundSurname(person, reading.titles) ??
        this.byFirstSurname(person));
    if (existing) {
      // The fuller form wins: "Wielgosz" becomes "Tomasz Wielgosz" once the document prints it.
      if (existing.person && person.key.length > existing.person.key.length && canBe(existing.person, person)) {
        existing.person = person;
        existing.name = person.display;
      }
      return existing;
    }
    const middleNamed = person.given !== null && !person.initials && reading.titles.length > 0;
    const full =
      person.given === null || person.initials
        ? (this.fullName(person) ?? person)
        : ((middleNamed ? this.withMiddleNames(person) : null) ?? person);
    const context = `${printed} ${reading.descriptor ?? ''} ${reading.note ?? ''}`;
    const interviewee = this.introducedPeople().find((entry) => !entry.journalist && canBe(full, entry.person));
    let role: ParticipantRole = this.context.kind === 'interview' ? 'guest' : 'principal';
    let settled = false;
    if (MODERATOR_WORDS.test(context) || reading.titles.includes('moderator')) {
      role = 'moderator';
      settled = true;
    } else if (JOURNALIST_WORDS.test(context)) {
      role = this.context.kind === 'interview' ? 'interviewer' : 'questioner';
      settled = true;
    } else if (interviewee) {
      role = this.context.kind === 'interview' ? 'interviewee' : 'principal';
      settled = true;
    }
    const shown = this.withFamilyNames(full.display);
    const id = personId(shown);
    const member = this.add({ id, name: shown, person: full }, role, settled);
    if (!settled && FLOOR_NOTE.test(reading.note ?? '')) this.fromFloor.add(member.id);
    if (full !== person && addsGivenNames(full, person)) this.givenNamesAdded.add(member.id);
    if (settled && (role === 'interviewer' || role === 'interviewee')) this.replace(role, member);
    return member;
  }

  /** "NATO Secretary General:" after "NATO Secretary General Mark Rutte:": the same person, shorter. */
  private labelledWithOffice(office: readonly string[]): PersonName | null {
    // One holder only: "DEPUTY CLERK ALVAREZ:" and "TOWN CLERK HOYT:" leave "THE CLERK:" undecided.
    const holders = new Set<CastMember>();
    for (const [label, member] of this.byLabel) {
      const words = fold(label).split(' ');
      if (member.person && office.every((word) => words.includes(word))) holders.add(member);
    }
    if (holders.size === 1) return ([...holders][0] as CastMember).person;
    if (holders.size > 1) return null;
    // "Katrin Oberhauser, Chair of the Committee on International Trade. – …": the office printed
    // after a label's name, which the label's reading leaves out.
    if (office.length === 0) return null;
    const text = this.context.bodyText();
    const held = [...this.byLabel.values()].filter((member, at, all) => {
      if (!member.person?.given || all.indexOf(member) !== at) return false;
      const after = new RegExp(
        `(?:^|\\n)${escapeRegExp(member.person.display)},\\s+(?:the\\s+)?${office.map(escapeRegExp).join('\\s+')}(?![\\p{L}-])`,
        'iu',
      );
      return after.test(text);
    });
    return held.length === 1 ? ((held[0] as CastMember).person as PersonName) : null;
  }

  /** The page's one label that is this label and a surname after it ("SG" → "SG Kaitu'u"), if only one. */
  private labelWithSurname(bare: string): string | null {
    // "MINISTER:" beside "MINISTER TOSIKA:" at a joint press conference is the host, another minister;
    // "SG:", an office's initials, stands for the one "SG Kaitu'u:".
    if (!bare) return null;
    const office = bare.split(/\s+/u).every((word) => this.context.lexicon.titles.has(fold(word)));
    if (office && !/^\p{Lu}{2,4}$/u.test(bare)) return null;
    const labels = new Set<string>();
    const pattern = new RegExp(`^${escapeRegExp(bare)}\\s+(\\p{Lu}[\\p{L}\\p{M}'’-]+):`, 'gmu');
    for (const match of this.context.bodyText().matchAll(pattern)) labels.add(`${bare} ${match[1]}`);
    const [only] = labels;
    return labels.size === 1 && only && readLabelName(only, this.context.lexicon).person ? only : null;
  }

  /**
   * "MINISTER OF WORKS:" under "the Minister of Works, Engr. Chukwuemeka Obi": the person the
   * introduction names after the office with its portfolio, however the portfolio's name goes on
   * ("Minister of Information and National Orientation, Alhaji Musa Danladi").
   */
  private portfolioHolder(titles: readonly string[], printed: string): PersonName | null {
    // The office's head word: "HONOURABLE MINISTER OF INFORMATION" is the Minister of Information.
    const held = titles.filter((word) => !FORMS_OF_ADDRESS.has(word)).slice(-1);
    const portfolio = portfolioOf(printed);
    if (held.length === 0 || !portfolio) return null;
    const words = (text: string) => text.trim().split(/\s+/u).map(escapeRegExp).join('\\s+');
    const office = new RegExp(
      `(?<![\\p{L}])${words(held.join(' '))}\\s+(?:of|for)\\s+(?:the\\s+)?${words(portfolio)}(?![\\p{L}])[^,;.]{0,60},\\s+`,
      'iu',
    );
    // Case matters for the name, not for the office: "the Minister of Works, who said" names no one.
    const name = /^(?:\p{Lu}[\p{L}\p{M}.'’-]*\s+){0,3}\p{Lu}[\p{L}\p{M}'’-]+/u;
    const found = new Map<string, PersonName>();
    for (const text of this.context.introduction) {
      const at = office.exec(text);
      // "… designed under a former Minister of Works, Engr. Tony Anenih": not who holds it now.
      if (
        at &&
        /\b(?:former|ex-?|late|then|previous|past)\s+$/iu.test(text.slice(Math.max(0, at.index - 12), at.index))
      )
        continue;
      const named = at ? name.exec(text.slice(at.index + at[0].length))?.[0] : undefined;
      const person = named ? personName(nameAtEnd(named.split(/\s+/u), this.context.lexicon).name) : null;
      if (person?.given) found.set(person.key, person);
    }
    return found.size === 1 ? ([...found.values()][0] as PersonName) : null;
  }

  /**
   * "THE PRESIDENT", "Spokesperson:": the one person the introduction gives this title ("President
   * Trump", "Luca Moretti, Spokesperson for …") whom no label names; unless onlyGiven, else the one
   * person the page names whom no label names.
   */
  private titled(
    titles: readonly string[],
    { onlyGiven = false, portfolio }: { onlyGiven?: boolean; portfolio?: string | undefined } = {},
  ): PersonName | null {
    // Articles and forms of address name no office: "An Taoiseach" is the Taoiseach.
    const office = titles.filter((word) => !FORMS_OF_ADDRESS.has(word));
    if (office.length === 0) return null;
    // "MINISTER OF WORKS:" is not who "MINISTER OF INFORMATION:" was: the portfolio counts too.
    const shorter = this.labelledWithOffice(portfolio ? [...office, ...fold(portfolio).split(' ')] : office);
    if (shorter) return shorter;
    const title = new RegExp(`(?<![\\p{L}])${office.join('\\s+')}(?![\\p{L}])`, 'giu');
    const after = /^\s+((?:\p{Lu}[\p{L}\p{M}'’-]+\s+){0,2}\p{Lu}[\p{L}\p{M}'’-]+)/u;
    // "Jonathan Pryce, the Group Company Secretary", or a roster's "Jonathan Pryce – Group Company Secretary".
    const before =
      /((?:\p{Lu}[\p{L}\p{M}'’-]+\s+){1,2}\p{Lu}[\p{L}\p{M}'’-]+)(?:,|\s+[–—-])\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}$/u;
    const candidates = new Map<string, PersonName>();
    const labelled = new Map<string, PersonName>();
    const consider = (name: string | undefined) => {
      if (!name) return;
      const { name: words } = nameAtEnd(name.split(/\s+/u), this.context.lexicon);
      const person = personName(words);
      if (!person) return;
      // Someone whom a label names outright ("PRESIDENT MACRON") is not who "THE PRESIDENT" means…
      if ([...this.byLabel.values()].some((member) => member.person && canBe(person, member.person)))
        labelled.set(person.key, person);
      else candidates.set(person.key, person);
    };
    for (const text of this.context.introduction) {
      for (const match of text.matchAll(title)) {
        consider(after.exec(text.slice(match.index + match[0].length))?.[1]);
        consider(before.exec(text.slice(0, match.index))?.[1]);
      }
    }
    // "President: Mr. Ruslan Abenov . . . . (Kazakhstan)": a record's heading says who holds the chair.
    const heading = new RegExp(
      `^${office.join('\\s+')}\\s*:\\s+(?:(?:Mr|Ms|Mrs|Madam|Dr|H\\.E)\\.?\\s+)?((?:\\p{Lu}[\\p{L}\\p{M}'’-]+\\s+){0,2}\\p{Lu}[\\p{L}\\p{M}'’-]+)(?=[\\s.]*(?:\\([^()]{1,40}\\))?$)`,
      'iu',
    );
    for (const text of this.context.furniture) consider(heading.exec(text.trim())?.[1]);
    if (candidates.size === 1) return [...candidates.values()][0] as PersonName;
    if (candidates.size > 1) return null;
    // …unless they are the only one the introduction gives this title: "Chief Spokesperson:" after
    // "Paula Hennig:", on a page that says "chaired by Chief Spokesperson Paula Hennig".
    if (labelled.size === 1) return [...labelled.values()][0] as PersonName;
    if (onlyGiven) return null;
    // "PRIME MINISTER:" on a page headed "The Hon Anthony Albanese MP": the one person the page names
    // whom no label names.
    const named = new Map<string, PersonName>();
    // "PRIME MINISTER:" after "PM:" was read as that one person: the same office, another form.
    const byOffice = new Map<string, PersonName>();
    const furniture = new Set(this.context.furniture);
    for (const text of this.frontMatter()) {
      // "English EN", "Deutsch DE": a language switch, not a person.
      if (isLanguageSwitch(text.trim())) continue;
      for (const person of namesIn(text, this.context.lexicon)) {
        if (this.context.isOutletName(person.display) || this.namesAnEvent(person)) continue;
        // "Dáil Éireann debate", "Fairview Park events": a place or a body that names a page's section.
        if (
          furniture.has(text) &&
          text.includes(person.display) &&
          new RegExp(`${escapeRegExp(person.display)}\\s+\\p{Ll}`, 'u').test(text)
        )
          continue;
        const labels = [...this.byLabel].filter(([, member]) => member.person && canBe(person, member.person));
        if (labels.length === 0) named.set(person.key, person);
        else {
          const sameOffice = labels.find(
            ([label]) => readLabelName(label, this.context.lexicon).person === null && abbreviates(label, office),
          );
          if (sameOffice) byOffice.set(person.key, sameOffice[1].person as PersonName);
        }
      }
    }
    if (named.size === 1) return [...named.values()][0] as PersonName;
    return named.size === 0 && byOffice.size === 1 ? ([...byOffice.values()][0] as PersonName) : null;
  }

  /** "Moderated by the Head of the Press Office, Livia Sorrentino.", "BEFORE THE HONORABLE …": the one person the page says presides. */
  private moderatedBy(): PersonName | null {
    if (this.presiding !== undefined) return this.presiding;
    const named = new Map<string, PersonName>();
    const consider = (person: PersonName | undefined) => {
      if (person && person.given !== null && !this.context.isOutletName(person.display)) named.set(person.key, person);
    };
    for (const text of this.frontMatter()) {
      // "BEFORE THE HONORABLE RUTH A. CALLOWAY": the judge who presides over a hearing. "Moderated by …"
      // opens its sentence or its own clause ("…, broadcast on Radio Kwara, and moderated by his Chief
      // Press Secretary, Mrs. Bisola Adeyemo"); "the inquiry chaired by Judge Whitcombe" names another chair.
      for (const match of text.matchAll(
        /(?:^|[.;]\s+|,\s+and\s+(?=moderated))(?:(?:moderated|chaired) by|before the hono(?:u)?rable)\b([^;]*?)(?:(?<!\b(?:\p{Lu}|Mrs|Mr|Ms|Dr|Prof|Hon))\.(?:\s|$)|;|$)/gimu,
      ))
        for (const person of namesIn(match[1] ?? '', this.context.lexicon)) consider(person);
      // "The Committee met … at 10:02 a.m., Hon. Ellen Hartwell, Chairman, presiding.": the last name
      // before a "presiding" that closes its clause (not "presiding over the inquiry", "presiding judge of").
      if (!/presiding/iu.test(text)) continue;
      for (const match of text.matchAll(/\bpresiding\s*(?:[.;,]|$)/giu)) {
        const clause = this.clauseBefore(text, match.index);
        const person = namesIn(clause, this.context.lexicon).at(-1);
        if (person) consider(person);
        // "President Castellanos presiding,", as the International Court of Justice heads a sitting: an office and a surname.
        const office = person ? null : readLabelName(clause.trim().replace(/,$/u, ''), this.context.lexicon);
        if (office?.person && office.titles.length > 0 && clause.trim().split(/\s+/u).length <= 4)
          named.set(office.person.key, office.person);
      }
    }
    // A record in another language says who presides in its opening sentence, under its heading.
    for (const match of this.context.bodyText().matchAll(PRESIDED_BY_ABROAD))
      for (const person of namesIn(match[1] ?? '', this.context.lexicon)) consider(person);
    // "(The Deputy Speaker, Ms Harriet Kisakye Amuge, in the Chair.)": the note of who took the chair,
    // where the sitting prints one; where the chair changes hands, no one presides over all of it.
    const chairNotes = this.context.bodyText().match(ANY_IN_THE_CHAIR_NOTE)?.length ?? 0;
    if (chairNotes === 1)
      for (const match of this.context.bodyText().matchAll(IN_THE_CHAIR_NOTE))
        consider(readLabelName(match[1] as string, this.context.lexicon).person ?? undefined);
    const holderNotes = [...this.context.bodyText().matchAll(HOLDER_IN_THE_CHAIR)];
    if (chairNotes === 0 && holderNotes.length === 1)
      consider(readLabelName(holderNotes[0]?.[1] as string, this.context.lexicon).person ?? undefined);
    for (const text of this.frontMatter()) {
      const chair = PRESIDES_CYRILLIC.exec(text.trim())?.[1];
      if (chair) consider(readLabelName(chair.trim(), this.context.lexicon).person ?? undefined);
      const presidency = PRESIDENCY_HEADER.exec(text.trim())?.[1];
      if (presidency) consider(namesIn(presidency, this.context.lexicon)[0]);
    }
    this.presiding = named.size === 1 ? ([...named.values()][0] as PersonName) : null;
    return this.presiding;
  }

  /**
   * The clause that ends at `end`: from the last full stop or semicolon before it that ends a
   * sentence, not one after a title ("Hon."), an initial ("B.") or inside "a.m.".
   */
  private clauseBefore(text: string, end: number): string {
    let start = 0;
    for (const match of text.slice(0, end).matchAll(/([\p{L}.]*)([.;])(?=\s)/gu)) {
      const word = match[1] ?? '';
      const abbreviation = word.length <= 1 || word.includes('.') || this.context.lexicon.titles.has(fold(word));
      if (match[2] === ';' || !abbreviation) start = match.index + match[0].length;
    }
    return text.slice(start, end);
  }

  /**
   * Whom the page names as chairing ("IN THE CHAIR: MARIEKE DEVOS", "Presiding: …"); for a parliament's
   * "The Speaker:", the "Speaker: The Honourable …" over its sitting.
   */
  private chairedBy(speaker: boolean): PersonName | null {
    if (speaker && this.headedSpeaker) return this.headedSpeaker;
    for (const text of this.frontMatter()) {
      // "In the Chair: Marieke Devos"; "Deputy Diarmuid Kenneally in the Chair.", as the Oireachtas prints it.
      const named =
        // "President: Tone Berit Ødegård" over the Storting's sitting, "Voorzitter: Els van Doesburg".
        FRONT_CHAIR_HEADER.exec(text.trim())?.[1] ??
        /^(\p{Lu}[^.:;]{2,80}?)\s+in the chair\.?$/iu.exec(text.trim())?.[1] ??
        // "THE SPEAKER (JOANNA M. PELLETIER) PRESIDING", as a state House's journal heads its sitting.
        (speaker
          ? /^the speaker\s*\(([^()]{3,60})\)\s*(?:presiding|in the chair)?\.?$/iu.exec(text.trim())?.[1]
          : undefined);
      const person = named ? readLabelName(named, this.context.lexicon).person : null;
      if (person?.given) return person;
      // "主　　席　鍾委員雅筑": a record's field of the chair, its letters spaced out, then the chair.
      const headed = CASELESS_CHAIR_HEADER.exec(text.trim())?.[1];
      const caseless = headed ? caselessName(withoutCaselessOffices(headed, this.context.lexicon)) : null;
      if (caseless) return caseless;
    }
    // The same header over the first turn, in the body ("Voorzitter: Els van Doesburg" under the
    // heading): a name and nothing after it, not a chair's turn ("Voorzitter: Ik open de vergadering.").
    for (const line of this.context.bodyText().split('\n')) {
      const named = BODY_CHAIR_HEADER.exec(line.trim())?.[1];
      const person = named ? readLabelName(named, this.context.lexicon).person : null;
      if (person?.given && !person.initials && person.display === named?.trim()) return person;
    }
    return null;
  }

  /** The one person a roster line gives this office: "Dame Fiona Castellan – Chair", "Lena Fisk - Moderator". */
  private rosterHolder(office: string): PersonName | null {
    const holders = new Map<string, PersonName>();
    // A session's header may stand in the body, over the first turn: the first line that opens with
    // the office, closing no sentence ("Chair: Thank you. Next is Senator Aoife Brennan" is a turn).
    const lines = this.context.bodyText().split('\n');
    const first = lines.find((text) => fold(text.split(':')[0] ?? '') === office);
    const headers = first !== undefined && !/[.!?]\s*$/u.test(first) ? [first] : [];
    for (const text of [...this.frontMatter(), ...headers]) {
      const roster = /^(.{3,60}?)\s+[–—-]\s+(.{2,80})$/u.exec(text.trim());
      // "Moderator: Ms. Nadia Al-Harthi, journalist and presenter": a session's header, the office
      // first, then a name in capitalised words.
      const headed = /^([^:]{3,40}):\s+(\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){1,4})(?:[,;].*)?$/u.exec(
        text.trim(),
      );
      const [role, name] = roster ? [roster[2], roster[1]] : headed ? [headed[1], headed[2]] : [];
      // The whole role, not its last word: "Network Rail Chair" chairs something else.
      if (role === undefined || fold(role) !== office) continue;
      const person = readLabelName(name ?? '', this.context.lexicon).person;
      if (person?.given) holders.set(person.key, person);
    }
    return holders.size === 1 ? ([...holders.values()][0] as PersonName) : null;
  }

  /** Whether a session's list of its panel ("Speakers: …", "Panellists: …") names this person in full. */
  private onPanel(member: CastMember): boolean {
    const name = member.person?.given ? fold(member.person.display) : null;
    if (!name) return false;
    const panels = [...this.frontMatter(), ...this.context.bodyText().split('\n')]
      .filter((text) => PANEL_LINE.test(text))
      .map(fold);
    if (printing(panels, name).length === 0) return false;
    const named = new RegExp(`(?<![\\p{L}\\p{M}])${escapeRegExp(name)}(?![\\p{L}\\p{M}])`, 'u');
    return panels.some((text) => named.test(text));
  }

  /** Whom an oral history's catalogue names as its narrator ("Narrator: Dolores Kiszka Brennan"). */
  private headedNarrator: PersonName | null = null;

  /** Whom a header line over a sitting names as its speaker ("Speaker: The Honourable Gérald Tremblay-Ouimet"). */
  private headedSpeaker: PersonName | null = null;

  private frontMatterCache: readonly string[] | undefined;

  /** The title, lead and page furniture: where a page names its people and their offices. */
  private frontMatter(): readonly string[] {
    this.frontMatterCache ??= [...this.context.introduction, ...this.context.furniture].filter(
      (text) => !isShareBar(text.trim()),
    );
    return this.frontMatterCache;
  }

  private legendCache: Map<string, PersonName> | undefined;

  /** Initials a legend in the introduction or furniture explains: "Joanna Sefton (JS)". */
  /**
   * The one person the members' roster marks as its chair ("Members Present: Hon. Semi Tuilevuka
   * (Chairperson); …"); not a visiting company's "(Chairman)" in attendance, nor a chair sending
   * "Apologies".
   */
  private legendChair(): PersonName | null {
    const chairs = new Map<string, PersonName>();
    for (const text of this.frontMatter()) {
      if (!/^(?:committee |board )?members(?: present)?\s*:/iu.test(text.trim())) continue;
      for (const match of text.matchAll(NAMED_WITH_NOTE)) {
        if (!/^(?:the )?(?:chair|chairman|chairwoman|chairperson)$/iu.test((match[2] as string).trim())) continue;
        const person = readLabelName(match[1] as string, this.context.lexicon).person;
        if (person?.given) chairs.set(person.key, person);
      }
    }
    return chairs.size === 1 ? ([...chairs.values()][0] as PersonName) : null;
  }

  private legend(): Map<string, PersonName> {
    if (this.legendCache) return this.legendCache;
    const legend = new Map<string, PersonName>();
    // "Joanna Sefton (JS)"; "Members present: Harriet Colwell (Chair); …": initials, or a role;
    // "Speakers: Ellery Ms Margaret (The Speaker); …", as New South Wales's Hansard lists them.
    // A roster of who speaks may stand under the page's furniture, over the first turn.
    const rosters = this.context
      .bodyText()
      .split('\n')
      .filter((text) => ROSTER_LINE.test(text));
    for (const text of [...this.frontMatter(), ...rosters]) {
      for (const match of text.matchAll(NAMED_WITH_NOTE)) {
        const key = (match[2] ?? '').trim();
        const initials = /^\p{Lu}{1,4}$/u.test(key);
        const presides = PRESIDING_SPEAKER.test(fold(key));
        if (!initials && !presides && !roleOf(key, this.context.lexicon) && !this.context.lexicon.titles.has(fold(key)))
          continue;
        const words = (match[1] ?? '').split(/\s+/u);
        // "Ellery Ms Margaret" is an index's order; "Cllr Dr Ruth Kemp" opens with titles, in reading order.
        const ordered = this.context.lexicon.titles.has(fold(words[0] ?? '')) ? words : surnameFirst(words);
        const { name } = nameAtEnd(ordered, this.context.lexicon);
        const person = personName(name);
        if (person?.given) legend.set(initials ? key : fold(key), person);
      }
    }
    // "… remarks by the Secretary for Transport and Logistics, Ms Cheryl Yuen; the Under Secretary …":
    // who holds each office a label will name alone ("Secretary for Transport and Logistics:").
    for (const text of [...this.frontMatter(), this.context.bodyText()]) {
      for (const match of text.matchAll(OFFICE_HELD_BY)) {
        const person = personName(nameAtEnd((match[2] ?? '').split(/\s+/u), this.context.lexicon).name);
        const office = fold(match[1] ?? '');
        // "Secretary for Transport and Logistics", an office of something; not "the Chair, Professor
        // Alan Beckett" of a witness's society, whose word the committee's own chair is labelled by.
        const ofSomething = / (?:for|of) /u.test(office) && roleOf(match[1] ?? '', this.context.lexicon) === null;
        if (person?.given && ofSomething && !legend.has(office)) legend.set(office, person);
      }
    }
    this.legendCache = legend;
    return legend;
  }

  /** The one person the front matter names whose initials these are ("lk": Laura Kuenssberg). */
  private initialled(letters: string): PersonName | null {
    const found = new Map<string, PersonName>();
    for (const text of this.frontMatter())
      for (const named of namesIn(text, this.context.lexicon)) {
        if (!named.given || named.initials) continue;
        // In capitals a show's words run into its host's name ("SUNDAY WITH LAURA KUENSSBERG"): the
        // name is the last words, one for each letter.
        const words = named.display.split(' ').slice(-letters.length);
        const person = words.length === letters.length ? personName(words) : null;
        if (person?.given && lastWordsInitials(named.display, letters.length) === letters)
          found.set(person.key, person);
      }
    // "MD:" whose speaker says "I'm Maya Daniels" is hers, not the Medical Director's.
    const someoneSpeaking = () =>
      namesIn(this.context.bodyText(), this.context.lexicon).some(
        (named) => named.given && !named.initials && lastWordsInitials(named.display, letters.length) === letters,
      );
    if (found.size === 0 && letters.length >= 2 && !someoneSpeaking()) {
      // "CPS:" under "moderated by his Chief Press Secretary, Mrs. Bisola Adeyemo": the initials of an
      // office the page prints with its holder's name after it.
      const office = new RegExp(
        `(?<![\\p{L}])((?:\\p{Lu}[\\p{Ll}-]+\\s+){${letters.length - 1}}\\p{Lu}[\\p{Ll}-]+),?\\s+((?:\\p{Lu}[\\p{L}\\p{M}'’.-]*\\s+){1,4}\\p{Lu}[\\p{L}\\p{M}'’-]+)`,
        'gu',
      );
      for (const text of this.frontMatter())
        for (const match of text.matchAll(office)) {
          const words = (match[1] as string).split(/\s+/u);
          if (initialsOf(words.map((word) => fold(word))) !== letters) continue;
          if (!this.context.lexicon.titles.has(fold(words.at(-1) as string))) continue;
          const person = readLabelName(match[2] as string, this.context.lexicon).person;
          if (person?.given && !person.initials) found.set(person.key, person);
        }
    }
    return found.size === 1 ? ([...found.values()][0] as PersonName) : null;
  }

  /**
   * "The Daily Star (TDS)": a label of the page's that spells out these initials word by word, or
   * the same letters in another order ("TSD:", a slip of the typist's under "TDS:").
   */
  private spelledOutLabel(initials: string): string | null {
    const sorted = (letters: string) => [...letters].sort().join('');
    // A slip is made once: "AFR:" asking twice beside "Radio Free Asia (RFA):" is another paper.
    const printedOnce =
      (this.context.bodyText().match(new RegExp(`^${escapeRegExp(initials)}:`, 'gmu'))?.length ?? 0) <= 1;
    for (const match of this.context.bodyText().matchAll(/^([^:()\n]{3,60}?)\s*\((\p{Lu}{2,4})\):/gmu)) {
      const label = (match[1] ?? '').trim();
      const printed = match[2] ?? '';
      const sameLetters = printed === initials || (printedOnce && sorted(printed) === sorted(initials));
      if (initialsOf(label.split(/\s+/u)).toUpperCase() === printed && sameLetters) return `${label} (${printed})`;
    }
    return null;
  }

  /** Whether a line of the page's own, a name of two to four words, has these initials ("The Africa Report": "tar"). */
  isMastheadInitials(letters: string): boolean {
    return this.frontMatter().some((text) => {
      const words = text.trim().split(/\s+/u);
      return (
        words.length >= 2 &&
        words.length <= 4 &&
        words.every((word) => /^\p{Lu}[\p{L}\p{M}'’-]*$/u.test(word)) &&
        initialsOf(words.map((word) => fold(word))) === letters &&
        // "Prime Minister" over a "PM:" page is an office's, not a masthead.
        !words.every((word) => this.context.lexicon.titles.has(fold(word))) &&
        this.context.isOutletLabel(text.trim())
      );
    });
  }

  /**
   * "Mrs Kelly" where the members' list prints "Mr Pádraig Kelly" and "Mrs Rosemary Kelly": of two
   * or more people with one surname, the one the page addresses the same way.
   */
  private byFormOfAddress(short: PersonName, titles: readonly string[]): PersonName | null {
    const address = titles.find((title) => GENDERED_ADDRESS.has(title));
    if (!address) return null;
    // The pattern, compiled for each surname, only where a text prints a form of address before a capital.
    const texts = printing(this.frontMatter(), short.display).filter((text) => ADDRESSED.test(text));
    if (texts.length === 0) return null;
    const pattern = new RegExp(
      `(?<![\\p{L}])(Mr|Mrs|Ms|Miss)\\.?\\s+((?:\\p{Lu}[\\p{L}\\p{M}'’.-]*\\s+){1,3}${escapeRegExp(short.display)})(?![\\p{L}\\p{M}])`,
      'gu',
    );
    const byAddress = new Map<string, Map<string, PersonName>>();
    for (const text of texts)
      for (const match of text.matchAll(pattern)) {
        const person = personName((match[2] as string).split(/\s+/u));
        if (!person?.given || person.initials) continue;
        const form = fold(match[1] as string);
        if (!byAddress.has(form)) byAddress.set(form, new Map());
        byAddress.get(form)!.set(person.key, person);
      }
    const people = byAddress.get(address);
    // Only where the page needs it: one surname for people it addresses differently.
    return byAddress.size > 1 && people?.size === 1 ? ([...people.values()][0] as PersonName) : null;
  }

  /**
   * The one fuller form of a given name and surname the page prints, with middle names between them
   * ("Habeeb Olarewaju Adebisi" for "Habeeb Adebisi"), or the name.
   */
  /** Whether three turns or more open "I:", a research interview's interviewer. */
  private interviewerLettered(): boolean {
    return (this.context.bodyText().match(/^I:\s/gmu)?.length ?? 0) >= 3;
  }

  private lowerCaseWordsCache: Set<string> | undefined;

  /**
   * Whether the page prints the word, or a shorter form of it of five letters or more, in lower case
   * ("formand" for "Formanden"): a common noun, such as an office, not a name.
   */
  private printsStemInLowerCase(word: string): boolean {
    const lower = word.toLowerCase();
    for (const printed of this.lowerCaseWords())
      if (printed.length >= 5 && (lower.startsWith(printed) || printed.startsWith(lower))) return true;
    return false;
  }

  /** Whether the page prints the word in lower case anywhere, as it prints no name. */
  private printsInLowerCase(word: string): boolean {
    return this.lowerCaseWords().has(word.toLowerCase());
  }

  /** The words the page prints in lower case, read once per document. */
  private lowerCaseWords(): Set<string> {
    this.lowerCaseWordsCache ??= lowerCaseWords([this.context.bodyText(), ...this.frontMatter()]);
    return this.lowerCaseWordsCache;
  }

  private fullestForm(person: PersonName): PersonName {
    if (!person.given || person.initials) return person;
    const fuller = new Map<string, PersonName>();
    for (const text of this.frontMatter())
      for (const named of namesIn(text, this.context.lexicon)) {
        if (named.key === person.key || named.initials) continue;
        // A second surname only where the words are not a headline's, each capitalised ("Adaeze
        // Okafor Thinks"), nor a month's ("by Dilara Aslan May 27, 2025"), the page never prints
        // the word in lower case ("Marcus T. Obi Hold") and the name ends at a stop or a comma.
        const secondSurname =
          !inTitleCase(text) &&
          secondSurnameAdded(person.display, named.display) &&
          // "Rocío Baena Maldonado, presidenta …", not "Sadiq Khan ULEZ expansion …": the name ends there.
          new RegExp(`${escapeRegExp(named.display)}\\s*(?:[,.;:()]|$)`, 'iu').test(text) &&
          !IS_MONTH.test(named.display.split(' ').at(-1) as string) &&
          !this.printsInLowerCase(named.display.split(' ').at(-1) as string);
        if (middleNamesAdded(person.display, named.display) || secondSurname) fuller.set(named.key, named);
      }
    return fuller.size === 1 ? ([...fuller.values()][0] as PersonName) : person;
  }

  /** The full name this short form stands for, if the document prints exactly one. */
  private fullName(short: PersonName): PersonName | null {
    const fits = (names: readonly PersonName[]) => {
      const found = names.filter((name) => name.given !== null && !name.initials && canBe(short, name));
      const distinct = [...new Map(found.map((name) => [name.key, name])).values()];
      if (distinct.length === 1) return distinct[0] as PersonName;
      // "Habeeb Olarewaju Adebisi" in the lead, "Gov Habeeb Adebisi" in a caption: one person, whose
      // fullest form holds every other's words in order.
      const fullest = distinct.find((name) => distinct.every((other) => middleNamesAdded(other.display, name.display)));
      return fullest ?? null;
    };
    const introduced = fits(this.introducedPeople().map((entry) => entry.person));
    if (introduced) return this.fullestForm(introduced);
    // "Principal Deputy Press Secretary Marcus Ellery En Route Columbus": the given names right
    // before the surname, wherever the page prints them.
    // "Ковальчук Т.І.": the family name before its initials.
    const printedWords = short.display.split(' ');
    const surname = printedWords.find((word) => fold(word) === short.surname) ?? printedWords.at(-1) ?? '';
    if (surname.length > 1 && short.given === null) {
      // "Choi Hye-won", "Baek Sung-hoon": the family name first and a hyphenated given name, as Korean
      // names are romanised; "Minister Choi" is the one the page prints so.
      const familyFirst = new Map<string, PersonName>();
      for (const match of afterWord(this.frontMatter(), surname, NOT_AFTER_LETTER, HYPHENATED_GIVEN_NAME) ??
        spelt(
          this.frontMatter(),
          [surname],
          `(?<![\\p{L}])${escapeRegExp(surname)}[^\\S\\n]+(\\p{Lu}\\p{Ll}+-\\p{Ll}+)(?![\\p{L}\\p{M}])`,
          'gu',
        )) {
        const person = familyNameFirst(surname, match.groups[0] as string);
        familyFirst.set(person.key, person);
      }
      if (familyFirst.size === 1) return [...familyFirst.values()][0] as PersonName;
    }
    if (surname.length > 1) {
      const near: PersonName[] = [];
      // The given names printed right before the surname, on one line and in one field: "WITNESSES"
      // over "Okafor, Daniel …", "Questioner<tab>Halloran" are no names.
      const givenBefore = (
        given: string,
        printedSurname: string,
        after = '',
        texts = this.frontMatter(),
        word = CAPITALISED_WORD,
        ending = NOT_BEFORE_LETTER,
      ) => {
        for (const match of wordsBefore(texts, printedSurname, word, ending) ??
          spelt(
            texts,
            [printedSurname],
            `((?:${given}[^\\S\\n\\t]+){1,3})${escapeRegExp(printedSurname)}(?![\\p{L}\\p{M}])${after}`,
            'gu',
          )) {
          // "KAMARUDDIN HASHIM WITH BERNAMA": no given name comes before a word that joins a sentence.
          const words = (match.groups[0] ?? '').trim().split(/\s+/u);
          if (isJoiningWord(words.at(-1) as string)) continue;
          const { name } = nameAtEnd(withoutJoiningWordFirst([...words, surname]), this.context.lexicon);
          const person = name.length >= 2 ? personName(name) : null;
          if (person) near.push(person);
        }
      };
      givenBefore(`\\p{Lu}[\\p{L}\\p{M}'’.-]*`, surname);
      // "DIANA K. LEE, California": a roster in capitals, as the printing office sets a committee's
      // members, the name ending at a comma, a note or the line's end (not "PROTECTING YOUNG ATHLETES").
      // So may the head of the body, above the first turn, where a transcript's cover and roster stand
      // ("18 MARGARET ANDERSEN, Chair" under the printed line numbers); not its words in any case,
      // where a speaker's "Wheels Forward. I'm Dana Whitfield" runs a sentence into a name.
      givenBefore(
        `\\p{Lu}[\\p{Lu}\\p{M}'’.-]*`,
        surname.toUpperCase(),
        '(?=\\s*(?:[,(]|$))',
        [...this.frontMatter(), ...this.headOfBody()],
        WORD_IN_CAPITALS,
        BEFORE_COMMA_OR_END,
      );
      // "Mark HOLLOWAY", "Anne-Sophie RIVIÈRE": the given names as written, one space apart, and the
      // family name in capitals, as international courts' rosters print them, in columns.
      const capitalSurname = surname.toUpperCase();
      let rostered: RegExp | undefined;
      for (const text of [...this.frontMatter(), ...this.headOfBody()]) {
        if (!text.includes(capitalSurname)) continue;
        rostered ??= new RegExp(
          `(?<![\\p{L}\\p{M}])((?:\\p{Lu}\\p{Ll}[\\p{L}\\p{M}'’-]* ){1,2})${escapeRegExp(capitalSurname)}(?![\\p{L}\\p{M}])(?=\\s*(?:[,(]|$)|\\s{2,})`,
          'gmu',
        );
        for (const match of text.matchAll(rostered)) {
          const person = personName([...(match[1] as string).trim().split(' '), surname]);
          if (person) near.push(person);
        }
      }
      // "MORITA Kenji": the family name in capitals before the given name, as Japanese and some
      // other governments print names.
      const inCapitals = printing(this.frontMatter(), surname.toUpperCase());
      if (inCapitals.length > 0) {
        const firstGiven = (text: string) => {
          const found = afterWord([text], surname.toUpperCase(), NOT_AFTER_LETTER, GIVEN_NAME_AFTER);
          if (found) return found[0]?.groups[0];
          return new RegExp(
            `(?<![\\p{L}])${escapeRegExp(surname.toUpperCase())}[^\\S\\n]+(\\p{Lu}\\p{Ll}[\\p{L}\\p{M}'’-]*)(?![\\p{L}\\p{M}])`,
            'u',
          ).exec(text)?.[1];
        };
        for (const text of inCapitals) {
          const given = firstGiven(text);
          const person = given ? personName([given, surname]) : null;
          if (person) near.push(person);
        }
      }
      // "Halloran, Sen Bridget", "Fairbairn-Ng, Ms Louisa, Secretary": an index prints the family name
      // first, then the title and the given name.
      for (const match of afterWord(this.frontMatter(), surname, NOT_AFTER_LETTER_OR_MARK, INDEXED_GIVEN_NAME) ??
        spelt(
          this.frontMatter(),
          [`${surname},`],
          `(?<![\\p{L}\\p{M}])${escapeRegExp(surname)},[^\\S\\n]+((?:[\\p{L}.]+[^\\S\\n]+){0,3}?)(\\p{Lu}\\p{Ll}[\\p{L}\\p{M}'’-]*)(?=,|\\s*$)`,
          'gmu',
        )) {
        const { text } = match;
        const titles = (match.groups[0] ?? '').trim().split(/\s+/u).filter(Boolean);
        if (!titles.every((word) => this.context.lexicon.titles.has(fold(word)))) continue;
        // "REPRESENTATIVES: Pereira, Okonkwo-Hale, Bruno, Tanaka": a roster of surnames ("IN ATTENDANCE:
        // Brennan, Siobhan" is an index).
        // So is "Judges Hollis, Tanaka-Reyes, Verkhovskaya, Oduya": three single names in a row, under any heading.
        if (titles.length === 0 && (SURNAME_ROSTER.test(text) || this.listsSurnames(text))) continue;
        // "Caroline M. Hendricks, Secretary, U.S. Department …": an office after the name, not a given name.
        if (this.context.lexicon.titles.has(fold(match.groups[1] as string))) continue;
        const person = personName([match.groups[1] as string, surname]);
        if (person) near.push(person);
      }
      const found = fits(near);
      // "the Minister of National Defence, Jaime Andrés Quintero Rojas, and …" for "Minister
      // Quintero": a Spanish or Portuguese name, its bearer called by the first of two surnames, in
      // full where the page sets it off with a comma or a bracket.
      const twoSurnames = new Map<string, PersonName>();
      const spaced = short.given === null ? this.frontMatter() : [];
      for (const match of wordsBefore(spaced, surname, CAPITALISED_WORD, SECOND_SURNAME) ??
        spelt(
          spaced,
          [surname],
          `((?:\\p{Lu}[\\p{L}\\p{M}'’.-]*[^\\S\\n\\t]+){1,3})${escapeRegExp(surname)}[^\\S\\n\\t]+(\\p{Lu}[\\p{Ll}\\p{M}'’-]+)(?=[^\\S\\n]*[,(])`,
          'gu',
        )) {
        const words = (match.groups[0] ?? '').trim().split(/\s+/u);
        if (isJoiningWord(words.at(-1) as string)) continue;
        const { name } = nameAtEnd([...words, surname], this.context.lexicon);
        const person = name.length >= 2 ? personName([...name, match.groups[1] as string]) : null;
        if (person?.given) twoSurnames.set(person.key, person);
      }
      const [both] = twoSurnames.size === 1 ? twoSurnames.values() : [];
      if (both && (!found || both.key.startsWith(`${found.key} `))) return both;
      if (found) return found;
      // "КОВАЛЬЧУК Т.І." at a sitting whose chair alone gives the full name ("Слово надається … Сергій
      // Мельничук"): initials a given name printed right before the surname fits, in the words spoken.
      if (short.initials) {
        const spoken: PersonName[] = [];
        for (const match of spelt(
          [this.context.bodyText()],
          [surname],
          `(?<![\\p{L}\\p{M}])(\\p{Lu}\\p{Ll}[\\p{L}\\p{M}'’-]*)[^\\S\\n]+${escapeRegExp(surname)}(?![\\p{L}\\p{M}])`,
          'gu',
        )) {
          if (this.context.lexicon.titles.has(fold(match.groups[0] as string))) continue;
          const person = personName([match.groups[0] as string, surname]);
          if (person) spoken.push(person);
        }
        const inWords = fits(spoken);
        if (inWords) return inWords;
      }
    }
    // "MARISA:" on a page that names "Marisa Okonkwo-Reid's morning show": a host known by her given
    // name; "Naruemon:" under a roster's "Moderator: Ms. Naruemon Chaiyasit" above her first turn
    // (not "RENATA:", a caller, whom another caller's "Renata Alvarez" further down is not).
    const byGivenName = (people: readonly PersonName[]) => {
      if (short.given !== null || short.display.includes(' ')) return null;
      const byGiven = people.filter((person) => person.given?.split(' ')[0] === short.surname);
      const distinct = new Map(byGiven.map((person) => [person.key, person]));
      return distinct.size === 1 && !people.some((person) => person.surname === short.surname)
        ? ([...distinct.values()][0] as PersonName)
        : null;
    };
    const introducedByGiven = byGivenName(this.introducedPeople().map((entry) => entry.person));
    if (introducedByGiven) return introducedByGiven;
    this.bodyNames ??= namesIn(this.context.bodyText(), this.context.lexicon);
    // Only where the page names her before her first turn.
    const body = this.context.bodyText();
    const firstTurn = body.search(new RegExp(`^${escapeRegExp(short.display)}\\s*:`, 'imu'));
    return fits(this.bodyNames) ?? byGivenName(namesIn(body.slice(0, Math.max(0, firstTurn)), this.context.lexicon));
  }

  private roleHolder(role: 'asks' | 'answers' | 'moderates'): CastMember {
    const { kind } = this.context;
    const wanted: ParticipantRole =
      role === 'moderates'
        ? 'moderator'
        : role === 'answers'
          ? kind === 'interview'
            ? 'interviewee'
            : 'principal'
          : kind === 'interview'
            ? 'interviewer'
            : 'questioner';
    // A press event's "Reporter:" is an unnamed reporter, not the first reporter a label named ("NHK, Tanabe:").
    const holder = this.members.find(
      (member) =>
        member.role === wanted &&
        (wanted !== 'principal' || member.settled) &&
        (wanted !== 'questioner' || member.id === ANONYMOUS.questioner),
    );
    if (holder) return holder;
    const moderator = wanted === 'moderator' ? this.moderatedBy() : null;
    if (moderator) return this.namedMember(moderator, 'Moderator', ['moderator']);
    const id =
      wanted === 'moderator'
        ? ANONYMOUS.moderator
        : wanted === 'interviewee' || wanted === 'principal'
          ? ANONYMOUS.interviewee
          : wanted === 'interviewer'
            ? ANONYMOUS.interviewer
            : ANONYMOUS.questioner;
    return this.add({ id, name: null, person: null }, wanted, true);
  }

  private roleOfRegistered(id: string): ParticipantRole {
    const affiliation = this.context.registry.get(id)?.affiliation;
    const journalist = Boolean(affiliation);
    // A journalist of another outlet, asked for comment, is a guest of this interview.
    if (this.context.kind === 'interview')
      return journalist
        ? this.context.outletIds.includes(affiliation as string)
          ? 'interviewer'
          : 'guest'
        : 'interviewee';
    if (this.context.kind === 'meeting') return 'principal';
    return journalist ? 'questioner' : 'principal';
  }

  private add(
    who: { id: string; name: string | null; person: PersonName | null },
    role: ParticipantRole,
    settled: boolean,
  ): CastMember {
    const existing = this.member(who.id);
    if (existing) return existing;
    // A registry speaker replaces the anonymous holder of their role.
    if (role === 'interviewer' || role === 'interviewee') {
      const placeholder = this.members.findIndex((member) => member.id === ANONYMOUS[role]);
      if (placeholder !== -1 && who.id !== ANONYMOUS[role]) this.members.splice(placeholder, 1);
    }
    const member: CastMember = { ...who, role, settled, addressedAs: null };
    this.members.push(member);
    return member;
  }

  private formsOfAddress(who: { id: string; person: PersonName | null }, honoured: boolean): Vocative | null {
    const entry = this.context.registry.get(who.id);
    const forms = entry ? [entry.name, ...entry.aliases] : [];
    if (who.person) {
      forms.push(who.person.display);
      const surname = who.person.display.split(' ').at(-1) ?? '';
      if (surname)
        forms.push(
          ...['Mr.', 'Mr', 'Ms.', 'Ms', 'Mrs.', 'Madam', 'Dr.', 'President', 'Minister'].map(
            (title) => `${title} ${surname}`,
          ),
        );
    }
    return Vocative.of(forms, honoured ? this.context.lexicon.honorifics : []);
  }

  private registryMention(journalist: boolean): { id: string; name: null; person: null } | null {
    const { lexicon, registry, outletIds } = this.context;
    for (const text of this.context.introduction) {
      const folded = ` ${fold(text)} `;
      let best: { id: string; at: number } | null = null;
      for (const [alias, id] of lexicon.aliases) {
        const entry = registry.get(id);
        if (Boolean(entry?.affiliation) !== journalist) continue;
        if (journalist && entry?.affiliation && outletIds.length > 0 && !outletIds.includes(entry.affiliation))
          continue;
        if (!alias.includes(' ')) continue;
        const at = folded.indexOf(` ${alias} `);
        if (at !== -1 && (!best || at < best.at)) best = { id, at };
      }
      if (best) return { id: best.id, name: null, person: null };
    }
    return null;
  }

  /**
   * "Luiz Inácio Lula" → "Luiz Inácio Lula da Silva" where the page prints the name in full: the
   * family names joined by a particle, which labels leave out. Matching keeps the shorter form.
   */
  private withFamilyNames(display: string): string {
    const texts = printing(this.frontMatter(), display);
    if (texts.length === 0) return display;
    const firstTail = (text: string) => {
      const found = afterWord([text], display, null, FAMILY_NAMES_AFTER);
      if (found) return found[0]?.groups[0];
      return new RegExp(`${escapeRegExp(display)}${FAMILY_NAMES_AFTER.source}`, 'u').exec(text)?.[1];
    };
    for (const text of texts) {
      const found = firstTail(text);
      if (found) return `${display}${found.replace(/\s+/gu, ' ')}`;
    }
    return display;
  }

  /**
   * "Marina:" after "Jornalista Marina Teles:": a one-word label that is no one's surname but the
   * given name of exactly one person already speaking.
   */
  private byGivenName(person: PersonName): CastMember | undefined {
    if (person.given !== null || person.key.includes(' ')) return undefined;
    const word = person.key;
    if (this.members.some((member) => member.person?.surname === word)) return undefined;
    const matches = this.members.filter((member) => member.person?.given?.split(' ')[0] === word);
    return matches.length === 1 ? matches[0] : undefined;
  }

  /**
   * "SG:", "Taoiseach:" where the introduction names one person and no journalist, but not by that
   * office ("Secretary-General's press encounter … António Guterres"): the office is theirs.
   */
  private soleOfficeHolder(titles: readonly string[]): PersonName | null {
    const office = titles.filter((word) => !FORMS_OF_ADDRESS.has(word));
    if (office.length === 0 || JOURNALIST_WORDS.test(office.join(' ')) || SPOKESPERSON.test(office.join(' ')))
      return null;
    // Named after a title ("Taoiseach Micheál Martin") or on a line of their own under the headline.
    const people = this.introducedPeople().filter((entry) => !entry.journalist && (entry.titled || entry.alone));
    if (people.length !== 1) return null;
    const [only] = people;
    // Not someone a label already names outright.
    if (
      [...this.byLabel.values()].some(
        (member) => member.person && (canBe(only!.person, member.person) || canBe(member.person, only!.person)),
      )
    )
      return null;
    return only!.person;
  }

  /** Members whose label notes they speak "from the floor". */
  private readonly fromFloor = new Set<string>();

  /** Members shown by more given names than their first label printed: later labels may drop them too. */
  private readonly givenNamesAdded = new Set<string>();

  /**
   * The one person the title or lead introduces, with a title, by this name with more given names:
   * "Minister Helena Barbosa Lacerda" for a label's "Minister Helena Lacerda". Only a titled label
   * asks: "MARIA LOPEZ:" is not her mother "Maria Elena Lopez", whom the lead names.
   */
  private withMiddleNames(person: PersonName): PersonName | null {
    const fuller = new Map<string, PersonName>();
    for (const { person: introduced, titled } of this.introducedPeople())
      if (titled && addsGivenNames(introduced, person)) fuller.set(introduced.key, introduced);
    return fuller.size === 1 ? ([...fuller.values()][0] as PersonName) : null;
  }

  /** People the title and lead name, each marked journalist when introduced as one ("by correspondent Jane Doe"). */
  private introducedPeople(): IntroducedPerson[] {
    if (this.introduced) return this.introduced;
    const people: IntroducedPerson[] = [];
    // "Compartir en Whatsapp   Compartir en Facebook   …", "Narrator: Edith Sowerby     Interviewer: Colin
    // Marsh": a menu's links or a header's fields, spaced apart, each read on its own.
    for (const text of this.context.introduction.flatMap((line) => line.split(/ {3,}|\t/u))) {
      let previous: { entry: IntroducedPerson; end: number } | null = null;
      // "Why a Maine Lobsterman Gave Up Lobster": a headline in title case capitalises every word, words
      // that are no name among them.
      const headline = inTitleCase(text);
      for (const person of namesIn(text, this.context.lexicon)) {
        if (speakerOf(person.display, this.context.lexicon) || this.context.isOutletName(person.display)) continue;
        if (headline && this.wordsNotName(person.display)) continue;
        // "Addis Ababa, 12 February 2026": a dateline's place; "ISTANBUL May 27, 2025": its place and month.
        if (
          (
            afterWord([text], person.display, null, MONTH_AFTER) ?? [
              ...spelt([text], [], `${escapeRegExp(person.display)}${MONTH_AFTER.source}`, 'gu'),
            ]
          ).length > 0
        )
          continue;
        const month = person.display.split(' ').find((word) => IS_MONTH.test(word));
        if (month && new RegExp(`(?<![\\p{L}])${month}\\s+\\d{1,2}\\b`, 'u').test(text)) continue;
        const known = people.find((entry) => entry.person.key === person.key);
        if (known) {
          // Named again ("Foreign Minister Tomasz Wielgosz spoke to …" under the title that named him):
          // still who the next name is spoken of beside.
          const again = fold(text).indexOf(person.key);
          previous = again === -1 ? previous : { entry: known, end: again + person.key.length };
          continue;
        }
        if (this.namesAnOrganisation(person)) continue;
        // "By Quarterline Transcribing – Oct 24, 2024": the byline's writer (the context's byline) is
        // nobody the introduction presents as speaking.
        if (person.key.startsWith('by ') && fold(text).startsWith(person.key)) continue;
        if (this.namesAnEvent(person)) continue;
        const folded = fold(text);
        const at = folded.indexOf(person.key);
        // Only the words right before the name say what they are: "… to correspondent Jane Doe", "… by Jane Doe".
        const before = at === -1 ? '' : folded.slice(0, at).split(' ').filter(Boolean).slice(-4).join(' ');
        // "interviewed by", "conducted … by", "moderated by" name a journalist; "a briefing by" its speaker.
        const sentence = at === -1 ? '' : folded.slice(Math.max(0, at - 80), at);
        const askedBy =
          /\bby$/u.test(before) &&
          /\b(?:interview\w*|conducted|moderated|hosted|asked|questioned|presented)\b/u.test(sentence);
        // "its founder, Datuk Lim Chee Keong": an honorific of rank is no office.
        const printedAt = text.indexOf(person.display);
        const titled =
          before
            .split(' ')
            .slice(-2)
            .some((word) => this.context.lexicon.titles.has(word) && !RANK_HONORIFICS.has(word)) ||
          // "theo ông Trần Quang Vinh": Vietnamese's Mr and Mrs, told by their marks from the surname Ong,
          // which folding the marks away would make them.
          (printedAt > 0 && VIETNAMESE_COURTESY.test(text.slice(0, printedAt)));
        if (this.printedAsThing(person.display, titled)) continue;
        const alone = fold(text) === person.key;
        // "… an interview to Caroline Ashby, senior correspondent of The Meridian Review": the
        // words right after the name say what she is.
        const after = at === -1 ? '' : folded.slice(at + person.key.length, at + person.key.length + 50);
        const describedAs = DESCRIBED_AS_JOURNALIST.test(after);
        // "Interview by Julien Aubertin and Clara Moussaoui": the second asks as the first does.
        const pairedWithJournalist: boolean =
          previous !== null &&
          previous.entry.journalist &&
          at !== -1 &&
          folded.slice(previous.end, at).trim() === 'and';
        const entry: IntroducedPerson = {
          person,
          journalist:
            JOURNALIST_WORDS.test(before) ||
            // "She spoke to Claire Azzopardi Vella about leaks …": whom the one interviewed spoke to, untitled;
            // not "Sarah Ferguson speaks to Jim Chalmers", the presenter to her guest.
            (!titled && SPOKE_TO.test(before) && !this.outletish(person.display)) ||
            // "Foreign Minister Tomasz Wielgosz spoke to Maria Santos of …": an office holder speaks to a journalist.
            (!titled &&
              previous !== null &&
              previous.entry.titled &&
              !previous.entry.journalist &&
              at !== -1 &&
              /^(?:also )?(?:spoke|talked|speaks|talks) (?:to|with)$/u.test(folded.slice(previous.end, at).trim()) &&
              !this.outletish(person.display)) ||
            askedBy ||
            describedAs ||
            pairedWithJournalist ||
            this.outletsJournalist(text, person),
          paired: pairedWithJournalist,
          titled,
          alone,
        };
        people.push(entry);
        if (at !== -1) previous = { entry, end: at + person.key.length };
      }
    }
    this.introduced = people;
    return people;
  }

  /**
   * "the response to Storm Iona", "Operation Harbour Shield", "the junction with Mill Lane": a storm,
   * an operation or a street by its name, unless someone of that name speaks ("Storm Halvorsen:
   * Healing, thanks.", "LANE: …").
   */
  private namesAnEvent(person: PersonName): boolean {
    const words = person.display.split(' ');
    const name = words.map(escapeRegExp).join('\\s+');
    const event = EVENT_NAME_WORDS.has(fold(words[0] ?? ''));
    // A street is where something is: "on Harlow Road", "near the junction with Mill Lane"; "Rebecca
    // Lane" spoken to or introduced is a person.
    const street =
      words.length > 1 &&
      STREET_WORDS.has(fold(words.at(-1) ?? '')) &&
      new RegExp(
        `(?:\\b(?:on|in|at|along|near|off|onto|into|across|down|up|via|between)|\\b(?:junction|corner|crossroads) (?:with|of))\\s+${name}(?![\\p{L}])`,
        'u',
      ).test([...this.frontMatter(), this.context.bodyText()].join('\n'));
    if (!event && !street) return false;
    // Printed as a label, whole or by its last word ("LANE:"), the name is a speaker's after all.
    const last = escapeRegExp(words.at(-1) ?? '');
    return !new RegExp(`(?:^|\\n)[*_]*(?:${name}|${last})[*_]*\\s*:`, 'iu').test(this.context.bodyText());
  }

  /**
   * "Kintaro Foods chief sees …", "Yumiko Hashida, president of Kintaro Foods": a name the page
   * gives a head, or puts after an office and "of", is an organisation's.
   */
  private namesAnOrganisation(person: PersonName): boolean {
    // Read with its punctuation: "Yumiko Hashida, president of …" gives her an office, not a head;
    // and whole: "chairman of the Tony Blair Institute" names an institute, not Tony Blair.
    const words = person.display.split(' ');
    const texts = printing(this.context.introduction, ...words).filter((text) =>
      printsHeadBeside(text, words[0] ?? '', words.at(-1) ?? ''),
    );
    if (texts.length === 0) return false;
    const name = words.map(escapeRegExp).join('\\s+');
    const pattern = new RegExp(
      `(?<![\\p{L}])${name}\\s+${ORGANISATION_HEAD}(?![\\p{L}])|(?<![\\p{L}])${ORGANISATION_HEAD}\\s+(?:of|at)\\s+(?:the\\s+)?${name}(?![\\p{L}])(?!\\s+\\p{Lu})`,
      'u',
    );
    return texts.some((text) => pattern.test(text));
  }

  /**
   * Whether a name read from a title-case headline is words, not a name: two of its words or more that
   * the page's own text prints in lower case ("gave", "up", "lobster"), as no one prints a surname.
   */
  private wordsNotName(display: string): boolean {
    // Three words or more: "Will Young" is a name, whatever the page says of "the young man".
    const words = display.split(' ');
    if (words.length < 3) return false;
    const text = this.context.bodyText();
    const lowerCase = words.filter(
      (word) =>
        text.includes(word.toLowerCase()) &&
        new RegExp(`(?<![\\p{L}])${escapeRegExp(word.toLowerCase())}(?![\\p{L}])`, 'u').test(text),
    );
    return lowerCase.length >= 2;
  }

  /**
   * Whether the page prints the words as a thing's name, after a lower-case article and ending there:
   * "the two ends of the Middle Corridor". No one writes "the Rimantas Vaitkus"; "the Tony Blair
   * Institute" names an institute, and the name read is only part of it.
   */
  private printedAsThing(display: string, titled: boolean): boolean {
    const words = display.split(' ');
    // "the Wadi Samra basin" is a place's; but a name the page gives a title ("deputy governor Helena
    // Strand") is a person's, whose effect "the Helena Strand effect" is: then the name must end the phrase.
    const ending = titled ? THING_ENDS_TITLED_NAME : THING_ENDS_NAME;
    const texts = printing([this.context.bodyText(), ...this.context.introduction], 'the', ...words);
    if (texts.length === 0) return false;
    if (words.some((word) => !PLAIN_WORD.test(word))) {
      const pattern = new RegExp(`(?<![\\p{L}])the\\s+${words.map(escapeRegExp).join('\\s+')}${ending.source}`, 'u');
      return texts.some((text) => pattern.test(text));
    }
    return texts.some((text) => printsAfterThe(text, words, ending));
  }

  /** "Nikkei Asia": an outlet's name, or one that opens with an outlet's ("She spoke to Nikkei Asia about …"). */
  private outletish(display: string): boolean {
    const words = display.split(' ');
    return words.some((_, at) => this.context.isOutletName(words.slice(0, at + 1).join(' ')));
  }

  /** "answered questions from Anadolu's Aysegul Demir": a name printed as the asking outlet's own is a journalist's. */
  private outletsJournalist(text: string, person: PersonName): boolean {
    const before = printedBefore(text, person.display);
    // Whom someone answered or spoke to: "… questions from Anadolu's", "… told Al Arabiya's"; not the
    // sentence's subject ("the Washington Post's Sally Quinlan is retiring" is the one interviewed).
    const owned =
      /(?:\b(?:from|to|told|tells|telling|with|by|asked)\s+)((?:the\s+)?\p{Lu}[\p{L}\d.&-]*(?:\s+\p{Lu}[\p{L}\d.&-]*){0,3}?)(?:['’]s|(?<=s)['’])\s*$/u.exec(
        before,
      )?.[1];
    if (owned !== undefined && this.context.isOutletName(owned.replace(/^the\s+/iu, ''))) return true;
    // "… speaks with Tahsin Mahmud of The Daily Star about …": whom the subject speaks to, and her paper.
    const at = text.indexOf(person.display);
    const paper = /^\s+(?:of|from)\s+((?:the\s+)?\p{Lu}[\p{L}\d.&-]*(?:\s+\p{Lu}[\p{L}\d.&-]*){0,3})/u.exec(
      text.slice(at + person.display.length),
    )?.[1];
    return (
      at !== -1 &&
      paper !== undefined &&
      /\b(?:spoke|speaks|talked|talks) (?:to|with)\s*$/u.test(before) &&
      this.context.isOutletName(paper.replace(/^the\s+/iu, ''))
    );
  }

  /**
   * The journalist whom the page's text above the first label names as an outlet's own ("… answered
   * questions from Anadolu's Aysegul Demir") or as whom the subject spoke to ("She spoke to Claire
   * Azzopardi Vella about leaks …"), when the title and lead name none.
   */
  private furnitureJournalist(): { id: string; name: string; person: PersonName } | null {
    const found = new Map<string, PersonName>();
    for (const text of this.context.furniture) {
      for (const person of namesIn(text, this.context.lexicon)) {
        const spokeTo =
          SPOKE_TO.test(fold(printedBefore(text, person.display)).trim()) && !this.outletish(person.display);
        if (person.given && (this.outletsJournalist(text, person) || spokeTo)) found.set(person.key, person);
      }
    }
    if (found.size !== 1) return null;
    const person = [...found.values()][0] as PersonName;
    return { id: personId(person.display), name: person.display, person };
  }

  private introducedPerson(
    journalist: boolean,
    except?: string,
  ): { id: string; name: string; person: PersonName } | null {
    const candidates = this.introducedPeople().filter(
      (entry) => entry.journalist === journalist && personId(entry.person.display) !== except,
    );
    // "Interview by Julien Aubertin and Clara Moussaoui": unlabelled questions are the pair's, not the first one's.
    if (journalist && candidates.some((entry) => entry.paired)) return null;
    // A name printed with a title ("Chief Executive Mette Henriksen") before one without ("Nordhavn Terminals").
    const found = candidates.find((entry) => entry.titled) ?? candidates[0];
    if (!found) return null;
    // "Foreign Minister B.Oyunchimeg" in the title, "… Batsaikhan Oyunchimeg gave an interview" below:
    // the name in full, of the one the page says gave it (not "her late husband, Anthony Okafor").
    const full = found.person.initials && !journalist ? this.fullName(found.person) : null;
    const gaveIt =
      full !== null &&
      new RegExp(`${escapeRegExp(full.display)}\\s+(?:gave|granted)\\s+(?:an?\\s+)?(?:\\S+\\s+)?interview`, 'u').test(
        this.context.bodyText(),
      );
    const person = gaveIt && full ? full : journalist ? found.person : this.fullestForm(found.person);
    return { id: personId(person.display), name: person.display, person };
  }
}

/** What ends a name printed as a thing's, after "the": a stop or a joining word for a titled name's, else no capital next. */
const THING_ENDS_TITLED_NAME =
  /(?:\s*[.,;:?!)”’"]|\s+(?:and|or|is|was|are|were|has|had|will|would|can|could|to|in|of|from|through|between|with|that|which|as)\b|$)/uy;
const THING_ENDS_NAME = /(?![\p{L}])(?!\s+\p{Lu})/uy;
/** A word that opens with no space and holds no half of a surrogate pair: read by printsAfterThe(). */
const PLAIN_WORD = /^[^\s\uD800-\uDFFF][^\uD800-\uDFFF]*$/;
const SPACE = /\s/u;

/**
 * Whether the text prints "the", after no letter, then the words, one or more spaces before each, and
 * then what `ending` (sticky) asks for: the pattern `(?<![\p{L}])the\s+WORD\s+WORD…` with the ending,
 * read where the text prints the first word. Each word opens with no space, so the spaces before it
 * are all the spaces there.
 */
function printsAfterThe(text: string, words: readonly string[], ending: RegExp): boolean {
  const first = words[0] as string;
  for (let at = text.indexOf(first); at !== -1; at = text.indexOf(first, at + 1)) {
    let start = at;
    while (start > 0 && SPACE.test(text.charAt(start - 1))) start--;
    if (start === at || start < 3 || !text.startsWith('the', start - 3)) continue;
    NOT_AFTER_LETTER.lastIndex = start - 3;
    if (!NOT_AFTER_LETTER.test(text)) continue;
    let end = at + first.length;
    let all = true;
    for (const word of words.slice(1)) {
      let next = end;
      while (next < text.length && SPACE.test(text.charAt(next))) next++;
      if (next === end || !text.startsWith(word, next)) {
        all = false;
        break;
      }
      end = next + word.length;
    }
    if (!all) continue;
    ending.lastIndex = end;
    if (ending.test(text)) return true;
  }
  return false;
}

/** The words printed before a name's first occurrence in a text, up to the start of its sentence. */
function printedBefore(text: string, display: string): string {
  const at = text.indexOf(display);
  if (at === -1) return '';
  const before = text.slice(0, at).trimEnd();
  return before.slice(Math.max(0, before.search(/[^.!?]*$/u)));
}

/** A roster of members under its heading in capitals ("SENATORS: Marchetti, Lindqvist"): surnames, not an index's "Halloran, Bridget". */
const SURNAME_ROSTER =
  /^(?:SENATORS|REPRESENTATIVES|MEMBERS(?: PRESENT)?|COUNCILLORS|COUNCILMEMBERS|COMMISSIONERS|DELEGATES|ASSEMBLYMEMBERS)\s*:\s/mu;

/** Three or more single names in a row, parted by commas: a roster of surnames. */
const SURNAME_LIST = /(?<=^|[\s,])\p{Lu}[\p{L}\p{M}'’-]+, \p{Lu}[\p{L}\p{M}'’-]+, \p{Lu}[\p{L}\p{M}'’-]+(?=,|$)/gu;

/** "she spoke to", folded: a pronoun for the one interviewed, and whom they spoke to after it. */
const SPOKE_TO = /(?:^|\s)(?:she|he|they)\s+(?:also\s+)?(?:spoke|talked|speaks|talks) (?:to|with)$/u;

const IS_MONTH = new RegExp(`^${MONTH_NAME}$`, 'u');
/** A dateline's day and month after its place: ", 12 February", " May". */
const MONTH_AFTER = new RegExp(`,?\\s+(?:\\d{1,2}\\s+)?${MONTH_NAME}\\b`, 'uy');

/** Who heads an organisation, before or after its name: "Kintaro Foods chief", "president of Kintaro Foods". */
const ORGANISATION_HEAD =
  '(?:[Cc]hief|[Pp]resident|[Cc]hair(?:man|woman)?|[Hh]ead|[Bb]oss|[Ff]ounder|[Dd]irector|[Ee]xecutive|[Ss]pokes(?:person|man|woman)|CEO)';

const HEAD_AFTER = new RegExp(`\\s+${ORGANISATION_HEAD}(?![\\p{L}])`, 'gu');
const HEAD_OF = new RegExp(`(?<![\\p{L}])${ORGANISATION_HEAD}\\s+(?:of|at)\\s+`, 'gu');
const THE = /the\s+/y;

/**
 * Whether the text prints an organisation's head after a name's last word ("Kintaro Foods chief") or
 * "… of" before its first ("president of (the) Kintaro"): where namesAnOrganisation()'s pattern can
 * match, read with two patterns compiled once before one is compiled for the name.
 */
function printsHeadBeside(text: string, first: string, last: string): boolean {
  // A word ending or opening in white space (a no-break space) would be read into the gap.
  if (/\s/u.test(first + last)) return true;
  for (const match of text.matchAll(HEAD_AFTER)) if (text.startsWith(last, match.index - last.length)) return true;
  for (const match of text.matchAll(HEAD_OF)) {
    const at = match.index + match[0].length;
    if (text.startsWith(first, at)) return true;
    THE.lastIndex = at;
    if (THE.test(text) && text.startsWith(first, THE.lastIndex)) return true;
  }
  return false;
}

/** "PM" and "Prime Minister", "SG" and "Secretary-General": one office, written out or by its initials. */
function abbreviates(label: string, office: readonly string[]): boolean {
  const words = fold(label)
    .split(/[\s-]+/u)
    .filter(Boolean);
  const spelled = office.flatMap((word) => word.split('-'));
  return (
    words.join(' ') === spelled.join(' ') ||
    (words.length === 1 && words[0] === initialsOf(spelled)) ||
    (spelled.length === 1 && spelled[0] === initialsOf(words))
  );
}

/** "MINISTER OF WORKS" → "WORKS": the portfolio a label's office names. */
function portfolioOf(printed: string): string | undefined {
  return /\s(?:of|for)\s+(?:the\s+)?(\p{L}[\p{L}\s'’-]{2,40})$/iu.exec(withoutNote(printed).trim())?.[1];
}

/** "English EN", "Français FR": a language's name and its code, its first two letters in capitals. */
function isLanguageSwitch(text: string): boolean {
  const named = /^(\p{Lu}\p{Ll}+)\s+(\p{Lu}{2})$/u.exec(text);
  return named !== null && (named[1] as string).slice(0, 2).toUpperCase() === named[2];
}

/** The initials of a name's last `count` words, folded: "I'm Maya Daniels", 2 → "md". */
function lastWordsInitials(display: string, count: number): string {
  return initialsOf(
    display
      .split(' ')
      .slice(-count)
      .map((word) => fold(word)),
  );
}

/**
 * Whether `full` is `short` with middle names added: the same first and last word, and every word of
 * `short` in order ("Habeeb Adebisi" in "Habeeb Olarewaju Adebisi"; not "Presidency Thandeka Mabaso").
 */
function middleNamesAdded(short: string, full: string): boolean {
  const words = full.split(' ');
  const shortWords = short.split(' ');
  if (words[0] !== shortWords[0] || words.at(-1) !== shortWords.at(-1)) return false;
  let at = 0;
  for (const word of shortWords) {
    at = words.indexOf(word, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

/**
 * "Rocío Baena" in the headline, "Rocío Baena Maldonado" in the caption: the same name with a second
 * surname after it, as Spanish and Portuguese names are printed in full.
 */
function secondSurnameAdded(short: string, full: string): boolean {
  const words = full.split(' ');
  const shortWords = short.split(' ');
  return words.length === shortWords.length + 1 && shortWords.every((word, at) => words[at] === word);
}

/** "Share: Facebook   X   LinkedIn   Email": a page's share buttons, whose names are networks, not people. */
function isShareBar(text: string): boolean {
  const buttons = text.replace(/^(?:share(?: this(?: \p{L}+)?)?|follow us(?: on)?)\s*:?\s*/iu, '');
  return (
    buttons !== text &&
    /^(?:(?:facebook|x|twitter|linkedin|e-?mail|whatsapp|telegram|instagram|youtube|tiktok|reddit|print|copy link|threads|bluesky)(?:\s*[|·,]\s*|\s+|$))+$/iu.test(
      buttons,
    )
  );
}

/** "Ellery Ms Margaret" → "Margaret Ellery": an index's surname, form of address and given names, in order. */
function surnameFirst(words: string[]): string[] {
  const at = words.findIndex((word, index) => index > 0 && index < words.length - 1 && INDEX_ADDRESS.test(word));
  return at === -1 ? words : [...words.slice(at + 1), ...words.slice(0, at)];
}

/** "Speakers: …", "Members present: …": a line that lists a sitting's people and their offices. */
const ROSTER_LINE = /^(?:speakers|members present|present|participants|panel(?:ists|lists)?|in attendance)\s*:/iu;
/** A session's list of who speaks on its panel; a committee's "Members present:" are those who ask. */
const PANEL_LINE = /^(?:speakers|panel(?:ists|lists)?)\s*:/iu;

const INDEX_ADDRESS = /^(?:Mr|Ms|Mrs|Miss|Dr)\.?$/u;

/**
 * "위원장 서영태", "이도현 위원", "국토교통부장관후보자 한정우": a name in a script without capitals and the
 * office printed before or after it, or compounded into a word ending in the office's; the name is what
 * is left, when something is.
 */
function withoutCaselessOffices(printed: string, lexicon: Lexicon): string {
  const words = printed.split(/\s+/u);
  if (words.length < 2) return titleInsideName(printed, lexicon) ?? printed;
  const office = (word: string) => lexicon.titles.has(fold(word)) || endsInCaselessWord(fold(word), lexicon.titles);
  const kept = words.filter((word) => !office(word));
  return kept.length > 0 && kept.length < words.length ? kept.join(' ') : printed;
}

/**
 * "邱委員志遠", "方部長正霖": a family name of one or two letters, the office, then the given name of one
 * or two, as Taiwan's Legislative Yuan prints its members and officials; the name is 邱志遠, 方正霖.
 * "山中委員長": a family name and the office after it; the name is 山中.
 */
function titleInsideName(word: string, lexicon: Lexicon): string | null {
  if (!/^\p{Lo}{3,8}$/u.test(word)) return null;
  // "山中委員長", "王主席": a family name of one to three letters and the office after it.
  for (let family = 1; family <= 3; family++) {
    const office = word.slice(family);
    if (office.length >= 2 && (lexicon.titles.has(fold(office)) || lexicon.roles.get(fold(office)) === 'moderates'))
      return word.slice(0, family);
  }
  for (let family = 1; family <= 2; family++)
    for (let given = 1; given <= 2; given++) {
      const office = word.slice(family, word.length - given);
      if (office.length >= 2 && lexicon.titles.has(fold(office)))
        return word.slice(0, family) + word.slice(word.length - given);
    }
  return null;
}

/** Whether two spellings of a given name begin with the same two letters and end with the same one. */
function sameEnds(one: string, other: string): boolean {
  return one.slice(0, 2) === other.slice(0, 2) && one.at(-1) === other.at(-1);
}
