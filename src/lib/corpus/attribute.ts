/**
 * Step 3, attribute: who speaks each paragraph of a conversation.
 *
 * First every paragraph's marker is read (`observe`), then the document's convention is decided from
 * what its paragraphs are marked with (`convention.ts`), and then all paragraphs are decided at once
 * by a small Viterbi decoder over the participants whose transition weights are the convention's:
 * in a labelled transcript an unlabelled paragraph goes on with the last label's speaker; where
 * only the questions are labelled, it is the reply; in a dash-marked one a dash changes speaker and
 * content (a question, "Mr. President, …", a missing line) can overrule the weak cues. The margin
 * between the best and the next-best choice for a paragraph is its confidence; low-confidence
 * decisions are reported.
 */
import type { AttributionMethod, Convention, ParticipantRole } from './schema.ts';
import { isNarrative, type Paragraph } from './segment.ts';
import { labelled } from './convention.ts';
import { contentCues } from './content-cues.ts';
import {
  askersWordAtEnd,
  NOTES_ONLY,
  CALL_AFFILIATION,
  LONE_LETTER_LABEL,
  QUESTION_NUMBER,
  SYMBOL_LABEL,
  WORDED_TURNS,
  wordedTurnPattern,
  TURN_NUMBER,
  SITTING_TIMES,
  SITTING_TIMES_ABROAD,
  isEditorial,
  isOfficeAlone,
  isTitleOnly,
  namesSpeakerOrOffice,
  looksLikeSpeakerName,
  readLabelLine,
  endsWithRunningTime,
  opensWithTime,
  readSpeechHeading,
  INITIAL_AND_SURNAME,
  stopLabelBeforeWords,
  DOT_DASH_LABEL,
  CAPS_DASH_LABEL,
  FULL_WIDTH_COLON_LABEL,
  CASELESS_COLON_LABEL,
  CASELESS_LINE_LABEL,
  HONORIFIC_SUFFIX,
  isStopLabel,
  CAPTION_LABEL,
  DATELINE_LABEL,
  REPORTING_VERB,
  type PageMarkers,
  readLeadingMarker,
  announcesSpeech,
  isBareRoomNote,
  LINK_ITEM,
  roleOf,
  type LeadingMarker,
  type Lexicon,
} from './markers.ts';
import {
  escapeRegExp,
  fold,
  lowerCaseWords,
  matchable,
  ENDS_A_SENTENCE,
  SENTENCE_END_MARKS,
  SPACED_CASELESS_LETTER,
  spacedWords,
  withoutQuotations,
  type Vocative,
} from './text.ts';
import { isCapitalCity } from './registry.ts';
import { opensWithDate } from './date.ts';
import { COURTESY_TITLES, endsInCaselessWord } from './names.ts';
import { pairMemo } from './memo.ts';

export interface Participant {
  /** A speaker id, or a placeholder ("@interviewer") for an anonymous one, named per document later. */
  id: string;
  role: ParticipantRole;
  /** Vocative forms ("Mr. President", "Ilham Heydarovich"): a paragraph addressing them is not theirs. */
  addressedAs: Vocative | null;
}

/** A paragraph as read, before anyone is decided: its marker, and what its words suggest. */
export interface Observation {
  paragraph: Paragraph;
  /** Passage text: the paragraph less its turn marker. */
  text: string;
  /** The label or dash as printed. */
  label: string | null;
  /** The name a label gives, as printed ("PRESIDENT MACRON", "Q"), for the cast to resolve. */
  labelName: string | null;
  /** The label is shaped like a name; a lone capitalised word only counts once the document confirms it. */
  sureLabel: boolean;
  labelLine?: number;
  marker: 'label' | 'dash' | 'none';
  nonSpeech: boolean;
  /** A label the document did not confirm ("Note:", "Editor's note:"), kept as text. */
  rejectedLabel: string | null;
  /** A question set in bold, the document's only mark of who asks. */
  emphasised?: boolean;
  cues: string[];
  score: number;
}

export interface AttributedParagraph {
  paragraph: Paragraph;
  text: string;
  label: string | null;
  labelLine?: number;
  speaker: string | null;
  method: AttributionMethod;
  confidence: 'high' | 'low';
  cues: string[];
  /** True when this paragraph opens a turn (a marker, a label, a gap or a change of speaker). */
  opensTurn: boolean;
}

/** "(Applause.)", "[Crosstalk]", "(BEGIN VIDEOTAPE)", "<…>": said by nobody. */
// A whole paragraph in square brackets is the publisher's, however long: "[The prepared statement of
// Mr. Okafor was submitted for the record …]"; a short one in round brackets too, not a long
// "(Translation: …)" of what the speaker just said. With the full stop a record sets after it, only in
// the third person: "(La señora vicepresidenta, Gómez Sanz, ocupa la Presidencia).", not a speaker's
// aside "(I'm joking, of course)." or a translation "(We are not afraid).".
const STAGE_DIRECTION =
  /^\([^()]{1,80}\)$|^\((?![^()]*\b(?:I|I['’]m|[Ww]e|me|my|[Oo]ur|us|[Yy]ou|[Yy]our)\b)[^()]{1,80}\)\.$|^\[[^[\]]{1,400}\]\.?$|^<[^<>]{0,80}>$|^‹[^‹›<>]{0,80}[›>]$/u;
/** A list's item: a dash or a bullet, then a space. */
const DASHED = /^[-–—•]\s/u;
/** A line that ends with no mark at all ("Our episode 31 on parking minimums"), not a sentence's nor a broken-off dash. */
const BARE_END = /[\p{L}\p{N})’']\s*$/u;
/**
 * "(The following question was asked and answered in Urdu. An unofficial English rendering is given
 * below.)": a longer paragraph in brackets that speaks of the text, in no one's first or second
 * person; not "(Translation: The agreement signed today …)", the speaker's own words rendered.
 */
const TRANSCRIBERS_NOTE =
  /^\((?!\s*(?:translation|translated|in english|english translation|interpretation)\b)(?![^()]*\b(?:I|me|my|we|us|our|you|your)\b)[^()]{81,300}\)$/iu;
/**
 * A sitting's record of what was done, on a line of its own: "It was so decided.", "Question put and
 * agreed to.", "The meeting rose at 12.50 p.m."; and, in such a record only, "Draft resolution
 * A/79/L.31 was adopted (resolution 79/145)." (a guest may say "The amendment was carried by two votes.").
 */
const RECORD_OF_SITTING = /^(?:It was so (?:decided|ordered|agreed)|Question put and (?:agreed to|negatived))\.?$/iu;
const RECORD_OF_DECISION =
  /^(?:The )?(?:draft )?(?:resolution|decision|amendment|motion|bill|report)\b.{0,80}?\bwas (?:adopted|rejected|carried|agreed to|withdrawn)[^.]{0,60}\.?$/iu;
/** In a sitting's record only: "L'incident est clos." is also what a politician says of a quarrel. */
const INCIDENT_CLOSED = /^(?:het incident is gesloten|l['’]incident est clos)\.?$/iu;
function recordOfSitting(text: string): boolean {
  return RECORD_OF_SITTING.test(text) || SITTING_TIMES.test(text) || SITTING_TIMES_ABROAD.test(text);
}

/** A label that opens a paragraph without a colon, in a form only a document that repeats it confirms. */
interface OpeningLabel {
  /** The label as the document's labels are compared: "The Chairman", "(Moderator)". */
  key: string;
  name: string;
  printed: string;
  textStart: number;
}

/** Capitalised words of a name, a note in brackets perhaps, and a colon: the rest of a label. */
const NAME_TO_COLON = /^(?:\p{Lu}[\p{L}'’.-]*\s+){0,4}\p{Lu}[\p{L}'’.-]*(?:\s*\([^()]{1,40}\))?:\s/u;

/**
 * "The Chairman. Good morning." → "The Chairman"; "Senator Quist. Thank you." → "Senator Quist":
 * an office, or a title and a surname, that ends in a full stop before the words. "(Moderator) We
 * will now take questions.", "(Prime Minister Ishiba) Thank you." → a role or a name in brackets.
 */
function openingLabel(text: string, lexicon: Lexicon): OpeningLabel | null {
  const period = /^\s*((?:The\s+)?\p{Lu}[\p{L}-]*\.?(?:\s+\p{Lu}[\p{L}'’-]+){0,2})\.\s+(?=\S)/u.exec(text);
  if (period?.[1]) {
    const words = fold(period[1]).split(' ');
    const first = words[0] === 'the' ? words[1] : words[0];
    // A title must open it ("Mr.", "Senator", "The Chairman"), and it must be short; not where it ends on
    // an abbreviation ("Ing.": short, in lower case after its capital) inside a longer label whose name
    // goes on to its colon ("Präsident Ing. Friedrich Aschauer: …"). A hearing prints its surnames in
    // capitals: "Mr. SMITH. Senator Kaine: …" is Smith's turn.
    const last = period[1].split(/\s+/u).at(-1) ?? '';
    const abbreviated = last.length <= 4 && /^\p{Lu}\p{Ll}+$/u.test(last);
    const goesOnToColon = abbreviated && NAME_TO_COLON.test(text.slice(period[0].length));
    if (first && lexicon.titles.has(first) && words.length >= 2 && words.length <= 4 && !goesOnToColon)
      return { key: period[1], name: period[1], printed: `${period[1]}.`, textStart: period[0].length };
  }
  // "President. – The next item …", "Ilse Varga, Member of the Commission. – Madam President, …",
  // "Hannes Kolb (PfE), blue-card question. – …": the European Parliament's verbatim reports.
  const dashed = /^\s*([^–—\n]{2,140}?)\.\s+([–—-])\s+(?=\S)/u.exec(text);
  const speaker = dashed?.[1]?.split(/\s*[,(]/u)[0]?.trim();
  if (dashed && speaker && namesSpeakerOrOffice(speaker, lexicon))
    return { key: speaker, name: speaker, printed: dashed[0].trim(), textStart: dashed[0].length };
  const bracketed = /^\s*\(([^()]{2,60})\)\s+(?=\S)/u.exec(text);
  const inside = bracketed?.[1]?.trim();
  if (bracketed && inside && (roleOf(inside, lexicon) !== null || looksLikeSpeakerName(inside, lexicon)))
    return { key: `(${inside})`, name: inside, printed: bracketed[0].trim(), textStart: bracketed[0].length };
  return null;
}

/**
 * A speaker key, as the World Health Organization prints one over its transcripts: under "Speaker key:",
 * "CR Carla Rinaldi", "AO Dr Amara Osei-Bonsu", each person's initials and then the name they stand
 * for, at least two such lines. The initials then open each turn without a colon ("CR Good afternoon …").
 */
function speakerKey(body: readonly Paragraph[], lexicon: Lexicon): { lines: Set<number>; names: Map<string, string> } {
  const lines = new Set<number>();
  const names = new Map<string, string>();
  // Only under its heading: "GP General Practitioner" in a glossary, "JS Jean Sinclair" in minutes are no key.
  body.forEach((paragraph, at) => {
    if (!(SPEAKER_KEY_HEADING.test(body[at - 1]?.text.trim() ?? '') || lines.has(at - 1))) return;
    const keyed = /^(\p{Lu}{2,4})\s+(\p{Lu}[\p{L}\p{M}.'’ -]{2,60})$/u.exec(paragraph.text.trim());
    if (!keyed) return;
    const words = (keyed[2] as string).split(/\s+/u).filter((word) => !lexicon.titles.has(fold(word)));
    const initials = words.map((word) => word[0]).join('');
    if (words.length < 2 || words.length > 4 || initials !== keyed[1]) return;
    lines.add(at);
    names.set(keyed[1] as string, keyed[2] as string);
  });
  return names.size >= 2 ? { lines, names } : { lines: new Set(), names: new Map() };
}

const SPEAKER_KEY_HEADING =
  /^(?:speakers?['’]? key|key to speakers|speakers?|participants|panellists|panelists)\s*:?$/iu;

/**
 * "Joan Pike -- Chief Executive Officer", "Lena Fisk -- Harbour Securities -- Analyst", "Meredith
 * Sloane - Vice President, Investor Relations": a call's speaker line.
 */
const DASHED_ROLE = /(?<!\s)\s+(?:--|[–—-])\s+\p{Lu}.{0,100}$/u;

/**
 * "MODERATOR – Ms. Liya Haile Mariam, Directorate of …", "QUESTION – Mr. Tesfaye Gebremedhin, Addis
 * Standard": a role, then the person, as a label "Liya Haile Mariam (MODERATOR)"; null for a role
 * and no person ("QUESTION – Journalist, Xinhua News Agency").
 */
function roleAndName(line: string, lexicon: Lexicon): string | null {
  const parts = ROLE_THEN_PERSON.exec(line);
  if (!parts || !isUnnamedRole(parts[1] as string, lexicon)) return null;
  return `${parts[2]}${parts[3] ? `, ${parts[3].trim()}` : ''} (${parts[1]})`;
}

const ROLE_THEN_PERSON =
  /^(\p{Lu}[\p{L}]+(?: \p{Lu}[\p{L}]+)?)\s+[–—-]\s+(?:(?:Mr|Ms|Mrs|Dr|Prof)\.?\s+)(\p{Lu}[\p{L}\p{M}'’-]+(?:\s+\p{Lu}[\p{L}\p{M}'’-]+){1,3})(?:,(.*))?$/u;

/** What follows a name line's name: its role, or (`OFFICES_AFTER_NAME`) up to two offices more. */
const ROLE_AFTER_NAME = /,\s+[\p{Lu}\d][^,]{1,60}$/u;
const OFFICES_AFTER_NAME = /,\s+[\p{Lu}\d][^,]{1,60}(?:,\s+[\p{Lu}\d][^,]{1,60}){0,2}$/u;

/** "SAMI HADDAD, HOST" → "SAMI HADDAD": a name line's name, without what they are. */
function withoutRole(text: string): string {
  // "DR. KWAME ASANTE-BOATENG, DIRECTOR, SUSTAINABLE ENVIRONMENT AND BLUE ECONOMY": all after the comma
  // of a full name in capitals; not "North Macedonia, EC/DA, Spokesperson for the group", a member's
  // country, group and office under her name.
  // A call's speaker line, its role after a dash, has the company's commas before it: "Priya Raman,
  // UBS Investment Bank, Research Division - Analyst".
  const offices = /^[^,\s\p{Ll}]+\s[^,\p{Ll}]+,/u.test(text) || DASHED_ROLE.test(text);
  // The dashed role first: "Sandeep Krishnan, Coralline Health Limited - MD, CEO & Director" is the
  // person, the company, then the offices, whose commas are the role's.
  return text.replace(DASHED_ROLE, '').replace(offices ? OFFICES_AFTER_NAME : ROLE_AFTER_NAME, '');
}

/** "RACHEL MENDEZ", "WHITBY": a name in capitals alone on its line, one to four words. */
const CAPITAL_NAME_LINE = /^\p{Lu}[\p{Lu}\p{M}'’.-]*(?: \p{Lu}[\p{Lu}\p{M}'’.-]*){0,3}(?<=\p{L})$/u;
/** "Mihi Parata", "Leilani Fa'asavalu": a name in Title Case alone on its line, two to four words. */
const TITLE_NAME_LINE = /^\p{Lu}[\p{L}\p{M}'’.-]*(?: \p{Lu}[\p{L}\p{M}'’.-]*){1,3}(?<=\p{L})$/u;

/**
 * "Operator", "Moderator", "The Minister", "Mr Speaker": a role, or an office with its article or form of address,
 * read as a speaker's line only among the names' lines it stands with.
 */
function isUnnamedRole(text: string, lexicon: Lexicon): boolean {
  if (!text.includes(' ')) return roleOf(text, lexicon) !== null;
  const office = /^(?:The|An|Mr\.?|Madam)\s+(.+)$/u.exec(text)?.[1];
  return office !== undefined && office.split(' ').length <= 3 && isTitleOnly(office, lexicon);
}

function nameCase(text: string): string {
  return text
    .toLowerCase()
    .replace(/(^|[\s'’.-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}

/**
 * "Norway, SOC, Vice-President of the Assembly", "Poland, EPP/CD, Rapporteur": a member's country,
 * group and role under the name, as the Council of Europe's Assembly prints them.
 */
const AFFILIATION = /^\p{Lu}[\p{L}\p{M}'’ -]{1,30}, \p{Lu}[\p{Lu}/&-]{1,12}(?:, [^.!?,]{2,60})?$/u;

/** "(Lakeside North) (Ind)", "14:30:00", "Share this contribution": what a page prints between a speaker's line and the words. */
function isBetweenLabelAndWords(text: string): boolean {
  return (
    STAGE_DIRECTION.test(text) ||
    AFFILIATION.test(text) ||
    CALL_AFFILIATION.test(text) ||
    NOTES_ONLY.test(text) ||
    /^\d{1,2}:\d{2}(?::\d{2})?$/u.test(text) ||
    // "Translated": the Senedd's mark over words spoken in Welsh and printed in English.
    /^(?:translated|interpreted)$/iu.test(text) ||
    /^(?:share|copy|print|download|email|save|listen|watch|play|view|read|show|hide)(?: \p{Ll}+){0,4}$/iu.test(text)
  );
}

/**
 * "Labour", "Welsh Liberal Democrats", "Plaid Cymru": a party's name, a few capitalised words, on a
 * line of its own: a party's word alone or first, or two of them; not "Damian Green" or "Ruth Green",
 * a person whose surname is a party's word.
 */
function isPartyLine(text: string, lexicon: Lexicon): boolean {
  if (!/^\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,3}$/u.test(text)) return false;
  const words = text.split(' ').map((word) => fold(word));
  const parties = words.filter((word) => lexicon.parties.has(word)).length;
  return lexicon.parties.has(words[0] as string) || parties >= 2 || words.at(-1) === 'party';
}

/**
 * "PRESENTATION", "QUESTIONS AND ANSWERS": a section's heading in capitals, a few words and no stop,
 * under a name line (the last of a list of participants) that introduces no words.
 */
function isCapitalHeading(text: string): boolean {
  const trimmed = text.trim();
  // Not a reply of an acronym or two ("NASA", "OK"): a heading's word is longer, or there are several.
  const long = /\p{Lu}{6}/u.test(trimmed) || spacedWords(trimmed, 6) >= 2;
  return /^\p{Lu}[\p{Lu}\d\s&'’-]*$/u.test(trimmed) && spacedWords(trimmed, 6) <= 5 && long;
}

/** A line without its question number before ("Q12. [4521]") or its turn's number after ("[3]"). */
function withoutNumbers(line: string): string {
  const unasked = line.replace(QUESTION_NUMBER, '');
  // Asked only of a line that ends in a bracket: the pattern alone is tried at every space of a paragraph.
  return unasked.endsWith(']') ? unasked.replace(TURN_NUMBER, '') : unasked;
}

/** A speaker's line as one: its question number dropped, the seat and party under it joined to it. */
function speakerLineAt(body: readonly Paragraph[], at: number): string {
  const text = withoutNumbers((body[at] as Paragraph).text.trim());
  const under = body[at + 1]?.text.trim() ?? '';
  // Only under a line that could be a name: "…think of something." over "(Laughter)" is no speaker's line.
  const nameLike = spacedWords(text, 8) <= 8 && /\p{L}$/u.test(text);
  return nameLike && NOTES_ONLY.test(under) ? `${text} ${under}` : text;
}

/**
 * "---ooOoo---", "(End)", "-30-", "###": the mark that ends a transcript; what follows is the page's
 * (links, "Share", "What is gob.mx?"). A section break ("* * *", "---") ends nothing.
 */
const END_MARK = /^(?:[-–—=_*~\s]*o+O+o+[-–—=_*~\s]*|#{3})$/u;
/** "-END-", "(END)", "[END OF RECORDING]", "- 30 -": the end in words, which only a turn that speaks takes back (observe). */
const END_WORD =
  /^(?:[([]\s*(?:end|ends|fin|END|ENDS|FIN)(?: (?:of|OF) (?:the |THE )?(?:recording|transcript|interview|tape|audio|RECORDING|TRANSCRIPT|INTERVIEW|TAPE|AUDIO))?\s*[)\]]\.?|[-–—]\s*(?:30|end|ends|END|ENDS)\s*[-–—])$/u;
/**
 * "*Writing by Burak Kaya", "(Reporting by …; Editing by …)": a wire story's credits, under its last
 * words; not "Translated by …", which a page prints over the text as often as under it.
 */
const END_CREDITS =
  /^[*(]?\s*(?:(?:additional\s+)?reporting|writing|editing)(?:\s+and\s+editing)?\s+by\s+\p{Lu}[^.!?]{1,120}[)]?\.?$/iu;

/** A witness's name in capitals on a line of its own, as a court reporter prints it when she is called. */
const WITNESS_HEADING = /^(\p{Lu}[\p{Lu}\p{M}.'’ -]{2,60}?),?$/u;
const WITNESS_SWORN =
  /\b(?:called as a witness|(?:having been )?(?:first )?duly sworn|was (?:examined|sworn) and testified|testified as follows)\b/iu;

/**
 * "PROFESSOR OWAIN TREHARNE (affirmed)": a witness called to a British court or inquiry, her oath in
 * brackets; "<GRAHAM LESLIE PRENTICE, sworn: [10.04am]": an Australian inquiry's, as Epiq prints it.
 */
const WITNESS_OATH =
  /^(\p{Lu}[\p{Lu}\p{M}.'’ -]{2,60}?)\s*\((?:sworn|affirmed|recalled|re-called|continued)\)$|^<?\s*(\p{Lu}[\p{Lu}\p{M}.'’ -]{2,60}?),\s+(?:sworn|affirmed|recalled|on former oath|(?:still )?on (?:his|her|their) former (?:oath|affirmation))[:.]?(?:\s*\[[^\][]{1,20}\])?$/u;
/**
 * "Questions from LEAD COUNSEL TO THE INQUIRY", "Cross-examination by MR SMITH KC": an examination
 * begins, whose lawyer is the next to speak under a label and asks its "Q." lines.
 */
const QUESTIONS_FROM =
  /^(?:further\s+|re-?|cross-)?(?:questions|questioned|examination|examined)\s+(?:from|by)\s+\p{Lu}[^.!?:]{1,80}$/iu;
/** Words of a "Questions from …" heading that name no one: "MR ADEYEMI-COLE KC", "LEAD COUNSEL TO THE INQUIRY". */
const EXAMINER_WORDS_NOT_NAMES = new Set([
  'the',
  'mr',
  'mrs',
  'ms',
  'miss',
  'dr',
  'sir',
  'dame',
  'lord',
  'lady',
  'kc',
  'qc',
  'sc',
  'counsel',
  'lead',
  'inquiry',
  'for',
  'and',
]);
/** "THE WITNESS:": the witness called last. */
const THE_WITNESS = /^the witness$/iu;
/** "BY MR. FROST:", "BY MS. QUINTANA-REYES:": the lawyer who examines the witness from here on. */
// "QUESTIONED BY MS LINDQVIST: (Continuing)", as the International Criminal Court prints it: the
// examination's word before "BY", and a note that it goes on from an earlier sitting after it.
// "QUESTIONING BY THE PRESIDENT:", as the Extraordinary Chambers in the Courts of Cambodia print it: the
// judge who presides, by the office.
const EXAMINATION_BY =
  /^<?\s*(?:(?:QUESTIONED|QUESTIONING|EXAMINED|CROSS-EXAMINED|RE-EXAMINED|(?:DIRECT |CROSS-|RE-|REDIRECT |RECROSS-|FURTHER )?EXAMINATION)\s+)?BY\s+((?:MR|MS|MRS|MISS|DR)\.?\s+\p{Lu}[\p{Lu}'’-]+(?:\s+\p{Lu}[\p{Lu}'’-]+)?|THE\s+\p{Lu}[\p{Lu}'’-]+(?:\s+\p{Lu}[\p{Lu}'’-]+)?):(?:\s*\((?:Continuing|Continued|Resumed)\))?$/u;

/**
 * "There being no objection, the material was ordered to be printed in the RECORD, as follows:": the
 * Congressional Record's words over a letter or an article a member has put in it, which no one says.
 */
const INSERTED_MATERIAL = /\bordered to be printed in the record,? as follows:$/iu;

/** A line that looked like a speaker's but introduced no words: kept as a line of its own, nobody's. */
function lineOfItsOwn(paragraph: Paragraph): Observation {
  return {
    paragraph,
    text: paragraph.text.trim(),
    label: null,
    labelName: null,
    sureLabel: false,
    marker: 'none',
    nonSpeech: true,
    rejectedLabel: null,
    cues: ['unmarked'],
    score: 0,
  };
}

/** "PHONE: +1 202 623-7100", "Email: media@…": the page's contact details, never a speaker's label. */
const CONTACT_LINE = /^(?:phone|tel|telephone|fax|mobile|e-?mail|web(?:site)?)\s*:\s*[+(\d\p{L}]/iu;

/**
 * "The original content of this program is licensed under a Creative Commons …": the publisher's
 * licence, in any turn's place; not a guest's "It's licensed under a Creative Commons zero …".
 */
const LICENCE_NOTICE =
  /^(?:the|this|all|except|unless|content|text|articles?)\b[^.!?:]{0,160}\blicen[sc]ed under (?:a |the )?(?:Creative Commons|CC[ -]BY)\b/iu;

/** "MODERATOR: We will now take questions.": a paragraph opened by a speaker's label in capitals or a name. */
const LABELLED_TURN = /^\p{Lu}[\p{L}\p{M}.'’ -]{0,60}:\s+\S/u;

/** "**Who should be updating them?**": a paragraph set wholly in bold. */
const BOLD = /^(?:\*\*[^*]+\*\*|__[^_]+__)$/u;
/**
 * Whether the words under a speech's heading (its first two paragraphs) are the speech: somebody speaking (the first or second
 * person, a greeting, an address), not the publisher reporting it ("The minister told the committee …",
 * "Professor Holt opened the evening by recalling …", "At the closing Mass … the archbishop urged …").
 */
function speaksUnderHeading(text: string): boolean {
  return (
    /\b(?:I|I['’]m|me|my|we|our|us|you|your)\b/u.test(text) ||
    /^\W*(?:dear|good (?:morning|afternoon|evening)|thank you|thanks|hello|ladies and gentlemen|excellenc|distinguished|friends|colleagues|mr\.? president|madam)\b/iu.test(
      text,
    )
  );
}
const GIVEN_AND_SURNAME = /(?<![\p{L}.])\p{Lu}\p{Ll}+\s+(\p{Lu}[\p{Ll}'’-]{2,}(?:-\p{Lu}[\p{Ll}'’-]+)?)(?![\p{L}])/gu;
/** "**Baku hosts a conference this autumn.** Will you attend?": a question whose bold stops short of its end. */
const BOLD_OPENING_QUESTION = /^(?:\*\*[^*]{8,}\*\*|__[^_]{8,}__)\s+([^*_]+\?)\W*$/u;

/**
 * Whether a paragraph is such a question: what follows the bold is a short question of the
 * interviewer's, not an answer that opens with its words in bold ("**Absolutely not.** I have said so
 * … Why would I …?").
 */
function boldOpeningQuestion(text: string): boolean {
  const rest = BOLD_OPENING_QUESTION.exec(text)?.[1];
  return rest !== undefined && spacedWords(rest) <= 25 && !/\b(?:I|I['’]m|me|my|we|our|us)\b/u.test(rest);
}

/**
 * What the page as a whole says of its markers: the surnames "A. Rashidov:" may stand for (read only
 * when a paragraph opens so), and whether "Question." and "Answer." turns, or names in capitals
 * closed by a full stop, come back.
 */
function pageMarkers(body: readonly Paragraph[], lexicon: Lexicon): PageMarkers {
  const texts = body.map((paragraph) => paragraph.text.trim());
  const surnames = new Set<string>();
  const initialled = texts.flatMap((text) => INITIAL_AND_SURNAME.exec(text)?.[1] ?? []);
  if (initialled.length > 0) {
    // "Akmal Rashidov" anywhere in the text …
    for (const text of texts)
      for (const match of text.matchAll(GIVEN_AND_SURNAME)) surnames.add(fold(match[1] as string));
    // … or no question printed "Q." ("Q:", "Q –"): then "A. Raja:" can only be an initial and a surname.
    if (texts.filter((text) => /^Q\s*[.:–—-]\s/u.test(text)).length < 2)
      for (const surname of initialled) surnames.add(fold(surname));
  }
  const worded = (word: string) => texts.filter((text) => text.startsWith(`${word}. `)).length;
  const stopNames = texts.flatMap((text) => {
    const stopped = stopLabelBeforeWords(text);
    return stopped && isStopLabel(stopped, lexicon) ? [stopped[1] as string] : [];
  });
  // Wanted only for a rare label ("Moderator – Closing Remarks:"), and costly on a long page: read when first asked.
  let lowerCaseWordsCache: Set<string> | undefined;
  let footnoteMarks: Map<string, number> | undefined;
  const times = timesPrinted(stopNames);
  const letterTimes = timesPrinted(texts.flatMap((text) => LONE_LETTER_LABEL.exec(text)?.[1] ?? []));
  const recurringLetters = [...letterTimes].filter(([, count]) => count >= 3).map(([letter]) => letter);
  // "（１）", "（２）": an answer's points in full-width brackets; only a role's word there is a label's.
  const symbolTimes = timesPrinted(
    texts.flatMap((text) => {
      const symbol = SYMBOL_LABEL.exec(text);
      if (!symbol || (symbol[6] !== undefined && roleOf(symbol[6], lexicon) === null)) return [];
      return [symbol[0].trim()];
    }),
  );
  const dotDashTimes = timesPrinted(texts.flatMap((text) => DOT_DASH_LABEL.exec(text)?.[1] ?? []));
  const capsDashes = texts.map((text) => CAPS_DASH_LABEL.exec(text)).filter((capsDash) => capsDash !== null);
  const capsDashTimes = timesPrinted(capsDashes.map((capsDash) => capsDash[1] as string));
  // A record's speakers include a name with its seat in brackets ("SELİM KARAOSMAN (Giresun) –") or an
  // office alone ("BAŞKAN –"): a press review's "DAILY MAIL – …" or minutes' "RESOLVED – …" have neither.
  const recordsSpeakers = capsDashes.some(
    (capsDash) => capsDash[2] !== undefined || isTitleOnly(capsDash[1] as string, lexicon),
  );
  // Only a paragraph that prints the full-width colon is read for its label: most pages print none.
  const fullWidthTimes = timesPrinted(
    texts.flatMap((text) => (text.includes('：') ? (FULL_WIDTH_COLON_LABEL.exec(text)?.[1] ?? []) : [])),
  );
  // A paragraph opening with a letter of a script with no capitals is read for its label.
  // Each label in a script with no capitals, and whether each of its paragraphs is speech: words that
  // end a sentence after it, or a line of its own over words. "קראו עוד:", "اقرأ أيضا:" ("Read more:")
  // stand over a link's headline, which ends none.
  const caselessSpeech = new Map<string, boolean>();
  const caselessTimes = timesPrinted(
    texts.flatMap((text) => {
      if (!CASELESS_START.test(text)) return [];
      const inline = CASELESS_COLON_LABEL.exec(text);
      const label = (inline ?? CASELESS_LINE_LABEL.exec(text.trim()))?.[1];
      if (label === undefined) return [];
      const speech = inline === null || ENDS_A_SENTENCE.test(text.trim());
      caselessSpeech.set(label, (caselessSpeech.get(label) ?? true) && speech);
      return [label];
    }),
  );
  return {
    surnames,
    wordedTurn: wordedTurnPattern(
      WORDED_TURNS.flatMap(({ words, initials }) => {
        // "P. Chidambaram said …" twice and "R. Venkataraman …" twice are initials of names: the letters
        // alone are turns only where the page prints the words in full too, or asks under "P." twice.
        const lettered =
          initials !== null &&
          ((worded(words[0]) > 0 && worded(words[1]) > 0) ||
            texts.filter((text) => text.startsWith(`${initials[0]}. `) && /\?["”»]?$/u.test(text)).length >= 2);
        const printed = (at: 0 | 1) => worded(words[at]) + (lettered && initials ? worded(initials[at]) : 0);
        return printed(0) >= 2 && printed(1) >= 2 ? [...words, ...(lettered && initials ? initials : [])] : [];
      }),
    ),
    // Two speakers who each come back: datelines ("BUENOS AIRES."), a minutes' items ("MATTERS
    // ARISING.") and a who's who or player ratings ("SAM OKAFOR.") name each once.
    stopLabels: twoComeBack(times),
    dotDashLabels: twoComeBack(dotDashTimes),
    capsDashLabels: recordsSpeakers && twoComeBack(capsDashTimes),
    fullWidthNames: twoComeBack(byAskersRole(fullWidthTimes, lexicon))
      ? namingLabels(fullWidthTimes, texts, lexicon)
      : new Set(),
    caselessNames: twoComeBack(byAskersRole(caselessTimes, lexicon))
      ? namingLabels(caselessTimes, texts, lexicon, { speech: caselessSpeech })
      : new Set(),
    // As above: a notice's bullets ("○日時", "○場所") come once each.
    symbolLabels: twoComeBack(symbolTimes),
    // A research interview's "I:" (the interviewer, in most languages) and the others' letters; a
    // German "F:"/"A:" or surnames' "K:"/"B:" are read as before.
    letterLabels: new Set(recurringLetters.length >= 2 && recurringLetters.includes('I') ? recurringLetters : []),
    captionLabels: texts.filter((text) => CAPTION_LABEL.test(text)).length >= 2,
    bracketedLetters: texts.some((text) => /^Q\)\s/u.test(text)) && texts.some((text) => /^A\)\s/u.test(text)),
    dateline: datelineOf(texts, lexicon),
    printsInLowerCase: (word) => (lowerCaseWordsCache ??= lowerCaseWords(texts)).has(word),
    footnoteMarkedAt: (number) => (footnoteMarks ??= footnoteMarksOf(texts)).get(number),
    printsWithTitle: (name) => {
      if (!NAME_WORDS.test(name)) return false;
      const titled = new RegExp(
        String.raw`(?<![\p{L}\p{M}])${COURTESY_TITLE}\s+${escapeRegExp(name)}(?![\p{L}\p{M}])`,
        'u',
      );
      return texts.some((text) => titled.test(text));
    },
  };
}

/** A paragraph that opens, in bold or not, with a letter of a script with no capitals and spaces between its words. */
const CASELESS_START = new RegExp(String.raw`^(?:\*\*|__)?[^\p{L}\s*_]*[${SPACED_CASELESS_LETTER}]`, 'u');

/** Two to four capitalised words: a name as a label prints it. */
const NAME_WORDS = /^\p{Lu}[\p{L}\p{M}'’-]+(?: \p{Lu}[\p{L}\p{M}'’-]+){1,3}$/u;
const COURTESY_TITLE = String.raw`(?:(?:${COURTESY_TITLES.join('|')})\.?|M\.)`;

/**
 * "… the only reserve we have1. When …": a footnote's number printed against the word it annotates,
 * as a PDF copies it, and the first paragraph that prints it so.
 */
/** How many times each label is printed. */
function timesPrinted(labels: readonly string[]): Map<string, number> {
  const times = new Map<string, number>();
  for (const label of labels) times.set(label, (times.get(label) ?? 0) + 1);
  return times;
}

/** Two labels that each come back: a page of speakers, not a list that names each once. */
/**
 * Which of a page's full-width colon labels, or labels in a script with no capitals, name a speaker: one that comes back, one the page prints
 * elsewhere (the name in its lead or the chair's words), or one whose last word is an office or a role
 * ("…新闻发言人 宋雅宁", "路透社记者"); not a sentence that ends in the colon once ("…主要有三个方面：").
 */
function namingLabels(
  times: ReadonlyMap<string, number>,
  texts: readonly string[],
  lexicon: Lexicon,
  // A label in Arabic, Hebrew or Hindi that comes back names someone only over speech, and with two
  // words at least: not "اقرأ أيضا:" ("Also read:") over a link, nor a report's "وأضاف:" ("he added:").
  { speech }: { speech?: ReadonlyMap<string, boolean> } = {},
): Set<string> {
  const names = new Set<string>();
  for (const [label, count] of times) {
    const name = label.replace(HONORIFIC_SUFFIX, '');
    const words = name.split(' ');
    // "会议指出：", "会议强调：": a report's "the meeting pointed out", a verb of saying, names nobody.
    if (SAYS_AT_END.test(name)) continue;
    const named =
      (count >= 2 && (speech === undefined || (speech.get(label) === true && words.length >= 2))) ||
      roleOf(name, lexicon) !== null ||
      words.some((word) => lexicon.titles.has(fold(word))) ||
      texts.some((text) => !text.startsWith(label) && text.includes(name)) ||
      words.some((word) => endsInCaselessWord(fold(word), lexicon.titles)) ||
      endsInCaselessWord(fold(name), lexicon.roles.keys());
    if (named) names.add(label);
  }
  return names;
}

/** "- Se practica la votación nominal.", "- Aplausos.": a note opening with a capital, not an item's "- first, …;". */
const STENOGRAPHERS_NOTE = /^-\s+\p{Lu}.*[^;,]$/u;
/** A verb of saying that ends a Chinese or Japanese report's words before a colon: pointed out, stressed, said, held, asked. */
const SAYS_AT_END = /(?:指出|强调|強調|表示|认为|認為|说|說|说道|提出|要求|称|稱|宣布|述べた|語った|話した|強調した)$/u;

/**
 * The labels' counts with every outlet's reporter ("法新社记者", "路透社记者") counted as the reporter
 * ("记者"): at a press conference each question comes from another outlet, and the reporter comes back.
 */
function byAskersRole(times: ReadonlyMap<string, number>, lexicon: Lexicon): Map<string, number> {
  const counted = new Map<string, number>();
  for (const [label, count] of times) {
    const role = askersWordAtEnd(label, lexicon) ?? label;
    counted.set(role, (counted.get(role) ?? 0) + count);
  }
  return counted;
}

function twoComeBack(times: ReadonlyMap<string, number>): boolean {
  return [...times.values()].filter((count) => count >= 2).length >= 2;
}

function footnoteMarksOf(texts: readonly string[]): Map<string, number> {
  const marks = new Map<string, number>();
  texts.forEach((text, at) => {
    for (const mark of text.matchAll(/\p{Ll}{2}(\d{1,2})(?=[\s.,;:)]|$)/gu))
      if (!marks.has(mark[1] as string)) marks.set(mark[1] as string, at);
  });
  return marks;
}

/**
 * "1 Written Statement of the Kingdom of Tonga, para. 12.": a footnote, below the text that carries its
 * number; not "1 February 2011 is the critical date …", a sentence that opens with a date.
 */
function isFootnote(text: string, at: number, page: PageMarkers): boolean {
  const number = /^(\d{1,2}) \p{Lu}/u.exec(text)?.[1];
  if (number === undefined || opensWithDate(text)) return false;
  const marked = page.footnoteMarkedAt(number);
  return marked !== undefined && marked < at;
}

/** The word in capitals, or the capital city, that opens a story's first sentence, told in the third person. */
function datelineOf(texts: readonly string[], lexicon: Lexicon): string | null {
  const at = texts.findIndex((text) => DATELINE_LABEL.test(text) || capitalDateline(text) !== null);
  if (at === -1) return null;
  const text = texts[at] as string;
  const capital = capitalDateline(text);
  const [opening, name] = capital ?? (DATELINE_LABEL.exec(text) as RegExpExecArray);
  const rest = text.slice(opening.length);
  // A story has no turns (nor the same word again): among "CALLOWAY: …" or "A MARTÍNEZ, HOST: …", "MONTOYA: Gloria Peña has lived …"
  // is a reporter's turn, and "NEWSREADER: The Treasurer has said …" the bulletin's. A capital's name
  // ("New Delhi: Union Agriculture Minister … on Monday said …") is no one's, above a transcript's turns too.
  const amongTurns = capital
    ? texts.some((other, index) => index !== at && other.startsWith(opening))
    : texts.some((other, index) => index !== at && /^[^\p{Ll}:]{2,60}:(?:\s|$)/u.test(other));
  const said = REPORTING_VERB.test(withoutQuotations(rest));
  return !amongTurns &&
    said &&
    isNarrative(rest) &&
    roleOf(name as string, lexicon) === null &&
    !lexicon.titles.has(fold(name as string))
    ? (name as string)
    : null;
}

/** "New Delhi: …", "Amman: …": a country's capital in title case before a colon, as Indian and Gulf sites open a story. */
function capitalDateline(text: string): [string, string] | null {
  const found = /^(\p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]+){0,2}):\s+(?=\S)/u.exec(text);
  return found && isCapitalCity(found[1] as string) ? [found[0], found[1] as string] : null;
}

/** Every paragraph's marker and content cues, with label lines folded into the paragraph they introduce. */
export function observe(body: readonly Paragraph[], lexicon: Lexicon): Observation[] {
  const observations: Observation[] = [];
  // Magazines set the questions of an interview in bold and the answers plain, with no labels.
  const boldQuestions =
    body.filter((paragraph) => BOLD.test(paragraph.text.trim()) && /\?\W*$/u.test(paragraph.text.trim())).length >= 3;
  const labelsSeen = new Set<string>();
  const page = pageMarkers(body, lexicon);
  // A speaker's line waiting for the words it introduces.
  let pending: { name: string; paragraph: Paragraph } | null = null;
  // Hansard prints a speaker in full once ("Anna Reed (Ashdown Vale) (Lab)") and then by name alone.
  const lineNames = new Set<string>();
  const isNameLine = (text: string) => lineNames.size > 0 && lineNames.has(fold(text));
  const speakerLines = body.map((_, at) => speakerLineAt(body, at));
  // "Labour", "Welsh Liberal Democrats": a member's party under the name line; never a name line itself.
  const partyLines = body.map((paragraph) => isPartyLine(paragraph.text.trim(), lexicon));
  // A party's line stands between a name line and words, not over the next name line: in a quick-fire
  // round "Plaid Cymru" under "Megan Lloyd" is her answer.
  const wordsBelow = (at: number) => {
    const next = body[at + 1]?.text.trim();
    return next !== undefined && !TITLE_NAME_LINE.test(next) && !CAPITAL_NAME_LINE.test(next);
  };
  // Asked of each paragraph once: the label readers below ask it of the few under every paragraph.
  const between = body.map(
    (paragraph, at) => isBetweenLabelAndWords(paragraph.text.trim()) || (partyLines[at] === true && wordsBelow(at)),
  );
  /** The paragraphs in the `span` under `at` that are not notes between a label and its words. */
  const wordsUnder = (at: number, span: number) =>
    body.slice(at + 1, at + 1 + span).filter((_, offset) => !between[at + 1 + offset]);
  // "Anna Reed (Ashdown Vale) (Lab)", "Tiina Haverinen sd (vastauspuheenvuoro)": a speaker's line with its notes.
  const notedLines = new Map<string, string>();
  for (const line of speakerLines) {
    const label = /\)$/u.test(line) ? readLabelLine(line, lexicon) : null;
    if (!label) continue;
    notedLines.set(line, label);
    // "(The Hon. (Mrs.) Kumudini Ratnayake)": a line wholly in brackets comes back as itself.
    if (label !== line.trim() && label.includes('(')) lineNames.add(fold(label));
    // Any part may come back alone: "Anna Reed", "Madam Deputy Speaker", "Oliver Bannerman".
    for (const part of label.split(/\s*[()]\s*/u)) if (part.trim()) lineNames.add(fold(part));
  }
  // "Aoife Brennan, Euronews:" and "Henrik Aalto:" on lines of their own: later "Euronews:" and
  // "Aalto:" alone are the same labels, a surname or the outlet after the comma.
  const shortLabels = new Map<string, string | null>();
  // "Commissioner Aalto" is "Henrik Aalto" with his title for a given name.
  const titled = (name: string) => lexicon.titles.has(fold(name.split(/\s+/u)[0] as string));
  const shortFor = (word: string, name: string) => {
    const key = fold(word);
    const known = shortLabels.get(key);
    if (!shortLabels.has(key) || (known && titled(known))) shortLabels.set(key, name);
    // Two people who share a surname or an outlet: the word alone names neither.
    else if (known !== name && !titled(name)) shortLabels.set(key, null);
  };
  const fullLabels = speakerLines.filter((line) => /:$/u.test(line) && readLabelLine(line, lexicon));
  for (const line of fullLabels) {
    const [name = '', after = ''] = line
      .slice(0, -1)
      .split(',', 2)
      .map((part) => part.trim());
    if (!name.includes(' ')) continue;
    shortFor(name.split(/\s+/u).at(-1) as string, name);
    // An outlet alone stands for its journalist only once she has come back under her full label: at a
    // press conference "Reuters:" may be another reporter of Reuters.
    const recurs = fullLabels.filter((other) => other === line).length >= 2;
    if (after && !after.includes(' ') && recurs) shortFor(after, name);
  }
  // "היו"ר מיכאל אלמוג:": a name in a script with no capitals, on a line of its own, that the page's labels confirm.
  const caselessLineLabel = (line: string) => {
    const name = page.caselessNames.size > 0 ? CASELESS_LINE_LABEL.exec(line)?.[1] : undefined;
    return name && page.caselessNames.has(name) ? name : null;
  };
  const shortLabel = (line: string) => {
    const word = /^(\p{Lu}[\p{L}\p{M}'’-]+):$/u.exec(line)?.[1];
    return word ? (shortLabels.get(fold(word)) ?? null) : null;
  };
  // Podcasts and broadcasters print each speaker on a line of their own, in capitals ("RACHEL
  // MENDEZ", later "MENDEZ") or not ("Mihi Parata"): a name line that comes back before speech is a label.
  // "THE PRESIDENT", "COMMISSIONER": an office in capitals, with its article or alone.
  const officeLine = (text: string) =>
    /^\p{Lu}[\p{Lu} '’-]+$/u.test(text) &&
    (isOfficeAlone(text, lexicon) || (!text.includes(' ') && lexicon.titles.has(fold(text))));
  const capitalLines = new Map<string, number>();
  // The surname's line stands after all but one of the role's, before the role's next: turn by turn.
  const answersEach = (role: string, name: string, roleTimes: number) => {
    const lines = body.map((paragraph) => paragraph.text.trim()).filter((line) => capitalLines.has(line));
    const answered = lines.filter((line, at) => line === role && lines[at + 1] === name).length;
    return answered >= 2 && answered >= roleTimes - 1;
  };
  // "INTERVIEWER" over each question and "FERREIRA-HOLM" over each answer, as literary magazines print
  // an interview: a surname in capitals that answers a role that comes back, on a page where no full
  // name answers it (not a "DRAFT" watermark under "GRACE OKAFOR"), and a word the page never prints
  // in lower case.
  const answersRole = (text: string) => {
    const times = capitalLines.get(text) ?? 0;
    return (
      /^\p{Lu}[\p{Lu}'’-]+$/u.test(text) &&
      times >= 2 &&
      // The one who answers, where no full name in capitals does ("GRACE OKAFOR" over the answers).
      fullNames.length === 0 &&
      !lexicon.titles.has(fold(text)) &&
      [...capitalLines].some(
        ([other, count]) =>
          count >= 2 && other !== text && isUnnamedRole(other, lexicon) && answersEach(other, text, count),
      ) &&
      !page.printsInLowerCase(text.toLowerCase())
    );
  };
  body.forEach((paragraph, at) => {
    // A name line, with its role, is short: a paragraph of speech is not read as one; nor is what
    // stands between a name line and its words ("Welsh Liberal Democrats").
    if (paragraph.text.length > 160 || partyLines[at]) return;
    const text = withoutNumbers(paragraph.text.trim());
    // "By Quarterline Transcribing – Oct 24, 2024": a byline names who wrote the page.
    if (/^by\s/iu.test(text)) return;
    const name = withoutRole(text);
    // "It's Tuesday, October 21.": a sentence, not a name and its role.
    if (/[.!?…]$/u.test(text) && !/\b\p{Lu}\.$/u.test(text)) return;
    // One word in Title Case ("Nilsen", "Ingrid") counts only as part of a full name line, below.
    const oneWord = /^\p{Lu}\p{Ll}[\p{L}\p{M}'’-]*$/u.test(name);
    // "THE PRESIDENT" on its own line between the journalists' names: an office speaks too.
    if (!(
      CAPITAL_NAME_LINE.test(name) ||
      TITLE_NAME_LINE.test(name) ||
      oneWord ||
      isUnnamedRole(text, lexicon) ||
      // "QUESTION – Journalist, Ethiopian News Agency", "MODERATOR – Ms. Liya Haile Mariam, …": a role and who.
      (name !== text && isUnnamedRole(name, lexicon)) ||
      officeLine(text) ||
      notedLines.has(text)
    ))
      return;
    const next = wordsUnder(at, 3)[0];
    if (next === undefined || isFragment(next.text)) return;
    capitalLines.set(text, (capitalLines.get(text) ?? 0) + 1);
  });
  // A full name reads as one; a surname alone only once its full name has stood above speech.
  const fullNames = [...capitalLines.keys()].filter(
    (text) => withoutRole(text).includes(' ') && looksLikeSpeakerName(nameCase(withoutRole(text)), lexicon),
  );
  for (const text of capitalLines.keys()) {
    const surnameOfOne = !text.includes(' ') && fullNames.some((name) => withoutRole(name).endsWith(` ${text}`));
    // "Ingrid" after "Ingrid Haugen": a host called by her given name.
    const givenNameOfOne = !text.includes(' ') && fullNames.some((name) => withoutRole(name).startsWith(`${text} `));
    // An office comes back over its words; once, "THE PRESIDENT" is a section's headline.
    const office = officeLine(text) && (capitalLines.get(text) ?? 0) >= 2;
    const role = isUnnamedRole(text, lexicon) || isUnnamedRole(withoutRole(text), lexicon);
    if (
      !fullNames.includes(text) &&
      !surnameOfOne &&
      !givenNameOfOne &&
      !role &&
      !office &&
      !notedLines.has(text) &&
      !answersRole(text)
    )
      capitalLines.delete(text);
  }
  const counted = [...capitalLines.values()];
  // Someone comes back: the same line twice, or a full name and then the surname alone.
  const comesBack = counted.some((count) => count >= 2) || [...capitalLines.keys()].some((text) => !text.includes(' '));
  if (counted.length >= 2 && counted.reduce((sum, count) => sum + count, 0) >= 4 && comesBack)
    for (const name of capitalLines.keys()) lineNames.add(fold(name));
  // "Executive Vice-President Ingrid Vaelstad", "Commissioner Pavel Hruška": an office and a full name
  // over each speaker's words, as the European Commission prints a readout; two such lines are enough.
  // Only where one of them stands over somebody speaking: "Minister Anna Berg" over "Anna Berg has
  // led the ministry since 2022." is a profile's subheading.
  const speaks = (text: string) =>
    /\b(?:I|I['’]m|me|my|we|our|us|you|your)\b/u.test(text) ||
    /^(?:good (?:morning|afternoon|evening)|thank you|thanks|hello|ladies and gentlemen)\b/iu.test(text.trim());
  const titledNames = [...capitalLines.keys()].filter((text) => {
    const words = withoutRole(text).split(' ');
    return (
      words.length >= 3 &&
      lexicon.titles.has(fold(words[0] as string)) &&
      !lexicon.titles.has(fold(words.at(-1) as string))
    );
  });
  const overSpeech = titledNames.some((text) =>
    body.some((paragraph, at) => paragraph.text.trim() === text && speaks(body[at + 1]?.text ?? '')),
  );
  if (titledNames.length >= 2 && overSpeech) for (const name of titledNames) lineNames.add(fold(name));
  // Hearings as the US Government Publishing Office prints them ("The Chairman. Good morning."),
  // Japan's Prime Minister's Office ("(Moderator) We will now take questions."): labels without a
  // colon, taken only when several paragraphs of the document open so, under at least two names.
  const key = speakerKey(body, lexicon);
  const openings = body.map((paragraph, at) => {
    if (key.lines.has(at)) return null;
    const keyed = key.names.size > 0 ? /^(\p{Lu}{2,4})\s+(?=\S)/u.exec(paragraph.text) : null;
    const name = keyed ? key.names.get(keyed[1] as string) : undefined;
    if (keyed && name)
      return { key: keyed[1] as string, name, printed: keyed[1] as string, textStart: keyed[0].length };
    return openingLabel(paragraph.text, lexicon);
  });
  const openingKeys = openings.flatMap((opening) => (opening ? [opening.key] : []));
  const confirmedOpenings = new Set(openingKeys.length >= 3 && new Set(openingKeys).size >= 2 ? openingKeys : []);
  // The last end mark, and only when no labelled turn follows it ("###" may only part a statement
  // from its questions). The end in words ("-END-", "(ends)") is taken back only by a speaker who
  // spoke before it, or one who says a sentence: a parliament prints "(ends)" after each speech, a
  // page's footer "Last Updated: …" after "-END-".
  // The end in words (or a wire story's credits) is taken back by a turn that speaks after it; a mark is not.
  const endsInWords = (text: string) => END_WORD.test(text) || END_CREDITS.test(text);
  const lastMark = body.findLastIndex((paragraph) => {
    const text = paragraph.text.trim();
    return END_MARK.test(text) || endsInWords(text);
  });
  // "Q. Minister, who will be the envoy?": a question's or answer's letter is a turn's label too.
  const labelOf = (paragraph: Paragraph) =>
    LABELLED_TURN.test(paragraph.text.trim())
      ? fold(paragraph.text.trim().split(':', 1)[0] as string)
      : /^[QA][.:)]\s+\S/u.test(paragraph.text.trim())
        ? (paragraph.text.trim()[0] as string)
        : null;
  const inWords = lastMark !== -1 && endsInWords((body[lastMark] as Paragraph).text.trim());
  const spokeBefore = new Set(inWords ? body.slice(0, lastMark).map(labelOf) : []);
  // A footer's "Last Updated: 07 May 2025" says no sentence; a member's first words after "(ends)" do.
  const saysSomething = (paragraph: Paragraph) => {
    const words = paragraph.text.trim().replace(/^(?:[QA][.:)]|[^:]*:)\s+/u, '');
    return spacedWords(words) >= 4 && /[.!?…]["”’)]?$/u.test(words);
  };
  const lastEnd =
    lastMark !== -1 &&
    !body.slice(lastMark + 1).some((paragraph) => {
      const label = labelOf(paragraph);
      return label !== null && (!inWords || spokeBefore.has(label) || saysSomething(paragraph));
    })
      ? lastMark
      : -1;
  const labelled = body.flatMap((paragraph, at) => (labelOf(paragraph) !== null ? [at] : []));
  // "Minister Horváth's statement is as follows:" announces whose words follow only before the first
  // turn: inside a spokesperson's turn it is the spokesperson reading it out.
  const firstLabelAt = labelled[0] ?? -1;
  // "Vos réactions (2)", "Comments": readers' comments under the article's last turns are no one's in
  // it, whatever labels they open with ("Lefaso.net : merci pour ce genre d'articles"); a counter over
  // the first question ("3 Comments") or a session's section ("Comments" with more turns under it) is none.
  const commentsAt = body.findIndex(
    (paragraph, at) =>
      COMMENTS_HEADER.test(paragraph.text.trim()) &&
      labelled.filter((labelAt) => labelAt < at).length >= 5 &&
      labelled.filter((labelAt) => labelAt > at).length <= 2,
  );
  const ended = commentsAt !== -1 && (lastEnd === -1 || commentsAt < lastEnd) ? commentsAt : lastEnd;
  // A record prints its formula after each question ("Het incident is gesloten."); someone says it once.
  const sittingRecord =
    body.some((paragraph) => recordOfSitting(paragraph.text.trim())) ||
    body.filter((paragraph) => INCIDENT_CLOSED.test(paragraph.text.trim())).length >= 2;
  // "BY MR. FROST:": who asks the "Q." lines of an examination, until the next such line.
  let examiner: string | null = null;
  // "DANA WHITFIELD," over "called as a witness …, was examined and testified as follows:": who
  // answers the "A." lines, until the next witness is called.
  let witness: string | null = null;
  // "… gave a number of specific instructions:" over "– to complete the repair …;" lines, one under
  // another: a list's items, which go on with whoever printed the list, not dashed turns.
  let listGoesOn = false;
  // A page's list before the dashed conversation ("Show notes"): once dashed turns have begun, bare
  // dashed lines are a quick-fire round's questions and answers.
  let turnsBegun = false;
  // "… tres objeciones:" over "- Primero, …" and "- Segundo, …": items the words above announce.
  const announcedItem = (at: number): boolean => {
    let above = at - 1;
    while (above >= 0 && /^-\s/u.test((body[above] as Paragraph).text.trim())) above--;
    return above >= 0 && /:\s*$/u.test((body[above] as Paragraph).text);
  };
  const listItem = (at: number, dashed: boolean): boolean => {
    // Only a dashed line is an item; the tests below scan whole paragraphs, so they wait for one.
    if (!dashed) return (listGoesOn = false);
    const paragraph = body[at] as Paragraph;
    const previous = body[at - 1];
    const next = body[at + 1];
    // Two items at least, one right under the other: a dashed turn under a label's line ("Igor
    // Korotchenko, Editor-in-Chief …:" over "– I listened to …") stands alone.
    const itemFollows = next !== undefined && next.blankBefore === 0 && DASHED.test(next.text);
    // "Show notes" over "- Our episode 31 on parking minimums" and another: items that end with no mark at all.
    const bare = !turnsBegun && [paragraph, next].every((item) => item !== undefined && BARE_END.test(item.text));
    // "… instructions:" over "– to complete the repair …;": items that say more follow ("– For
    // parents, four things change:" over a dialogue's "– And when …?" announces nothing).
    const announced = previous !== undefined && /:\s*$/u.test(previous.text) && /[;,]\s*$/u.test(paragraph.text);
    const goesOn =
      listGoesOn &&
      paragraph.blankBefore === 0 &&
      previous !== undefined &&
      (/[;,]\s*$/u.test(previous.text) || BARE_END.test(paragraph.text));
    listGoesOn = (itemFollows && (bare || announced)) || goesOn;
    return listGoesOn;
  };
  // After "PROFESSOR OWAIN TREHARNE (affirmed)" or "Questions from …": the lawyer who speaks next
  // under a label is the examiner; the one the heading names if she speaks soon ("Questions from MS
  // OKONJO-BRAND KC" over the chair's "Yes, Ms Okonjo-Brand." and hers), and never the one who opened
  // the sitting, who presides.
  let examinerToCome = false;
  let insertedMaterial = false;
  const speakersSoFar = new Set<string>();
  let examinerNamed: ReadonlySet<string> = new Set();
  let firstNamed: string | null = null;
  const namedWords = (text: string) =>
    new Set(
      fold(text)
        .split(/[\s,]+/u)
        .filter((word) => word.length >= 3 && !EXAMINER_WORDS_NOT_NAMES.has(word)),
    );
  // A court reporter's numbered line is one line of a paragraph: under a role's or a titled name's line
  // ("THE GREFFIER:", "MS. RIVIÈRE:") it may end in the middle of a sentence (a cover's "MARGARET
  // ELLISON, ET AL., :" over "Petitioners, :", or "Respondent. :" over a rule, introduces nothing).
  const courtLabelOver = (paragraph: Paragraph, next: Paragraph): boolean => {
    const label = readLabelLine(paragraph.text.trim(), lexicon);
    return (
      label !== null &&
      spacedWords(next.text) >= 4 &&
      (roleOf(label, lexicon) !== null || /^(?:MR|MS|MRS|DR|THE)\.?\s/u.test(label))
    );
  };
  body.forEach((paragraph, at) => {
    const called = WITNESS_HEADING.exec(paragraph.text.trim());
    if (called && WITNESS_SWORN.test(body[at + 1]?.text ?? '')) witness = called[1] as string;
    const oath = WITNESS_OATH.exec(paragraph.text.trim());
    // "Questions from The Guardian" over a reader's Q&A asks no witness anything.
    if (oath || (witness !== null && QUESTIONS_FROM.test(paragraph.text.trim()))) {
      if (oath) witness = (oath[1] ?? oath[2]) as string;
      examinerToCome = true;
      const heading = namedWords(paragraph.text.trim().replace(/^.*?\b(?:from|by)\s+/iu, ''));
      const speaksSoon = body
        .slice(at + 1, at + 12)
        .some((below) =>
          [...namedWords(/^([^:]{2,60}):\s/u.exec(below.text.trim())?.[1] ?? '')].some((word) => heading.has(word)),
        );
      examinerNamed = oath || !speaksSoon ? new Set() : heading;
      if (pending) observations.push(lineOfItsOwn(pending.paragraph));
      pending = null;
      observations.push(lineOfItsOwn(paragraph));
      return;
    }
    const examination = EXAMINATION_BY.exec(paragraph.text.trim());
    if (examination) {
      if (pending) observations.push(lineOfItsOwn(pending.paragraph));
      pending = null;
      examiner = examination[1] as string;
      // "QUESTIONING BY MR. HOLLOWAY:" over his words with no "Q." ("Good morning, Mr. President, … My
      // name is Mark Holloway"): the heading labels them, as a name's line would.
      if (!/^[QA][.:]?\s/u.test(body[at + 1]?.text ?? 'Q. ')) pending = { name: examiner, paragraph };
      else observations.push(lineOfItsOwn(paragraph));
      return;
    }
    // A label on its own line introduces speech; "Suggested Topics:" over a list of links does not.
    // A note may stand between them: "Federal Councillor Lukas Imhof [00:00:29]", "(interpretation from German)".
    const next = wordsUnder(at, 3)[0];
    // Words that break off may still be a turn's: a court reporter's numbered line (courtLabelOver).
    const introduces =
      next !== undefined &&
      (!isFragment(next.text) ||
        (next.numbered === true && courtLabelOver(paragraph, next)) ||
        // A transcription tool's speaker line and time ("참석자 2 00:11") over words it did not punctuate.
        (endsWithRunningTime(paragraph.text) && readLabelLine(paragraph.text.trim(), lexicon) !== null));
    const line = speakerLines[at] as string;
    // "COMMISSIONER" over "[Interpretation from French]": the name line is the label, its note aside.
    const own = paragraph.text.trim();
    const nameLine = isNameLine(line) ? line : introduces && own !== line && isNameLine(own) ? own : null;
    // "(The Hon. Nalaka Weerasooriya)": the label its line was read as, out of its brackets.
    const bare =
      nameLine === null
        ? null
        : (roleAndName(nameLine, lexicon) ?? notedLines.get(nameLine) ?? nameLine.replace(DASHED_ROLE, ''));
    const afterEnd = ended !== -1 && at >= ended;
    // A name line the document has confirmed introduces even a short reply ("Thank you so much").
    // "Chief Executive Officer, Tierra Verde Agro SA": the office under a call's name line, never a label itself.
    const labelLine =
      // A label on its own line is one line: a paragraph the wrapping joined from several is words.
      afterEnd || CALL_AFFILIATION.test(line) || paragraph.endLine !== undefined
        ? null
        : introduces
          ? (readLabelLine(line, lexicon) ??
            caselessLineLabel(line) ??
            ((announcesSpeech(paragraph.text) && firstLabelAt !== -1 && at < firstLabelAt) ||
            wordsUnder(at, 5)
              .slice(0, 2)
              .some((below) => speaksUnderHeading(below.text))
              ? readSpeechHeading(paragraph.text, lexicon, firstLabelAt === -1 || at < firstLabelAt)
              : null) ??
            shortLabel(line) ??
            bare)
          : next !== undefined &&
              bare !== null &&
              // A list of participants, name under name, and the section's heading under the last: no words.
              !isNameLine(next.text.trim()) &&
              !isCapitalHeading(next.text)
            ? bare
            : null;
    if (labelLine !== null) {
      // Two label lines in a row: the first introduced no words, and is kept as a line of its own.
      if (pending) observations.push(lineOfItsOwn(pending.paragraph));
      pending = { name: labelLine, paragraph };
      return;
    }
    const bold = boldQuestions && (BOLD.test(paragraph.text.trim()) || boldOpeningQuestion(paragraph.text.trim()));
    if (bold) {
      observations.push({
        paragraph,
        text: paragraph.text.trim(),
        label: null,
        labelName: 'Q',
        sureLabel: true,
        marker: 'label',
        nonSpeech: false,
        rejectedLabel: null,
        emphasised: true,
        cues: ['emphasised-question', ...contentCues(paragraph.text).cues],
        score: 0,
      });
      pending = null;
      return;
    }
    const nonSpeech =
      afterEnd ||
      key.lines.has(at) ||
      CONTACT_LINE.test(paragraph.text.trim()) ||
      LICENCE_NOTICE.test(paragraph.text.trim()) ||
      STAGE_DIRECTION.test(paragraph.text.trim()) ||
      (MARKDOWN_HEADING.test(paragraph.text.trim()) && OVER_A_LABEL.test(body[at + 1]?.text.trim() ?? '')) ||
      TRANSCRIBERS_NOTE.test(paragraph.text.trim()) ||
      isBareRoomNote(paragraph.text) ||
      LINK_ITEM.test(paragraph.text.trim()) ||
      recordOfSitting(paragraph.text.trim()) ||
      (sittingRecord &&
        (RECORD_OF_DECISION.test(paragraph.text.trim()) || INCIDENT_CLOSED.test(paragraph.text.trim()))) ||
      isEditorial(paragraph.text.trim()) ||
      isFootnote(paragraph.text.trim(), at, page) ||
      // "-   Se practica la votación nominal.": where speakers are printed "Sr. Fagúndez.- ", a hyphen
      // opens the stenographers' notes of what the chamber does, each a sentence of its own; not a
      // speaker's items ("- first, a reduction of the fuel levy …;").
      (page.dotDashLabels && STENOGRAPHERS_NOTE.test(paragraph.text.trim()) && !announcedItem(at)) ||
      (pending !== null && (between[at] as boolean));
    const opening = openings[at];
    let marker: LeadingMarker = nonSpeech
      ? { kind: 'none', textStart: 0 }
      : opening && confirmedOpenings.has(opening.key)
        ? {
            kind: 'label',
            printed: opening.printed,
            name: opening.name,
            textStart: opening.textStart,
            colon: false,
            sure: true,
          }
        : readLeadingMarker(paragraph.text, lexicon, labelsSeen, page);
    if (listItem(at, marker.kind === 'dash')) marker = { kind: 'none', textStart: 0 };
    else if (marker.kind === 'dash') turnsBegun = true;
    const text = paragraph.text.slice(marker.textStart).trim();
    const content = contentCues(text);
    const printedLabel = marker.kind === 'label' ? matchable(marker.printed).replace(/\s*:$/u, '') : '';
    const labelSeenBefore = labelsSeen.has(printedLabel);
    if (marker.kind === 'label' && marker.colon && marker.sure) labelsSeen.add(printedLabel);
    // A speaker named on a line of its own is the turn's label, even when a dash follows it; not when
    // a line with a note names a subject over a paragraph with its own label ("Ferry Services (Timetable)"
    // over "2. Rhona Kerr (…): …" is a heading), nor a time and a subject over a label the page has
    // printed before ("7:06 Public Comment" over "MAYOR ALVARADO: …", an agenda's item).
    const ownLabel = marker.kind === 'label' && marker.colon && marker.sure;
    if (
      pending &&
      !nonSpeech &&
      ownLabel &&
      (/\)\s*$/u.test(pending.paragraph.text) || (labelSeenBefore && opensWithTime(pending.paragraph.text)))
    ) {
      observations.push(lineOfItsOwn(pending.paragraph));
      pending = null;
    }
    const named = marker.kind === 'label' ? marker.name.trim() : '';
    const lawyer = named !== '' && !/^[QA]\.?$/u.test(named) && !THE_WITNESS.test(named) && named !== witness;
    if (
      examinerToCome &&
      lawyer &&
      (examinerNamed.size > 0 ? [...namedWords(named)].some((word) => examinerNamed.has(word)) : named !== firstNamed)
    ) {
      examiner = named;
      examinerToCome = false;
    }
    if (lawyer) firstNamed ??= named;
    // A document put in the record after the words that order it printed, up to the next speaker who
    // has spoken before (the letter's "DEAR SENATORS HALVORSEN AND OKAFOR-" over "REYES: On behalf …" is not one).
    const spokeBefore = marker.kind === 'label' && speakersSoFar.has(fold(marker.name));
    if (spokeBefore) insertedMaterial = false;
    const ordersPrinted = INSERTED_MATERIAL.test(paragraph.text.trim());
    const inserted = (insertedMaterial || ordersPrinted) && pending === null && !spokeBefore;
    if (ordersPrinted) insertedMaterial = true;
    if (marker.kind === 'label' && !inserted) speakersSoFar.add(fold(marker.name));
    const fromLine = pending && !nonSpeech;
    observations.push({
      paragraph,
      text: inserted ? paragraph.text.trim() : text,
      label: fromLine ? (pending?.paragraph.text ?? null) : marker.kind === 'none' || inserted ? null : marker.printed,
      labelName: fromLine
        ? (pending?.name ?? null)
        : marker.kind === 'label' && !inserted
          ? examiner && /^Q\.?$/u.test(marker.name.trim())
            ? examiner
            : witness && (/^A\.?$/u.test(marker.name.trim()) || THE_WITNESS.test(marker.name.trim()))
              ? witness
              : marker.name
          : null,
      sureLabel: fromLine ? true : marker.kind === 'label' && marker.sure,
      ...(fromLine ? { labelLine: pending?.paragraph.line as number } : {}),
      marker: fromLine ? 'label' : inserted ? 'none' : marker.kind,
      nonSpeech: nonSpeech || inserted,
      rejectedLabel: null,
      cues: [
        ...(marker.kind === 'dash' ? ['dash'] : marker.kind === 'none' && !fromLine ? ['unmarked'] : []),
        ...content.cues,
      ],
      score: content.score,
    });
    if (!nonSpeech) pending = null;
  });
  return observations;
}

/** A short line without sentence punctuation: a heading, a link or page furniture, not speech. */
/** A sentence's last mark, perhaps inside a closing bracket, in any script ("。", "？", "।" too). */
const ENDS_SENTENCE = new RegExp(`[${SENTENCE_END_MARKS}][)\\]）]?\\s*$`, 'u');

export function isFragment(printed: string): boolean {
  // "That is what I said. [laughter]": a note at the end does not end the sentence. The pattern
  // is tried only on a paragraph that ends in a bracket: anchored at the end, it would otherwise be
  // tried at every position of every long paragraph, and match at none.
  // "… lagt ned året etter.</v>": a WebVTT voice's closing tag after the sentence does not hide its end
  // (an italic "<i>(Laughter.)</i>" or an "<em>" note stays what it was).
  const untagged = printed.trimEnd().endsWith('</v>') ? printed.trimEnd().slice(0, -'</v>'.length) : printed;
  const last = untagged.trimEnd().at(-1);
  const text = last === ')' || last === ']' ? untagged.replace(/(?<!\s)\s+[[(][^()[\]]{1,40}[)\]]\s*$/u, '') : untagged;
  if (text.length > 300 || spacedWords(text) > 20) return false;
  if (ENDS_SENTENCE.test(text) || brokenOff(text)) return false;
  return !(/:\s*$/u.test(text) && spacedWords(text) > 4);
}

/**
 * "So the hedge is gone but the soil still –": a turn broken off with an en dash, unlike a menu's
 * "Share –" or "Read also –": two or three words set apart from it, without punctuation.
 */
export function brokenOff(text: string): boolean {
  const trimmed = text.trim();
  if (!trimmed.endsWith('–')) return false;
  // "… turned out to be–", "Well, partly –": joined to its word, or after a sentence's own punctuation.
  return /\p{L}–$/u.test(trimmed) || /[,.;?!]/u.test(trimmed) || spacedWords(trimmed) >= 4;
}

/** "Rustavi 2.", "Interpressnews, please.": a turn that ends by giving the floor to a name alone. */
const FLOOR_GIVEN =
  /(?:^|[.!?]\s+)(\p{Lu}[\p{L}\p{M}\d&'’.-]*(?:\s+[\p{Lu}\d][\p{L}\p{M}\d&'’.-]*){0,3})(?:,\s+(?:please|go ahead))?[.!]?$/u;

/**
 * A labelled turn that gives the floor to a name ("Moderator: Rustavi 2.") makes that name, opening
 * the next paragraph before a colon ("Rustavi 2: Opposition parties claim …"), its label, however
 * little it looks like a person's: a reporter called by their outlet.
 */
export function labelCalledNames(observations: readonly Observation[]): Observation[] {
  // The last paragraph that speaks, as the map goes: the one that may have given the floor.
  let caller: Observation | undefined;
  return observations.map((observation) => {
    if (observation.nonSpeech) return observation;
    const previous = caller;
    caller = observation;
    if (observation.marker !== 'none' || previous?.marker !== 'label') return observation;
    const called = FLOOR_GIVEN.exec(previous.text.trim())?.[1]?.replace(/\.$/u, '');
    if (!called) return observation;
    const text = observation.paragraph.text.trim();
    if (!text.startsWith(`${called}:`)) return observation;
    return {
      ...observation,
      text: text.slice(called.length + 1).trim(),
      label: `${called}:`,
      labelName: called,
      sureLabel: true,
      marker: 'label',
      rejectedLabel: null,
      cues: [...observation.cues.filter((cue) => cue !== 'unmarked'), 'called-by-name'],
    };
  });
}

/** Takes back a label the document did not confirm: the paragraph is then unmarked text. */
export function unlabel(observation: Observation): Observation {
  return {
    ...observation,
    text: observation.paragraph.text.trim(),
    label: null,
    labelName: null,
    sureLabel: false,
    rejectedLabel: observation.labelName,
    marker: 'none',
    cues: ['unmarked', ...observation.cues.filter((cue) => cue !== 'dash')],
  };
}

export interface AttributionContext {
  participants: readonly Participant[];
  convention: Convention;
  /**
   * Speakers whose labels only one side of the exchange gets (questions "Q:", answers unlabelled): an
   * unlabelled paragraph after one of their labels is the reply. Empty when both sides are labelled.
   */
  repliedTo: ReadonlySet<string>;
  /** Per observation (by index): the speaker its label or a correction fixes, and how. */
  fixed: ReadonlyMap<number, { speaker: string; method: AttributionMethod }>;
  /**
   * Dashes mark only the questions ("– How big is …?"), the answers below them go unmarked: an
   * unmarked paragraph after a dash is the reply, and one after the reply goes on with it.
   */
  dashesAsk?: boolean;
  /** An interview opens with a question more often than not; remarks and briefings open with a statement. */
  opensWithQuestion: boolean;
  /** Whose remarks the title says open the page ("Remarks by Commissioner …"): the unlabelled opening is theirs. */
  opener?: string;
}

/** The header over readers' comments: "Comments", "Comments (12)", "Vos réactions (2)", "Kommentare". */
const COMMENTS_HEADER =
  /^(?:\d+\s+)?(?:comments?|reader comments|vos réactions|réactions|commentaires|kommentare|comentarios|commenti)(?:\s*\(\d+\))?$/iu;

/**
 * "### सवारी साधन कि इँटाभट्टा ?" over "**सञ्चालक:** …": a heading of a page copied as Markdown, however it
 * is punctuated, is no one's words over a labelled turn (a blog may print its questions as headings,
 * over the unlabelled answers).
 */
const MARKDOWN_HEADING = /^#{1,6}\s+\S/u;
/** A paragraph that opens with a label of any script, in bold or not: "**सञ्चालक:** …", "Q: …". */
const OVER_A_LABEL = /^(?:\*\*|__)?[^:\n]{1,60}:(?:\*\*|__)?\s/u;

const LOW_CONFIDENCE_MARGIN = 1.5;
const FORBIDDEN = -1e9;
/** A dash opens a new speaker's turn: strong evidence, broken mostly next to a missing line. */
const DASH_CHANGE = 3.5;
const REPLY_CHANGE = 1.5;
/** An unlabelled paragraph of a labelled transcript goes on with the last speaker: the printed convention. */
const LABELLED_CONTINUATION = 8;
const ONE_SIDED_REPLY = 4;
/** Outweighs a labelled transcript's continuation: a paragraph that opens by addressing someone is not theirs. */
const OPENING_ADDRESS = 20;
/**
 * The title's word for whose remarks open an unlabelled page outweighs what its first paragraph
 * suggests, unless that paragraph asks (a town hall's moderator opens with a question).
 */
const OPENER = 8;

export function attribute(observations: readonly Observation[], context: AttributionContext): AttributedParagraph[] {
  const spoken = observations
    .map((observation, index) => ({ observation, index }))
    .filter(({ observation }) => !observation.nonSpeech);
  const decoded = decode(spoken, context);
  const byIndex = new Map(spoken.map((entry, at) => [entry.index, decoded[at]]));

  const result: AttributedParagraph[] = [];
  let previousSpeaker: string | null | undefined;
  let afterLabel = false;
  observations.forEach((observation, index) => {
    const decision = byIndex.get(index);
    const fixed = context.fixed.get(index);
    const speaker = decision ? decision.speaker : null;
    const continued =
      !fixed &&
      decision &&
      labelled(context.convention) &&
      context.repliedTo.size === 0 &&
      afterLabel &&
      speaker === previousSpeaker;
    const method: AttributionMethod = observation.nonSpeech
      ? 'narration'
      : (fixed?.method ?? (continued ? 'continuation' : 'sequence'));
    const opensTurn =
      speaker !== previousSpeaker ||
      observation.marker !== 'none' ||
      observation.labelLine !== undefined ||
      (observation.paragraph.blankBefore >= 2 && observation.paragraph.blankBefore !== Infinity);
    const cues = [...observation.cues];
    if (fixed?.method === 'correction') cues.push('correction');
    if (observation.paragraph.blankBefore >= 2 && observation.paragraph.blankBefore !== Infinity)
      cues.push('missing-line-before');
    for (const participant of context.participants) {
      const cue = `addresses-${participant.role}`;
      if (!cues.includes(cue) && addressAt(observation, participant) !== -1) cues.push(cue);
    }
    result.push({
      paragraph: observation.paragraph,
      text: observation.text,
      label: observation.label,
      ...(observation.labelLine === undefined ? {} : { labelLine: observation.labelLine }),
      speaker,
      method,
      confidence: fixed || !decision || decision.margin >= LOW_CONFIDENCE_MARGIN ? 'high' : 'low',
      cues,
      opensTurn,
    });
    if (!observation.nonSpeech) {
      previousSpeaker = speaker;
      afterLabel = afterLabel || observation.marker === 'label';
    }
  });
  return result;
}

/** Where a paragraph addresses a participant ("Mr. President, …"), or -1: read once per pair. */
const addressAt = pairMemo(
  (observation: Observation, participant: Participant): number =>
    participant.addressedAs?.indexIn(observation.text) ?? -1,
);

interface Decision {
  speaker: string;
  margin: number;
}

interface Step {
  observation: Observation;
  index: number;
}

/** Max-product decoding with max-marginals, over the document's participants. */
function decode(steps: readonly Step[], context: AttributionContext): Decision[] {
  const states = context.participants;
  const n = steps.length;
  const k = states.length;
  if (n === 0 || k === 0) return [];
  const emission = steps.map((step, i) =>
    Float64Array.from(
      states,
      (state) =>
        emissionScore(step, state, context) -
        (answersAnAsker(step, steps[i - 1], state, context) ? ONE_SIDED_REPLY : 0),
    ),
  );
  const transitions = steps.map((step, i) =>
    i === 0 ? null : transitionWeights(step, steps[i - 1] as Step, context, steps[i - 2]),
  );
  const transition = (i: number, from: number, to: number) => {
    const weights = transitions[i] as { same: number; change: number };
    return from === to ? weights.same : weights.change;
  };
  const cell = (matrix: Float64Array[], i: number, s: number) => (matrix[i] as Float64Array)[s] as number;

  const asker = (state: Participant) => state.role === 'interviewer' || state.role === 'questioner';
  const opening = (state: Participant) =>
    context.opensWithQuestion
      ? asker(state)
        ? 1
        : 0
      : state.role === 'principal' || state.role === 'interviewee'
        ? 1
        : 0;
  const openerBonus = (state: Participant) =>
    context.opener === state.id &&
    steps[0]?.observation.marker === 'none' &&
    !steps[0].observation.cues.includes('question')
      ? OPENER
      : 0;
  const forward: Float64Array[] = [
    Float64Array.from(states, (state, s) => cell(emission, 0, s) + opening(state) + openerBonus(state)),
  ];
  for (let i = 1; i < n; i++) {
    const row = new Float64Array(k);
    for (let s = 0; s < k; s++) {
      let best = -Infinity;
      for (let p = 0; p < k; p++) best = Math.max(best, cell(forward, i - 1, p) + transition(i, p, s));
      row[s] = best + cell(emission, i, s);
    }
    forward.push(row);
  }
  const backward: Float64Array[] = Array.from({ length: n }, () => new Float64Array(k));
  for (let i = n - 2; i >= 0; i--) {
    const row = backward[i] as Float64Array;
    for (let s = 0; s < k; s++) {
      let best = -Infinity;
      for (let next = 0; next < k; next++) {
        best = Math.max(best, transition(i + 1, s, next) + cell(emission, i + 1, next) + cell(backward, i + 1, next));
      }
      row[s] = best;
    }
  }

  return steps.map((_, i) => {
    let best = 0;
    let bestScore = -Infinity;
    let runnerUp = -Infinity;
    for (let s = 0; s < k; s++) {
      const score = cell(forward, i, s) + cell(backward, i, s);
      if (score > bestScore) {
        runnerUp = bestScore;
        bestScore = score;
        best = s;
      } else if (score > runnerUp) runnerUp = score;
    }
    return { speaker: (states[best] as Participant).id, margin: bestScore - runnerUp };
  });
}

function emissionScore(step: Step, state: Participant, context: AttributionContext): number {
  const fixed = context.fixed.get(step.index);
  if (fixed) return fixed.speaker === state.id ? 0 : FORBIDDEN;
  const { observation } = step;
  let score = 0;
  const asks = state.role === 'interviewer' || state.role === 'questioner' || state.role === 'moderator';
  const answers = state.role === 'interviewee' || state.role === 'principal';
  if (asks) score += observation.score / 2;
  else if (answers) score -= observation.score / 2;
  else if (context.convention === 'dashes' || context.convention === 'unmarked') score -= 1;
  const address = addressAt(observation, state);
  // Nobody opens their own paragraph by addressing themself: "President Aliyev, I cannot interrupt, …".
  if (address !== -1) score -= address === 0 ? OPENING_ADDRESS : 4;
  return score;
}

/**
 * On a page that labels only its askers, the unlabelled reply to one asker's label is not another
 * asker's, nor the chair's: "DELEGATE (from the floor): What about the night shift?" is answered by the speaker.
 */
function answersAnAsker(
  step: Step,
  previous: Step | undefined,
  state: Participant,
  context: AttributionContext,
): boolean {
  if (!previous || step.observation.marker === 'label' || previous.observation.marker !== 'label') return false;
  const asker = context.fixed.get(previous.index)?.speaker;
  return (
    asker !== undefined &&
    context.repliedTo.has(asker) &&
    (context.repliedTo.has(state.id) || state.role === 'moderator')
  );
}

function transitionWeights(
  step: Step,
  previousStep: Step,
  context: AttributionContext,
  stepBefore?: Step,
): { same: number; change: number } {
  const observation = step.observation;
  const previous = previousStep.observation;
  const gap = observation.paragraph.blankBefore >= 2 && observation.paragraph.blankBefore !== Infinity;
  // "Would you call …?" followed by "No, no, never." is a question and its reply: whoever asked,
  // the next paragraph is someone else's, and this pair outweighs what either says alone.
  const reply = Boolean(previous.cues.includes('prompt') && observation.cues.includes('answer-opening'));
  const asked = (item: Observation) => item.cues.includes('question') && !item.cues.includes('rhetorical-question');
  const askedBefore = asked(previous);
  const change = (weight: number) => ({ same: -weight, change: weight });
  if (observation.marker === 'label') return { same: 0, change: 0 };
  if (labelled(context.convention)) {
    if (context.repliedTo.size > 0) {
      // "Rohini Kale:" over her answer, on a page whose other answers go unlabelled: her next paragraph is hers.
      const labelledBy = previous.marker === 'label' ? context.fixed.get(previousStep.index)?.speaker : undefined;
      if (labelledBy !== undefined && !context.repliedTo.has(labelledBy)) return change(-LABELLED_CONTINUATION);
      // "Q: There's a lot of humour in the book." then "Was that always the plan?": a question
      // asked in two paragraphs, the second short and ending in its question mark.
      const secondHalf =
        previous.marker === 'label' && !askedBefore && asked(observation) && spacedWords(observation.text) <= 25;
      if (secondHalf) return change(-2);
      // …and the paragraph after that second half is the reply.
      const afterSecondHalf =
        previous.marker !== 'label' && askedBefore && spacedWords(previous.text) <= 25 && !asked(observation);
      return previous.marker === 'label' || afterSecondHalf ? change(ONE_SIDED_REPLY) : change(-2);
    }
    return change(-LABELLED_CONTINUATION);
  }
  if (context.convention === 'unmarked') {
    // Nothing marks the turns: a question is followed by its answer, and content decides the rest.
    if (gap) return { same: 0, change: 0 };
    if (reply) return change(REPLY_CHANGE + 0.5);
    if (askedBefore) return change(1);
    // A question or a prompt after an answer is the next question.
    if (observation.cues.includes('prompt') && !previous.cues.includes('prompt')) return change(0.6);
    // Two short paragraphs in a row are an exchange ("Mr. Prime Minister, thank you." "Thank you."), and a
    // short one after a long answer is the next prompt.
    const words = (item: Observation) => spacedWords(item.text);
    if (words(observation) <= 25 && (words(previous) <= 12 || words(previous) > 60)) return change(0.8);
    return change(-0.6);
  }
  if (observation.marker === 'dash') {
    if (gap) return change(-0.5);
    return change(reply ? DASH_CHANGE + REPLY_CHANGE : DASH_CHANGE);
  }
  if (gap) return { same: 0, change: 0 };
  if (context.dashesAsk) {
    // "– Madam Rector, last autumn the university raised rents by a fifth, and students protested
    // for a week." then "Was the rise unavoidable?": a question asked in two paragraphs, a preamble
    // that asks nothing and one short question; the next is the reply. Not "– Critics call it a
    // tax." then "Which critics? The retailers?", a reply that asks back.
    const isSecondHalf = (half: Observation, preamble: Observation) =>
      preamble.marker === 'dash' &&
      !asked(preamble) &&
      spacedWords(preamble.text) >= 12 &&
      asked(half) &&
      spacedWords(half.text) <= 25 &&
      !/[.?!…]\s+\S/u.test(half.text.trim());
    if (isSecondHalf(observation, previous)) return change(-2);
    const afterSecondHalf =
      stepBefore !== undefined && isSecondHalf(previous, stepBefore.observation) && !asked(observation);
    return previous.marker === 'dash' || afterSecondHalf ? change(ONE_SIDED_REPLY) : change(-2);
  }
  // An unmarked question has often lost its dash, and so has an answer right after a question:
  // continuation is then only a weak guess, and the content decides.
  if (reply) return change(REPLY_CHANGE);
  if (observation.cues.includes('question')) return change(-0.3);
  if (askedBefore) return change(0.3);
  return change(-1.2);
}
