/**
 * Turn markers at the start of a paragraph: speaker labels ("Host:", "Vladimir Putin (retranslated):",
 * "PRESIDENT TRUMP:", "Q.", "Q    Thank you", "**Helena Marsh:**", "[Putin]"), dashes ("– ", "-"), or
 * nothing; and labels that stand on a line of their own ("Igor Korotchenko, Editor-in-Chief of …:",
 * "President of Azerbaijan Ilham Aliyev said:"). A label shaped like a name is `sure`; a lone
 * capitalised word ("Wielgosz:", "Note:") is only a candidate, which the document accepts when it
 * recurs or names someone the document knows.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { Lexicon, RoleWord } from './registry.ts';
import {
  COMPANY_ENDINGS,
  COMPANY_SUFFIX,
  endsInCaselessWord,
  endsInTitle,
  LEGAL_FORM,
  readLabelName,
} from './names.ts';
import { withinOneEdit } from './outlets.ts';
import { CLIP_LINE } from './wrap.ts';
import { fold, matchable, SMALL_WORDS, SPACED_CASELESS_LETTER, spacedWords } from './text.ts';
import { pairMemo } from './memo.ts';

export type { Lexicon };

export type LeadingMarker =
  | { kind: 'label'; printed: string; name: string; textStart: number; colon: boolean; sure: boolean }
  | { kind: 'dash'; printed: string; textStart: number }
  | { kind: 'none'; textStart: 0 };

const NOT_A_NAME_START = new Set(
  'the this that these those it we our in on as but and so yes no well if when why what how here there my his her their your i you he she they one also then now today however'.split(
    ' ',
  ),
);
const NAME_CONNECTORS = new Set(
  'of the de da das do dos del della di du von van der den al el bin ibn la le y and'.split(' '),
);
/** The small words of an office's name before its holder's, where an office is named: "for", "für … und". */
const OFFICE_CONNECTORS = new Set(['for', 'für', 'und', 'w']);
/**
 * "Of" or "for" between an office and its body in the other languages read here, where only an office's
 * title before it makes them an office's: "Bundesministerin für …", "Sekretarz stanu w Ministerstwie …"
 * (Polish "in"), "El director general de la Comisión …".
 */
const OFFICE_LINK_ABROAD = /^(?:für|FÜR|w|de|del|di|du|do|da|des)$/u;
// ">>" is how closed captions mark a change of speaker.
const DASH = /^(?:[-–—‒]|>>+(?=\s))\s*[\u202F\u00A0\u2009]?\s*/u;
const CLOCK = String.raw`\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?m\.?)?`;
/**
 * "The meeting was called to order at 10.05 a.m.", "The meeting rose at 12.50 p.m.", "The meeting was
 * suspended at 11.40 a.m. and resumed at 12.15 p.m.": a sitting's record of its own times, on a line of its own.
 */
export const SITTING_TIMES = new RegExp(
  // "The Court rose at 12.50 p.m.", "The House rose at 10.31 pm": a court's or a house's sitting only
  // rises (a witness may say "The Committee adjourned at 4 p.m.").
  String.raw`^The (?:(?:meeting|sitting|session) (?:was (?:called to order|opened|suspended|resumed|adjourned|closed)|rose|opened|adjourned|resumed)|(?:Court|House|Committee) rose) at ${CLOCK}(?: and (?:was )?resumed at ${CLOCK})?\.?$`,
  'u',
);
/**
 * A sitting's record of its times, as other parliaments print it: "Överläggningen var härmed avslutad." after a
 * Riksdag debate, and a sitting opened or closed at a time ("De openbare commissievergadering wordt
 * gesloten om 10.41 uur.", "La réunion publique de commission est levée à 10 h 41.", "(A reunião é
 * aberta às 9 horas e 14 minutos.)", "La seduta comincia alle ore 9.30."). Not "Se levanta la
 * sesión.", which a chair says.
 */
export const SITTING_TIMES_ABROAD =
  /^(?:överläggningen var härmed avslutad|\(a reunião é (?:aberta|reaberta|encerrada|suspensa) às [^()]{1,80}\)|(?:la seduta (?:comincia|termina) alle|de (?:openbare )?(?:commissie|plenaire )?vergadering wordt (?:geopend|gesloten|geschorst|hervat) om|la (?:réunion|séance)(?: publique)?(?: de commission| plénière)? est (?:ouverte|levée|suspendue|reprise) à) (?:[^.!?]|\.(?=\d)){0,160})\.?$/iu;
/** "---------------------------------------- x": a rule drawn in dashes across a printed page, not a turn marker. */
const RULE = /^[-–—‒]{3,}/u;
/** "-5 degrees", "-3%": a minus sign, not a turn marker ("-92 civilians were killed" is a marker). */
const MINUS_SIGN = /^[-–‒]\d[\d.,]*\s*(?:%|°|degrees?\b|per ?cent\b)/iu;
/** "Answer by Commissioner Hruška": a role, and the person who fills it. */
export const ANSWERED_BY = /^(?:answer|reply|response)\s+(?:by|from)\s+(?!the\b)(\p{Lu}.{2,80})$/iu;
/**
 * "○北條麻衣君　…", "○委員長（村瀬久美子君）　…": the Japanese Diet's record, a circle before each
 * speaker (an office, the name in brackets) and an ideographic space after; "◇ 윤서진> …", "◆ 오세린> …":
 * a Korean broadcaster's transcript, a diamond before the host's or the guest's name and ">" after;
 * "【知事】 …", "【記者】 …": a Japanese governor's or ministry's press conference, the role in lenticular
 * brackets (on a page that prints two of them at least twice each: "【新华社北京电】" opens a story once);
 * "○위원장 서영태  …", "○이도현 위원  …": the Korean National Assembly's minutes, a circle before the
 * name and its office, in either order, and two spaces after; "（問）…", "（答）…": the Bank of Japan's
 * summaries, the question and the answer in full-width brackets, no name at all.
 */
export const SYMBOL_LABEL =
  /^(?:○([^\s　（）()]{1,30}?)(?:[（(]([^）)\s]{1,30})[）)])?　|[◇◆]\s*([^\s>]{1,20})\s*>\s*|【([^【】\s]{1,20})】\s*|○([^\s　（）()]{1,30}(?: [^\s　（）()]{1,30}){0,2}) {2,}|（([^（）\s]{1,8})）\s*)(?=\S)/u;
/**
 * "司会者：…", "森川悠介氏（以下、森川）：…", "生态环境部新闻发言人 宋雅宁：…": a name or a role in Chinese or Japanese, an office before it, a note
 * in brackets ("hereafter, Morikawa") and the full-width colon, no space after it, as pages in those
 * scripts print a speaker (PageMarkers.fullWidthNames).
 */
export const FULL_WIDTH_COLON_LABEL =
  /^([^\s：:（）()「」『』、。，]{1,20}?(?: [^\s：:（）()「」『』、。，]{1,12})?)(?:[（(][^（）()]{1,30}[）)])?：\s*(?=\S)/u;
// Hebrew abbreviates with a quotation mark inside the word ("היו"ר", the chair; "עו"ד", advocate).
const CASELESS_WORD = String.raw`[^\s\p{Lu}\p{Ll}:*_\d.,;!?()[\]“”’]+`;
// A title abbreviated with a stop may come first: "डा. विनिता श्रेष्ठ", Dr.
const CASELESS_LABEL_WORDS = String.raw`(?=[${SPACED_CASELESS_LETTER}])(?:${CASELESS_WORD}\. )?${CASELESS_WORD}(?: ${CASELESS_WORD}){0,3}`;
/**
 * "ফারহানা রশীদ: …", "**প্রথম আলো:** …", "ج: …": a name or a role of up to four words in a script with
 * no capitals and spaces between its words (Arabic, Hebrew, the Indian scripts, Thai, Georgian,
 * Ethiopic), before an ASCII colon, in bold or not (PageMarkers.caselessNames); a note in brackets
 * after the name ("(वायुमण्डल वैज्ञानिक):", the speaker's occupation) is no part of it.
 */
export const CASELESS_COLON_LABEL = new RegExp(
  String.raw`^(?:\*\*|__)?(${CASELESS_LABEL_WORDS})(?:\s*\([^()\n]{1,60}\))?:(?:\*\*|__)?\s+(?=\S)`,
  'u',
);
/** "היו"ר מיכאל אלמוג:" on a line of its own, over the words: the same label, as the Knesset's protocols print it. */
export const CASELESS_LINE_LABEL = new RegExp(String.raw`^(?:\*\*|__)?(${CASELESS_LABEL_WORDS}):(?:\*\*|__)?$`, 'u');
/** "<v Dr. Amara Osei>", "<v.loud Leo Hartmann>": WebVTT's voice tag, with its classes, before a cue's words. */
const VTT_VOICE = /^<v(?:\.[\w-]+)*\s+([^<>]{1,60})>\s*/u;
/** "I: …", "B: …": one capital and a colon before the words. */
export const LONE_LETTER_LABEL = /^(\p{Lu}):\s+(?=\S)/u;
/** "君", "さん", "氏": the courtesy a Japanese record prints after a name. */
export const HONORIFIC_SUFFIX = /(?:君|さん|氏|様)$/u;
const COLON_LABEL = /^([^:]{1,80}?)\s*([([][^()[\]]{1,60}[)\]])?\s*:(?:\s+|$)/u;
/**
 * Who fills the role after its dash: a name or an outlet, not a note on the turn ("Question – Follow
 * Up:", "Moderator – Closing Remarks:", "Question – Inaudible:"), whose words the page also prints in
 * lower case.
 */
function isHolderNote(note: string, page: PageMarkers, lexicon: Lexicon): boolean {
  const named = note.split(',')[0]?.trim() ?? '';
  return (
    !STAGE_NOTE.test(named) &&
    roleOf(named, lexicon) === null &&
    roleOf(named.replace(/\s+/gu, '-'), lexicon) === null &&
    !named.split(/\s+/u).some((word) => page.printsInLowerCase(word.toLowerCase()))
  );
}

/** "Moderator – Salote Vaka": a role word or two, a spaced dash, then the rest. */
const ROLE_DASH_HOLDER = /^(\p{L}+(?: \p{L}+)?) [–—-] (\p{Lu}[^:()[\]]{1,70})$/u;
const NESTED_NOTE_LABEL = /^([^:()[\]]{1,60}?)\s*\(((?:[^():]|\([^()]{1,80}\)){1,120})\)\s*:(?:\s+|$)/u;
/**
 * "Q.", "A:", a bare "Q " (White House style: "Q    Thank you, Karine."), "A   " (a deposition's
 * answer, set apart by spaces) and, as Spanish and Portuguese transcripts print them, "P.-" (pregunta)
 * and "R.-" (respuesta), with a note that may name who asks: "P. (Nuria Sala).-".
 */
const LETTER_LABEL =
  /^(?:([QA])(?:\.-|[.:)])\s+|([QA])\s*$|(Q(?=\s)|A(?=\s{2}))\s+(?=\S)|([PR])(?:\.-|:)\s*(?=\S)|([QAPR])\.?\s*\(([^()]{1,60})\)\.?-?(?:\s*\[[^\][]{1,40}\])?:?\s+(?=\S))/u;
/** Words by which an outlet's name says what it is. */
const MEDIUM_WORD =
  /\b(?:news|agency|tv|television|radio|channel|broadcast\w*|newspaper|daily|times|post|press|media|magazine|journal|gazette|herald)\b/u;
/**
 * LETTER_LABEL's noted form after a letter's full stop, with the same groups, tried first; not "Q
 * (Inaudible) —" nor "A. (Laughs)", whose brackets hold a stage direction.
 */
const NOTED_LETTER = /^()()()()([QAPR])\.\s*\(([^()]{1,60})\)\.?-?(?:\s*\[[^\][]{1,40}\])?:?\s+(?=\S)/u;
/**
 * After a letter's colon only a person and her outlet ("Q: (Ronan Keaveney – Motorsport.com)"): "Q:
 * (Same reporter)" and "A: (Smiling)" are notes on the turn, left in its text.
 */
const NOTED_COLON_LETTER =
  /^()()()()([QAPR]):\s*\((\p{Lu}[\p{L}\p{M}'’-]+(?:\s+(?:(?:de|van|der|den|von|da|di|del|della|la|le|du|dos|bin|al|el|ter|ten)\s+)*\p{Lu}[\p{L}\p{M}'’-]+)+(?:,|\s[–—-]\s)[^()]{1,50})\)\.?:?\s+(?=\S)/u;
/** Between the person and the outlet in a label's note: "(Lena Brandt, Deutsche Welle)", "(Ronan Keaveney – Motorsport.com)". */
export const NOTE_SEPARATOR = /,|\s[–—-]\s/u;
/**
 * A label's note on how the words came, never who spoke them: "(retranslated)", "(in Cantonese)",
 * "(via interpreter)", "(from the floor)", "(off mic)"; not "(Floor Vermeulen)", a given name.
 */
export const DELIVERY_NOTE =
  /translat|interpret|^in \p{L}+$|^via\b|voice|on camera|off camera|^ret\.?$|^(?:from )?(?:the )?floor$|off[- ]mic/iu;
/** What the whole page says of its markers, which one paragraph cannot: read once per document by observe(). */
export interface PageMarkers {
  /** Surnames an initial may stand before in a label ("A. Rashidov:"), folded. */
  surnames: ReadonlySet<string>;
  /** The page prints "Question." and "Answer." turns (or "Pregunta."/"P." and "Respuesta."/"R."), each side at least twice. */
  wordedTurn: RegExp | null;
  /** The page closes its speakers' names in capitals with a full stop ("CHAIR OSTRANDER. Good afternoon."). */
  stopLabels: boolean;
  /** Single capitals the page prints as labels ("I:", "B:"), two of them at least three times each, as research transcripts do. */
  letterLabels: ReadonlySet<string>;
  /** "Q) …" and "A) …" both printed: a letter and a bracket are a question's and an answer's, not an outline's "A) …". */
  bracketedLetters: boolean;
  /** The page prints circled or diamond labels ("○北條麻衣君", "◇ 윤서진>"), two of them at least twice each. */
  symbolLabels: boolean;
  /** The page closes its speakers' names with a full stop and a hyphen ("HON. A. VUNIWAI.-"), two names at least twice each. */
  dotDashLabels: boolean;
  /** Names in capitals closed by a spaced dash, two of them printed twice at least (CAPS_DASH_LABEL). */
  capsDashLabels: boolean;
  /**
   * The names the page closes with the full-width colon ("司会者：", "森川："), where two come back at
   * least twice each: those that name a speaker (attribute.ts's namingLabels).
   */
  fullWidthNames: ReadonlySet<string>;
  /** The same for names in a script with no capitals before an ASCII colon ("ফারহানা রশীদ:"). */
  caselessNames: ReadonlySet<string>;
  /** The page is live captions that name their speakers (">> MODERATOR: …"), at least twice. */
  captionLabels: boolean;
  /** A city in capitals before a news story's first sentence ("AMMAN: Jordan's Minister … has said …"). */
  dateline: string | null;
  /** Whether the page prints this word in lower case ("remarks", "up"), as it prints no name. */
  printsInLowerCase: (word: string) => boolean;
  /** Whether the page prints these words after a courtesy title ("Mr. He Jianming"), as it prints a person's name. */
  printsWithTitle: (name: string) => boolean;
  /** The first paragraph that prints this footnote number against a word ("… we have1."), as a PDF copied as text does. */
  footnoteMarkedAt: (number: string) => number | undefined;
}

export const NO_PAGE_MARKERS: PageMarkers = {
  surnames: new Set(),
  wordedTurn: null,
  stopLabels: false,
  dotDashLabels: false,
  capsDashLabels: false,
  fullWidthNames: new Set(),
  caselessNames: new Set(),
  symbolLabels: false,
  letterLabels: new Set(),
  bracketedLetters: false,
  captionLabels: false,
  dateline: null,
  printsInLowerCase: () => false,
  printsWithTitle: () => false,
  footnoteMarkedAt: () => undefined,
};

/**
 * "AMMAN: Jordan's Minister of Water … has said that …": one word in capitals (two are a name,
 * "RACHEL OKONJO:"), a colon and a sentence that reports what someone said, as Gulf newspapers open
 * a story.
 */
export const DATELINE_LABEL = /^(\p{Lu}{3,}):\s+(?=\S)/u;
export const REPORTING_VERB = /\b(?:said|says|told|announced|warned|stressed|added)\b/u;

/** A caption's change of speaker before a label: ">> MODERATOR: Good morning". */
const CAPTION_MARK = String.raw`>>+\s*(?=\p{Lu}[^:]{0,80}:\s)`;
export const CAPTION_LABEL = new RegExp(`^${CAPTION_MARK}`, 'u');
/** Who speaks after a bare ">>" on a page whose captions otherwise name their speakers. */
const UNNAMED_CAPTION_VOICE = 'Unidentified speaker';
/**
 * "CHAIR OSTRANDER. Good afternoon.", "NINA HOLLOWAY. Thanks.": one to four words in capitals and a
 * full stop, as the Federal Reserve and other PDF transcripts print a turn, and as the Italian
 * parliament does with a party or an office after the name ("PRESIDENTE.", "GIULIA FERRARESI
 * (PD-IDP).", "LORENZO SABATINI, Ministro dell'Ambiente."), and as parliaments that write Cyrillic print
 * a family name with initials, whose stop closes the label ("КОВАЛЬЧУК Т.І. Дякую.", "ГНАТЮК Р.С.
 * (виборчий округ …)."). One paragraph so opened may be a headline's acronyms; a page of them is a
 * page of turns (PageMarkers.stopLabels).
 */
export const CAPS_STOP_LABEL =
  /^(\p{Lu}[\p{Lu}'’-]+(?:\s\p{Lu}[\p{Lu}'’-]+){0,3}(?:\s\p{Lu}\.(?:\s?\p{Lu}\.){0,2})?)(\s*\([^()]{1,40}\)|\s*\([^()]{41,200}\)(?=\.\s)|,\s[^.!?:()]{2,160}(?:\s\([^()]{1,200}\))?)?\.?(?<=\.)\s+(?=\S)/u;
/**
 * A stop label (CAPS_STOP_LABEL) before words in lower case: a page in capitals throughout ("THANK
 * YOU. WE ARE …") or a record's heading ("PRESIDENCIA DEL EXCMO. SR. D. …") opens no turn so.
 */
export function stopLabelBeforeWords(text: string): RegExpExecArray | null {
  const stopped = CAPS_STOP_LABEL.exec(text);
  return stopped && /\p{Ll}/u.test(text.slice(stopped[0].length)) ? stopped : null;
}
/**
 * "HON. A. VUNIWAI.- Thank you, Mr. Chairman.", "Sr. Presidente (Arrieta).- Queda abierta la sesión.",
 * "Sra. Ibarra.- Gracias.": a name, in capitals or not and with its note, closed by a full stop and a
 * hyphen, as the Fiji Parliament's and Argentina's Chamber's verbatim records print a speaker (PageMarkers.dotDashLabels);
 * not a Roman numeral's agenda item ("III.- GÜNDEM DIŞI KONUŞMALAR").
 */
export const DOT_DASH_LABEL = /^(?![IVXLC]+\.-)(\p{Lu}[\p{L}\p{M}.'’ -]{1,60}?(?:\s\([^()]{1,60}\))?)\.-\s+(?=\S)/u;

/**
 * "SELİM KARAOSMAN (Giresun) – Sayın Başkan, …", "BAŞKAN – Teşekkür ederim.": a name or an office in
 * capitals, a note in brackets (the member's seat, or "(Devamla)", continuing), then a spaced dash, as
 * the Turkish Grand National Assembly's record prints a speaker; on a page of them
 * (PageMarkers.capsDashLabels), not a headline's "NATO – a new era".
 */
export const CAPS_DASH_LABEL =
  /^(\p{Lu}[\p{Lu}\p{M}'’.-]*(?:\s\p{Lu}[\p{Lu}\p{M}'’.-]*){0,4})(?:\s\(([^()]{1,60})\))?\s[–—]\s+(?=\S)/u;

/**
 * "O SR. PRESIDENTE (Cássio Rabelo. Bloco … - PA. Fala da Presidência.) – Havendo …", "A SRA. HELENA
 * PRATES MONTEIRO (Para expor.) – Bom dia …", "O Sr. Presidente: — Srs. Deputados …": Portuguese-speaking
 * parliaments' records name each speaker with a courtesy, then a note, then a dash. Only the note's
 * first sentence can name anyone: the holder of an office ("PRESIDENTE (Cássio Rabelo. …)").
 */
export const COURTESY_DASH_LABEL =
  /^(?:O|A)\s+(?:SR|SRA|Sr|Sra)\.(?:ª)?\s+(\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+(?:(?:de|da|do|dos|das|e)\s+)?\p{Lu}[\p{L}\p{M}'’.-]*){0,5})\s*(?:\(((?:[^()]|\([^()]{0,40}\)){1,200})\))?\s*([–—]|:\s*[–—]?)\s+(?=\S)/u;

/**
 * A courtesy label (COURTESY_DASH_LABEL): closed by a colon, or by a dash after a name in capitals as
 * the Brazilian Senate prints it; not a sentence of speech that opens "O Sr. Primeiro-Ministro — e
 * ouvimo-lo aqui — prometeu …". An office whose holder the note names ("A Sr.ª Ministra da Saúde (Ana
 * Paula Martins):") is the holder's label; a note's first sentence is its name, titles and all ("(Dr.
 * Hiran. Bloco …)").
 */
function courtesyLabel(text: string, lexicon: Lexicon): LeadingMarker | null {
  const courtesy = COURTESY_DASH_LABEL.exec(text);
  if (!courtesy || text.length <= courtesy[0].length) return null;
  const name = courtesy[1] as string;
  // A dash after a name in lower case closes a label when a note stands before it ("O Sr. Presidente
  // (Juliano Lopes) –") or no second dash follows in the sentence, as one does round an aside.
  const aside = /^[^.!?]*[–—]/u.test(text.slice(courtesy[0].length));
  if (!(courtesy[3] as string).startsWith(':') && /\p{Ll}/u.test(name) && courtesy[2] === undefined && aside)
    return null;
  const sentences = (courtesy[2] ?? '').split(/\.\s+/u);
  let holder = sentences[0]?.trim() ?? '';
  if (lexicon.titles.has(fold(holder))) holder = `${holder}. ${sentences[1] ?? ''}`.trim();
  // "Primeiro-Ministro (Luís Montenegro)": an office alone, its holder in the note; "Ministra da Saúde
  // (Ana Paula Martins)": an office of something. Not "O SR. MINISTRO ALEXANDRE PADILHA (Ministro de
  // Estado da Saúde)": a name after its office, the office noted.
  const office = isTitleOnly(name, lexicon);
  const officeOf = isTitleOnly(name.split(' ')[0] ?? '', lexicon) && /\s(?:da|de|do|dos|das)\s/u.test(name);
  if (!(office || officeOf) || !looksLikeSpeakerName(holder, lexicon)) return colonLabel(courtesy[0], name, true);
  return colonLabel(courtesy[0], office ? `${name} (${holder})` : `${holder} (${name})`, true);
}

/** A name closed by a full stop: one word only if it is an office ("PRESIDENTE."), not "OK." or "AI.". */
export function isStopLabel(stopped: RegExpExecArray, lexicon: Lexicon): boolean {
  const name = stopped[1] as string;
  return name.includes(' ') || roleOf(name, lexicon) !== null || lexicon.titles.has(fold(name));
}
/**
 * A question's and an answer's words, and the initials a page may shorten them to after the first
 * turns ("Pregunta." then "P."), as pages print them with a full stop: English "Q." and "A." are
 * letter labels on any page.
 */
export const WORDED_TURNS: readonly { words: [string, string]; initials: [string, string] | null }[] = [
  { words: ['Question', 'Answer'], initials: null },
  { words: ['Pregunta', 'Respuesta'], initials: ['P', 'R'] },
  { words: ['Pergunta', 'Resposta'], initials: ['P', 'R'] },
  { words: ['Domanda', 'Risposta'], initials: ['D', 'R'] },
];

/** The pattern of a page's worded turns ("Pregunta.", "P."), whose words it prints at least twice each. */
export function wordedTurnPattern(words: readonly string[]): RegExp | null {
  return words.length === 0 ? null : new RegExp(`^(${words.join('|')})\\.\\s+(?=\\p{Lu}|["“‘¿¡«])`, 'u');
}
/** What the room does, noted in brackets: "(Laughter)", "[Applause]", "(Crosstalk)". */
const ROOM_WORDS =
  '(?:applause|laughter|laughs?|crosstalk|cross-talk|inaudible|music|cheers|cheering|pause|silence|booing|unintelligible|off[- ]mic|sighs?|chuckles?|interjections?)';
const STAGE_NOTE = new RegExp(`^${ROOM_WORDS}$`, 'iu');
const ROOM_NOTE = new RegExp(`^[[(]\\s*${ROOM_WORDS}\\b[^\\])]*[\\])]$`, 'iu');

/** "- [ECONOMY](https://…/economy/)": a Markdown copy's menu, one link a line, never a dash's turn. */
export const LINK_ITEM = /^(?:[-*+•]\s+)?\[[^\]]+\]\([^)\s]+\)$/u;

/** "[Applause]", "(Laughter)": the room; "[Image: logo]" and "(opens in a new window)" are the page's. */
export function isRoomNote(text: string): boolean {
  return ROOM_NOTE.test(text.trim());
}
/**
 * "Applause.", "Interjections.": the room, as some parliaments' reports print it, unbracketed on a line
 * of its own; in other languages too, with the benches it came from ("Aplausos do PSD e do CDS-PP.",
 * "Protestos do BE e do L.", "Beifall bei der SPD.", "Applaudissements sur les bancs du groupe RE.").
 */
// Only the words no one says as a whole reply ("Cheers." and "Silence." may be somebody's).
const ROOM_REACTION = String.raw`(?:applause|laughter|interjections?|crosstalk|cross-talk|inaudible|booing|cheering|aplausos|protestos|risos|murmúrios|apupos|risas|rumores|applaudissements|exclamations|rires|beifall|heiterkeit|zurufe|applausi|commenti|ilarità)`;
const BARE_ROOM_NOTE = new RegExp(`^${ROOM_REACTION}\\.?$`, 'iu');
/** The benches a reaction came from name a party or a group in capitals ("do PSD", "bei der SPD"); "Rumores de pasillo." is a reply. */
const FROM_BENCHES = new RegExp(
  String.raw`^${ROOM_REACTION}\s+(?:from|do|da|dos|das|de|del|des|du|sur|bei|der|dei|della|delle|dai|dal)\s[^.!?:]{0,60}\p{Lu}[^.!?:]{0,40}\.?$`,
  'u',
);
export function isBareRoomNote(text: string): boolean {
  const trimmed = text.trim();
  const lowered = trimmed.charAt(0).toLowerCase() + trimmed.slice(1);
  return /^\p{Lu}/u.test(trimmed) && (BARE_ROOM_NOTE.test(trimmed) || FROM_BENCHES.test(lowered));
}
export const INITIAL_AND_SURNAME = /^[QAPR]\.\s?(\p{Lu}[\p{Ll}'’-]{2,}(?:-\p{Lu}[\p{Ll}'’-]+)?):\s/u;
/** "[Putin] We agree." — a name in square brackets. */
const BRACKET_LABEL = /^\[([^\][]{1,60})\]\s*:?\s+(?=\S)/u;
const NOTE_AT_END = /\s*[([][^()[\]]*[)\]]\s*$/u;
const NOTES_AT_END = /(?:\s*[([][^()[\]]*[)\]])+\s*$/u;

/** "Question (Lena Brandt, Deutsche Welle)" → "Question": a label without the note in brackets after it. */
export function withoutNote(label: string): string {
  return label.replace(NOTE_AT_END, '');
}
/** What the room did as the next speaker began: "(Crosstalk.) AP: Air defense, though?". */
const ROOM_MARK = String.raw`[[(]${anyCase(ROOM_WORDS)}\.?[\])]\.?\s+(?=\p{Lu}[^:]{0,80}:\s)`;

const ROOM_NOTE_BEFORE_LABEL = new RegExp(`^${ROOM_MARK}`, 'u');

/** A pattern's letters in either case, for a part of a larger pattern that is not all read so. */
function anyCase(pattern: string): string {
  return pattern.replace(/[a-z]/gu, (letter) => `[${letter}${letter.toUpperCase()}]`);
}

/** "El señor PRESIDENTE:", "La señora MARTÍN LOZANO:": the Spanish and Catalan parliaments' courtesy before a name or office in capitals. */
const COURTESY_MARK = String.raw`(?:El|La) (?:señora?|senyora?|Sra?\.)\s+(?=\p{Lu}{2}[^:]{0,100}:\s)`;

/** "(Lakeside North) (Ind)": a member's seat and party, on the line under the name. */
export const NOTES_ONLY = /^(?:[([][^()[\]]{1,60}[)\]]\s*){1,4}$/u;

/** "Q1. [301122] Owen Marsh": a numbered question's number and record number, before the member's name. */
/** "Operator   [1]", "Sandeep Krishnan, Coralline Health Limited - MD   [3]": a call transcript's running number of the turn, after its speaker's line. */
export const TURN_NUMBER = /\s+\[\d{1,3}\]$/u;

export const QUESTION_NUMBER = /^(?:Q?\d{1,3}\.\s+)?\[\d{3,}\]\s+|^Q\d{1,3}\.\s+/u;

/**
 * A speech's number, as a parliament's record numbers each one before its speaker: "01.02  Minister
 * Koen Verhaeghe: …" (the Belgian Chamber: question 1, its second speech, both in two figures; not a
 * minute's item "3.1"), "2.1.3 Deputy R.E. Tostevin:" (the States of Jersey: question 2.1, its third
 * supplementary), "Anf. 31 KARIN LUNDSTEDT (KD):" (the Riksdag's "Anförande"; not "Ep. 147").
 */
const SPEECH_NUMBER = String.raw`\d{2}\.\d{2}|\d{1,2}\.\d{1,2}\.\d{1,2}|Anf\.\s\d{1,4}`;
const SPEECH_NUMBER_BEFORE = new RegExp(`^(?:${SPEECH_NUMBER})\\s+(?=\\S)`, 'u');

/**
 * What some transcripts print before a label: a live caption's change of speaker (">> MODERATOR:
 * …"), a running time ("[00:01:23] Jane Doe: …"), a question number ("Q12 Chair: …", as in
 * parliamentary evidence; "1. Fraser Lamont (Con): To ask …", as an official report numbers its
 * questions), a footnote's asterisk ("*SHRI … :", as the Lok Sabha marks a speech it translated),
 * one that no other asterisk closes, a room note ("(Crosstalk.) AP:") or a Spanish courtesy ("El
 * señor PRESIDENTE:").
 */
const LABEL_PREFIX = new RegExp(
  String.raw`^(?:(?:[[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?|Q\d{1,4}|\d{1,3}\.|${SPEECH_NUMBER})\s+(?=\S)|\*(?=\p{Lu}[^*:]{0,80}:\s)|${CAPTION_MARK}|${ROOM_MARK}|${COURTESY_MARK})`,
  'u',
);
/** A name, a running time in brackets and the words, on one line: "Gareth Llewellyn [00:00:08] And I'm …". */
const NAME_THEN_TIME =
  /^(\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){0,3}|Speaker\s+\d{1,2})\s+\[\d{1,2}:\d{2}(?::\d{2})?\]\s+(?=\S)/u;
/** A running time after a name on its own line: "Maria Lopez  0:00", "Speaker 1 (02:14):". */
const TIME_AFTER_NAME = /\s+[[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?\s*:?$/u;
/** "1. KETUA: RAHMAT HIDAYATULLAH": a turn's number, the capacity in which one speaks, and who, in capitals. */
const CAPACITY_THEN_SPEAKER =
  /^(?:\d{1,3}\.\s+)?(\p{Lu}[^:\p{Ll}]{1,60}?):\s+(\p{Lu}[\p{Lu}\p{M}'’.-]*(?:\s+\p{Lu}[\p{Lu}\p{M}'’.-]*){1,4})$/u;
/** "00:00:14 Mariana Tavares": a recording's time, then who speaks, and nothing else on the line. */
const TIME_BEFORE_NAME =
  /^[[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?\s+(\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+(?:[\p{Lu}\d][\p{L}\p{M}'’.-]*|(?:da|das|de|del|della|der|di|do|dos|du|la|le|van|von|y)(?=\s+\p{Lu}))){0,4})$/u;

/**
 * "Speaker 2", "Unidentified Male 1", "Sprecher 1", "Orateur 3", "참석자 2" (CLOVA Note's participant), "話者1":
 * a voice a transcript or a transcription tool tells apart by number, in the languages such tools export.
 */
export const NUMBERED_VOICE =
  /^(speaker|participant|voice|unidentified(?: (?:male|female|man|woman|speaker|voice|reporter))?|unknown(?: speaker)?|audience member|reporter|journalist|sprecher(?:in)?|orateur|oratrice|intervenant(?:e)?|hablante|locutor(?:a)?|falante|orador(?:a)?|spreker|talare|oratore|mówca|참석자|話者|说话人|說話人|发言人)\s*#?(\d{1,3})$/iu;

/** "Maria Lopez  0:00", "참석자 2 00:11": a transcription tool's speaker line, the time after the name. */
export function endsWithRunningTime(text: string): boolean {
  return /\d[\])]?\s*:?$/u.test(text) && TIME_AFTER_NAME.test(text.trim());
}

/** "7:06 Public Comment", "00:00:14 Mariana Tavares": a line of a time and a few words in capitals. */
export function opensWithTime(text: string): boolean {
  return TIME_BEFORE_NAME.test(text.trim());
}

/** Labels come back on every page, and a near miss is looked for against every role word: each name is read once. */
const roleRead = pairMemo((lexicon: Lexicon, name: string) => readRole(name, lexicon), 50_000);

/** What a role word or near-miss spelling of one ("Correpondent") means, if anything. */
export function roleOf(name: string, lexicon: Lexicon): RoleWord | null {
  return roleRead(lexicon, name);
}

/**
 * The asker's word a label in a script without capitals ends in, where it is longer ("中国日报记者",
 * "路透社记者": a reporter, the outlet before): each outlet's reporter is the reporter.
 */
export function askersWordAtEnd(label: string, lexicon: Lexicon): string | undefined {
  const folded = fold(label);
  for (const [word, role] of lexicon.roles) if (role === 'asks' && endsInCaselessWord(folded, [word])) return word;
  return undefined;
}

function readRole(name: string, lexicon: Lexicon): RoleWord | null {
  // "Speaker 2", "Participant 3": numbered roles; "Journalist, Yle": a role and whom they work for.
  // "The Chair", "The Moderator": the article changes nothing.
  // "Soru (Lusa Haber Ajansı) (Tercüme)": the outlet and the interpreter's note, both after the role.
  const folded = fold(name.replace(NOTES_AT_END, '').split(',')[0] ?? '')
    .replace(/ \d+$/u, '')
    .replace(/^the (?=\S)/u, '');
  const exact = lexicon.roles.get(folded);
  if (exact) return exact;
  // "Question from Dunyo news agency": a reporter's question and the outlet it comes from; not
  // "Question from Marcus", which a moderator reads out from the audience.
  if (MEDIUM_WORD.test(fold(questionSource(name, lexicon) ?? ''))) return 'asks';
  if (folded.length < 6) return null;
  for (const [word, role] of lexicon.roles) {
    if (word.length >= 6 && withinOneEdit(folded, word)) return role;
  }
  return null;
}

/**
 * The registry speaker a printed name refers to: an exact alias, else the longest alias it contains,
 * else a surname only one registry speaker has ("Putin").
 */
/** "Question from Dunyo news agency" → "Dunyo news agency": where an asking role's question comes from, as printed. */
export function questionSource(label: string, lexicon: Lexicon): string | null {
  const bare = withoutNote(label).trim();
  const from = / from (?=\S)/u.exec(bare);
  if (!from || lexicon.roles.get(fold(bare.slice(0, from.index)).replace(/^the (?=\S)/u, '')) !== 'asks') return null;
  return bare.slice(from.index + from[0].length).trim() || null;
}

export function speakerOf(name: string, lexicon: Lexicon): string | null {
  const folded = fold(name.replace(NOTE_AT_END, ''));
  const exact = lexicon.aliases.get(folded);
  if (exact) return exact;
  let best: { id: string; length: number } | null = null;
  for (const [alias, id] of lexicon.aliases) {
    if (alias.length > (best?.length ?? 0) && alias.includes(' ') && ` ${folded} `.includes(` ${alias} `)) {
      best = { id, length: alias.length };
    }
  }
  if (best) return best.id;
  const last = folded.split(' ').at(-1) ?? '';
  const bySurname = lexicon.surnames.get(last);
  // "President Putin", "PUTIN", "Mr. Putin": only title words before a surname the registry knows.
  const rest = folded.split(' ').slice(0, -1);
  if (bySurname?.length === 1 && rest.every((word) => lexicon.titles.has(word))) return bySurname[0] as string;
  return null;
}

export function looksLikeSpeakerName(name: string, lexicon: Lexicon): boolean {
  // "Answer by Executive Vice-President Vaelstad": the person after the role.
  const answeredBy = ANSWERED_BY.exec(name.trim());
  if (answeredBy) return looksLikeSpeakerName(answeredBy[1] as string, lexicon);
  // "DEREK MWANGI, CNN CORRESPONDENT", "Anna Berg, Deutsche Welle": the name is before the comma;
  // "Official Spokesperson, Shri Randhir Jaiswal": or after it, when a title comes first.
  const comma = name.indexOf(',');
  if (comma > 0) {
    const head = name.slice(0, comma);
    const tail = name.slice(comma + 1);
    // "Madam Speaker, House Bill 1184 is about a simple idea:": an address, then a sentence, before a colon.
    if (SENTENCE_WORDS.test(tail)) return false;
    // "Edustaja Sjöberg, tack för frågan. Ja, vi tar hänsyn till det:": an address, then sentences.
    if (SENTENCE_END.test(tail)) return false;
    const titleOnly = fold(head)
      .split(' ')
      .every((word) => lexicon.titles.has(word));
    return looksLikeSpeakerName(head, lexicon) || (titleOnly && looksLikeSpeakerName(tail, lexicon));
  }
  const trimmed = name.trim();
  const tokens = trimmed.split(/\s+/u);
  // "Minister of Economic Affairs and Infrastructure of Estonia Liisa Tamm", "Federal Minister for
  // Information and Broadcasting Zubair Ahmed Lodhi": an office of several words before the name may run longer.
  // "Bundesministerin für Arbeit und Wirtschaft Dr. Ingrid Fellinger-Roth": the same in German, where an
  // office's title opens it (every German noun is capitalised: "Mehr Geld für Kliniken und Pflege:" is none).
  const office =
    tokens.some((token) => /^(?:of|OF|for|FOR)$/u.test(token)) ||
    // "Sekretarz stanu w Ministerstwie Infrastruktury Dariusz Kłosowski": Polish, "in" the ministry;
    // "Członkini zarządu PKP Polskie Linie Kolejowe SA Joanna Wróbel-Sikora": a company's officer.
    // "El director general de la Comisión Nacional del Agua": "of" in Spanish, after an office in lower case.
    (tokens.some((token) => OFFICE_LINK_ABROAD.test(token) || LEGAL_FORM.test(token)) &&
      (lexicon.titles.has(fold(tokens[0] ?? '')) ||
        (LABEL_ARTICLE.test(tokens[0] ?? '') && lexicon.titles.has(fold(tokens[1] ?? '')))));
  if (trimmed.length === 0 || trimmed.length > (office ? 90 : 60)) return false;
  if (lexicon.notSpeakers.has(fold(trimmed))) return false;
  if (roleOf(trimmed, lexicon) || speakerOf(trimmed, lexicon)) return true;
  if (tokens.length > (office ? 12 : 7)) return false;
  if (tokens.every((token) => /^[\p{Lu}][\p{Lu}.'’-]*$/u.test(token)) && /\p{Lu}{2}/u.test(trimmed)) {
    // "SECRETARY OF DEFENSE DANIEL R. HARWICK": an office of several words before the name, opening
    // with a title; not a heading ("VISIT OF THE MINISTER TO BRUSSELS:").
    const longOffice = office && lexicon.titles.has(fold(tokens[0] ?? ''));
    return tokens.length <= (longOffice ? 8 : 5) && !NOT_A_NAME_START.has(fold(tokens[0] ?? ''));
  }
  const first = tokens[0] ?? '';
  // "I. Solberg" is an initial, not the pronoun; "HE Khalid Al Mansoori", His Excellency, not "he".
  const capitalsTitle = first === first.toUpperCase() && lexicon.capitalsOnly?.has(fold(first)) === true;
  if (tokens.length < 2 || (NOT_A_NAME_START.has(fold(first)) && !/^\p{Lu}\.$/u.test(first) && !capitalsTitle))
    return false;
  return tokens.every(
    (token, index) =>
      /^[\p{Lu}][\p{L}\p{M}'’.-]*$/u.test(token) ||
      (index > 0 && (NAME_CONNECTORS.has(token) || (office && OFFICE_CONNECTORS.has(token)))) ||
      /^\p{Lu}\.$/u.test(token) ||
      isOfficeWordInLowerCase(tokens, index, lexicon),
  );
}

/**
 * "Ensimmäinen varapuhemies Heikki Rautavaara": an office's word in lower case, as Finnish and other
 * languages print all but an office's first word, only after title words and before the name.
 */
function isOfficeWordInLowerCase(tokens: readonly string[], index: number, lexicon: Lexicon): boolean {
  return (
    index > 0 &&
    index < tokens.length - 1 &&
    lexicon.titles.has(fold(tokens[index] as string)) &&
    // "La presidenta diputada Rocío Márquez Olvera": Spanish and other languages set the article first.
    tokens
      .slice(0, index)
      .every((token, at) => lexicon.titles.has(fold(token)) || (at === 0 && LABEL_ARTICLE.test(token)))
  );
}

/** An article before an office in lower case: "El diputado …", "La presidenta …", "Il ministro …". */
const LABEL_ARTICLE = /^(?:El|La|Il|Lo|Le|O|A|Der|Die)$/u;

/** Words that make a sentence of what follows a label's comma: "… is about a simple idea". */
const SENTENCE_WORDS = /\s(?:is|are|was|were|will|would|has|have|had|about|that|which|who)\s/u;
/**
 * A sentence's end inside it: a word in lower case of six letters or more, its stop, and the next
 * sentence's capital ("frågan. Ja"); not an abbreviation's stop ("asst. Director", "assoc. Commissioner").
 */
const SENTENCE_END = /(?<![\p{L}\p{M}.])\p{Ll}[\p{Ll}\p{M}]{5,}[.!?]\s+\p{Lu}/u;

/** "President", "First Minister": an office's words and nothing else, in any case. */
export function isTitleOnly(name: string, lexicon: Lexicon): boolean {
  const words = fold(name).split(' ').filter(Boolean);
  return words.length > 0 && words.every((word) => lexicon.titles.has(word));
}

/** A label's words that can stand for who speaks: a name, a role's word ("Moderator") or an office alone ("BAŞKAN"). */
export function namesSpeakerOrOffice(name: string, lexicon: Lexicon): boolean {
  return looksLikeSpeakerName(name, lexicon) || roleOf(name, lexicon) !== null || isTitleOnly(name, lexicon);
}

/**
 * "The PRESIDENT:", "The PRESIDENT OF THE REPUBLIC", "The Minister of Finance": an office, alone, in
 * any case, before a colon. Not on a line of its own, where "Prime Minister" under a name is the page's
 * furniture; and not "IN THE CHAIR:" or "The Economist:", which hold no "The … of …".
 */
export function isOfficeAlone(name: string, lexicon: Lexicon): boolean {
  const words = fold(name).split(' ');
  if (words[0] !== 'the' || !lexicon.titles.has(words[1] ?? '') || ['the', 'his', 'her'].includes(words[1] ?? ''))
    return false;
  // "The PRESIDENT:", "The Chairman:", "The First Minister:"
  if (words.length <= 4 && isTitleOnly(words.slice(1).join(' '), lexicon)) return true;
  return (
    words.includes('of') &&
    words.length >= 4 &&
    words.length <= 8 &&
    words.every((word) => lexicon.titles.has(word) || lexicon.notNames.has(word) || SMALL_WORDS.has(word))
  );
}

/** One capitalised word, not a sentence's first word: a label only if the document confirms it. */
function isCandidateName(name: string, lexicon: Lexicon): boolean {
  // "The Economist:", "The Hindu:": an outlet's name with its article, confirmed like any other.
  const trimmed = name.trim().replace(/^The\s+(?=\p{Lu})/u, '');
  return (
    // "RFE/RL:": an acronym of two names joined by a slash.
    (/^\p{Lu}[\p{L}\p{M}'’.-]{1,40}$/u.test(trimmed) || /^\p{Lu}{2,6}\/\p{Lu}{2,6}$/u.test(trimmed)) &&
    !NOT_A_NAME_START.has(fold(trimmed)) &&
    !lexicon.notSpeakers.has(fold(trimmed))
  );
}

const markdown = unified().use(remarkParse);

/** An emphasis that closes within the first hundred characters: the only place a label can be. */
const EMPHASIS_PREFIX = /^(\*\*|__|\*|_)[^*_\n]{1,100}?\1\s*:?/u;

/**
 * "**Vladimir Putin:** …", "*Q:* …", "__Host__: …": a label set in Markdown emphasis, as transcripts
 * copied from web pages often print them. Only the emphasised prefix of a line that starts with * or
 * _ is parsed, so a long paragraph costs no more than a short one.
 */
function readEmphasisedLabel(text: string, lexicon: Lexicon): LeadingMarker | null {
  const prefix = EMPHASIS_PREFIX.exec(text);
  if (!prefix) return null;
  const paragraph = markdown.parse(prefix[0]).children[0];
  if (paragraph?.type !== 'paragraph') return null;
  const first = paragraph.children[0];
  if (!first || (first.type !== 'strong' && first.type !== 'emphasis') || first.position?.end.offset === undefined)
    return null;
  const inner = first.children.map((child) => ('value' in child ? child.value : '')).join('');
  const after = text.slice(first.position.end.offset);
  const colonInside = inner.trimEnd().endsWith(':');
  const colonAfter = /^\s*:/u.exec(after);
  if (!colonInside && !colonAfter) return null;
  const name = inner
    .trim()
    .replace(/:$/u, '')
    .replace(/\s*\([^()]{1,60}\)$/u, '')
    .trim();
  const sure = looksLikeSpeakerName(name, lexicon) || /^[QA]$/u.test(name);
  if (!sure && !isCandidateName(name, lexicon)) return null;
  const end = first.position.end.offset + (colonAfter?.[0].length ?? 0);
  const textStart = end + (/^\s*/u.exec(text.slice(end))?.[0].length ?? 0);
  if (textStart >= text.length) return null;
  return { kind: 'label', printed: text.slice(0, end).trim(), name, textStart, colon: true, sure };
}

export function readLeadingMarker(
  printed: string,
  lexicon: Lexicon,
  labelsSeen: ReadonlySet<string>,
  page: PageMarkers = NO_PAGE_MARKERS,
): LeadingMarker {
  // "Rhiannon Price [00:00:00] Hello, and welcome …": a transcription service's export prints the
  // speaker, then the time, then the words, with no colon.
  const timed = NAME_THEN_TIME.exec(printed);
  if (timed && looksLikeSpeakerName(timed[1] as string, lexicon)) {
    return {
      kind: 'label',
      printed: timed[0].trim(),
      name: timed[1] as string,
      textStart: timed[0].length,
      colon: true,
      sure: true,
    };
  }
  const prefix = LABEL_PREFIX.exec(printed)?.[0];
  if (prefix) {
    const marker = readMarker(printed.slice(prefix.length), lexicon, labelsSeen, page);
    // The time or number belongs to the label as printed; without a label it stays in the text, and
    // a caption's ">>" still changes speaker (">> Thank you, Mayor. Two things: …").
    // After a room note only a label the page already printed: "(Applause.) Ladies and Gentlemen: that is …"
    // goes on with the speaker's words.
    const roomNote = ROOM_NOTE_BEFORE_LABEL.test(printed);
    if (marker.kind === 'label' && (!roomNote || labelsSeen.has(matchable(marker.printed).replace(/\s*:$/u, ''))))
      return { ...marker, printed: `${prefix}${marker.printed}`, textStart: marker.textStart + prefix.length };
    if (!prefix.startsWith('>>')) return { kind: 'none', textStart: 0 };
  }
  return readMarker(printed, lexicon, labelsSeen, page);
}

/** The marker as matched in the text with plain spaces, its label as printed (no-break spaces and all). */
function readMarker(
  printed: string,
  lexicon: Lexicon,
  labelsSeen: ReadonlySet<string>,
  page: PageMarkers,
): LeadingMarker {
  const text = matchable(printed);
  const marker = readMatchableMarker(text, lexicon, labelsSeen, page);
  if (marker.kind === 'none') return marker;
  // matchable() keeps every character's place, so the label's place in the text is its place as printed.
  const at = text.indexOf(marker.printed);
  return at < 0 ? marker : { ...marker, printed: printed.slice(at, at + marker.printed.length) };
}

/** A label a pattern matched at the start of the text, colon and all. */
function colonLabel(matched: string, name: string, sure: boolean): LeadingMarker {
  return { kind: 'label', printed: matched.trim(), name, textStart: matched.length, colon: true, sure };
}

function readMatchableMarker(
  text: string,
  lexicon: Lexicon,
  labelsSeen: ReadonlySet<string>,
  page: PageMarkers,
): LeadingMarker {
  const emphasised = readEmphasisedLabel(text, lexicon);
  if (emphasised) return emphasised;
  if (page.dateline && text.startsWith(`${page.dateline}:`)) return { kind: 'none', textStart: 0 };
  const dash = DASH.exec(text);
  if (dash && text.length > dash[0].length && !MINUS_SIGN.test(text) && !RULE.test(text) && !LINK_ITEM.test(text)) {
    const printed = text.slice(0, dash[0].length).trim();
    // On a page of ">> MAYOR ALVAREZ:" a bare ">>" is another voice the captioner could not name.
    if (page.captionLabels && printed.startsWith('>>'))
      return {
        kind: 'label',
        printed,
        name: UNNAMED_CAPTION_VOICE,
        textStart: dash[0].length,
        colon: false,
        sure: true,
      };
    return { kind: 'dash', printed, textStart: dash[0].length };
  }
  // "A. Rashidov:", an initial and a surname the document prints after a given name ("Akmal
  // Rashidov"), names a speaker; it is not the answer's "A." ("A. Three: the coastal line …").
  // "Q. (Giovanni Rinaldi, ANSA) [in Italian]:": the letter's note, whatever stop follows the letter.
  const initialled = INITIAL_AND_SURNAME.exec(text)?.[1];
  const named = initialled !== undefined && page.surnames.has(fold(initialled));
  const noted = NOTED_LETTER.exec(text) ?? NOTED_COLON_LETTER.exec(text);
  const direction = noted !== null && STAGE_NOTE.test(noted[6] ?? '');
  const lettered = named ? null : ((direction ? null : noted) ?? LETTER_LABEL.exec(text));
  const letter = lettered && /^[QA]\)/u.test(lettered[0]) && !page.bracketedLetters ? null : lettered;
  if (letter && text.length > letter[0].length) {
    const name = letter[6] ? `${letter[5]} (${letter[6]})` : (letter[1] ?? letter[2] ?? letter[3] ?? letter[4] ?? '');
    return colonLabel(letter[0], name, true);
  }
  // "Question. You have written …" / "Answer. It is harsh …": El País prints the words in full, with a
  // full stop, on every turn (in Spanish "Pregunta." and then "P."); once, "Question. That is what we
  // asked ourselves." is a sentence.
  const worded = page.wordedTurn?.exec(text) ?? null;
  if (worded && text.length > worded[0].length) return colonLabel(worded[0], worded[1] as string, true);
  const bracket = BRACKET_LABEL.exec(text);
  if (bracket) {
    const name = (bracket[1] ?? '').trim();
    const sure = looksLikeSpeakerName(name, lexicon);
    if (sure || isCandidateName(name, lexicon)) return colonLabel(bracket[0], name, sure);
  }
  const courtesy = courtesyLabel(text, lexicon);
  if (courtesy) return courtesy;
  // "HON. A. VUNIWAI.- Thank you, Mr. Chairman.", "MR. CHAIRMAN.- …": a name in capitals closed by a
  // full stop and a hyphen, as the Fiji Parliament's verbatim reports print a speaker; on a page
  // of them, not La Nación's dateline "CÓRDOBA.- Ignacio Benavídez receives …", printed once.
  const dotDash = page.dotDashLabels ? DOT_DASH_LABEL.exec(text) : null;
  if (dotDash && text.length > dotDash[0].length) {
    const name = (dotDash[1] as string).trim();
    const bare = withoutNote(name).trim();
    if (namesSpeakerOrOffice(bare, lexicon)) return colonLabel(dotDash[0], name, true);
  }
  const capsDash = page.capsDashLabels ? CAPS_DASH_LABEL.exec(text) : null;
  if (capsDash && text.length > capsDash[0].length) {
    const name = (capsDash[1] as string).trim();
    if (namesSpeakerOrOffice(name, lexicon))
      return colonLabel(capsDash[0], capsDash[2] ? `${name} (${capsDash[2]})` : name, true);
  }
  // "The Chair (Ms. Helen Marchetti (Lakeshore—Etobicoke West, Lib.)):": a note with a note of its
  // own, as parliaments print a chair and her seat. The inner note says nothing of who speaks.
  const nested = NESTED_NOTE_LABEL.exec(text);
  if (nested && text.length > nested[0].length) {
    const name = `${(nested[1] ?? '').trim()} (${(nested[2] ?? '').replace(/\s*\([^()]*\)/gu, '').trim()})`;
    if (
      looksLikeSpeakerName((nested[1] ?? '').trim(), lexicon) ||
      roleOf(name, lexicon) !== null ||
      /\p{Lu}/u.test(nested[1] ?? '')
    )
      return colonLabel(nested[0], name, true);
  }
  // "I: So, das Gerät läuft.", "B: Ja.": an interviewer's and a respondent's letters, on a page of them
  // (never a lone "I: …" that begins a sentence with the pronoun).
  const lone = LONE_LETTER_LABEL.exec(text);
  if (lone && page.letterLabels.has(lone[1] as string)) return colonLabel(lone[0], lone[1] as string, true);
  const symbol = SYMBOL_LABEL.exec(text);
  // "○日時　令和6年5月10日", "○場所　本省会見室": a notice's bullets, each printed once; a speaker's circle comes back.
  if (symbol && text.length > symbol[0].length && page.symbolLabels) {
    const name = (symbol[2] ?? symbol[3] ?? symbol[4] ?? symbol[5] ?? symbol[6] ?? symbol[1] ?? '').replace(
      HONORIFIC_SUFFIX,
      '',
    );
    // "（資料）…", a link to the handouts, is in the same brackets: only a role's word there is a turn's.
    if (name && (symbol[6] === undefined || roleOf(name, lexicon) !== null)) return colonLabel(symbol[0], name, true);
  }
  // "司会者：…", "森川悠介氏（以下、森川）：…": on a page of them, not "収録日：2025年5月15日", a field printed once.
  const fullWidth = page.fullWidthNames.size > 0 ? FULL_WIDTH_COLON_LABEL.exec(text) : null;
  if (fullWidth && text.length > fullWidth[0].length && page.fullWidthNames.has(fullWidth[1] as string)) {
    const name = (fullWidth[1] as string).replace(HONORIFIC_SUFFIX, '');
    if (name && !lexicon.notSpeakers.has(fold(name))) return colonLabel(fullWidth[0], name, true);
  }
  // "<v Dr. Amara Osei>Welcome back …": a WebVTT cue's voice tag names who speaks.
  const voice = text.startsWith('<v') ? VTT_VOICE.exec(text) : null;
  if (voice && text.length > voice[0].length)
    return {
      kind: 'label',
      printed: voice[0],
      name: (voice[1] as string).trim(),
      textStart: voice[0].length,
      colon: false,
      sure: true,
    };
  const caseless = page.caselessNames.size > 0 ? CASELESS_COLON_LABEL.exec(text) : null;
  if (caseless && text.length > caseless[0].length && page.caselessNames.has(caseless[1] as string))
    return colonLabel(caseless[0], caseless[1] as string, true);
  const colon = COLON_LABEL.exec(text);
  if (colon && text.length > colon[0].length) {
    // "Fraser Lamont (Mid Scotland and Fife) (Con):": a member's seat and party, as official reports print them.
    const seated = /^(.+?)\s*\([^()]{1,60}\)$/u.exec((colon[1] ?? '').trim());
    const member = colon[2] !== undefined && seated?.[1] !== undefined && looksLikeSpeakerName(seated[1], lexicon);
    const name = (colon[1] ?? '').trim();
    // "The Senior Minister of State for Health (Dr Chia Beng Hui) (for the Minister for Health)": an
    // office, its holder and whom she answers for, as parliaments print a minister's first answer.
    const holder =
      colon[2] !== undefined &&
      seated?.[1] !== undefined &&
      (isOfficeAlone(seated[1], lexicon) || isOfficeOfBody(seated[1], lexicon)) &&
      (looksLikeSpeakerName((/\(([^()]+)\)$/u.exec(name)?.[1] ?? '').trim(), lexicon) ||
        // "THE MINISTER OF STATE FOR WATER AND ENVIRONMENT (WATER) (Mr Joseph Kato Ssekandi)": the
        // portfolio's note, then the holder's.
        looksLikeSpeakerName(colon[2].slice(1, -1).trim(), lexicon));
    // "Moderator – Salote Vaka:", "Question – Semi Raikadroka, FBC News:": a role, a dash, and who
    // fills it, read as the same role with a note ("Question (Lena Brandt, Deutsche Welle)").
    const dashed = ROLE_DASH_HOLDER.exec(name);
    if (
      dashed &&
      colon[2] === undefined &&
      roleOf(dashed[1] as string, lexicon) !== null &&
      isHolderNote(dashed[2] as string, page, lexicon)
    )
      return colonLabel(colon[0], `${dashed[1]} (${dashed[2]})`, true);
    const sure =
      member ||
      holder ||
      looksLikeSpeakerName(name, lexicon) ||
      isOfficeAlone(name, lexicon) ||
      // "He Jianming:", a family name that is also a pronoun: a name where the page calls him "Mr. He Jianming".
      (NOT_A_NAME_START.has(fold(name.split(' ')[0] ?? '')) && page.printsWithTitle(name));
    // The note stays with the name: "Question (Lena Brandt, Deutsche Welle)" says who asks.
    if (sure || isCandidateName(name, lexicon))
      return colonLabel(colon[0], colon[2] ? `${name} ${colon[2]}` : name, sure);
  }
  const stopped = page.stopLabels ? stopLabelBeforeWords(text) : null;
  if (stopped && isStopLabel(stopped, lexicon)) {
    // "GIULIA FERRARESI (PD-IDP).", "LORENZO SABATINI, Ministro dell'Ambiente.": a party or an office may follow the name.
    const name = `${stopped[1] as string}${stopped[2] ?? ''}`;
    const sure = looksLikeSpeakerName(stopped[1] as string, lexicon);
    if (sure || isCandidateName(name, lexicon)) return colonLabel(stopped[0], name, sure);
  }
  // "President Ilham Aliyev Thank you." — a label this document already used, printed without its colon.
  for (const seen of labelsSeen) {
    if (text.startsWith(`${seen} `) && /^\p{Lu}/u.test(text.slice(seen.length + 1))) {
      return { kind: 'label', printed: seen, name: seen, textStart: seen.length + 1, colon: false, sure: true };
    }
  }
  return { kind: 'none', textStart: 0 };
}

/**
 * A paragraph that only introduces the next speaker. Returns the speaker's
 * printed name, or null when the paragraph is ordinary text.
 */
/**
 * "Statement by Federal President of Austria Johannes Berger", "Speech by President Akmal Rashidov": a
 * heading over a speech that names whose it is, as presidential sites print statements to the press.
 * The person it names, as printed, or null.
 */
export function readSpeechHeading(text: string, lexicon: Lexicon, announcements = true): string | null {
  // "Intervention of Sister Marianne Dufresne, S.N.D.": the letters after a name are no part of it.
  const plain = text.trim().replace(/,\s*(?:\p{Lu}{1,4}\.){1,4}$/u, '');
  // "Minister Kağıtçıbaşı’s statement is as follows:": the publisher announcing whose words follow.
  const announced = announcements ? SPEECH_ANNOUNCED.exec(plain)?.[1] : undefined;
  if (announced && readLabelName(announced, lexicon).person) return announced;
  const heading = isSpeechHeading(plain) ? SPEECH_HEADING.exec(plain) : null;
  if (!heading) return null;
  // "Statements by Ms Hélène Marchand, Deputy Spokesperson of …": the person, without the office.
  const named = (heading[1] as string).split(',')[0]?.trim() ?? '';
  // "Statement by President Beisenov" after "Statement by President of Kazakhstan Arman Beisenov": a
  // titled surname names the speaker as well as a full name does.
  const reading = readLabelName(named, lexicon);
  return reading.person?.given || (reading.person && reading.titles.length > 0) ? named : null;
}

// "Deputy Spokesperson Doan Minh Khue announced:": a foreign ministry's report of its briefing, over the words.
const SPEECH_ANNOUNCED =
  /^(\p{Lu}[^:.!?]{2,100}?)(?:['’]s?\s+(?:opening\s+)?(?:speech|statement|remarks|address)\s+(?:is|are|was|were)\s+as\s+follows|\s+(?:announced|stated|informed|declared)(?:\s+(?:the\s+following|as\s+follows))?):$/u;

/** The publisher announcing whose words follow ("X's statement is as follows:", "X announced:"): they do, whatever they say. */
export function announcesSpeech(text: string): boolean {
  return SPEECH_ANNOUNCED.test(text.trim());
}

/** Shaped like a heading over somebody's speech ("Statement by …"), whoever it names. */
export function isSpeechHeading(text: string): boolean {
  return SPEECH_HEADING.test(text.trim()) || SPEECH_ANNOUNCED.test(text.trim());
}

// "Honorary degree citation, read by Provost Martin Vale", "Introduction by President Hannah Feld":
// up to three words before the kind of speech, which the heading must name ("Photo by …" names none).
const SPEECH_HEADING =
  /^(?:[\p{L}-]+\s+){0,3}?(?:speech|statement|remarks|address|intervention|introduction|citation|welcome|toast|tribute|eulogy|lecture|keynote|homily|sermon|message|greetings?)s?,?\s+(?:(?:read|delivered|given)\s+)?(?:by|of)\s+(?:the\s+)?(\p{Lu}(?:[^.!?:;]|\.(?=\s*\p{Lu})){2,100})$/iu;

/** A full name, then a party's letters in lower case: "Tiina Haverinen sd", "Mikko Ahvenjärvi ps". */
const PARTY_LETTERS_AFTER_NAME = /^(\p{Lu}[\p{L}\p{M}'’-]+(?:\s+\p{Lu}[\p{L}\p{M}'’-]+){1,3})\s+(\p{Ll}{1,5})$/u;

/**
 * "(The Hon. (Mrs.) Kumudini Ratnayake)", "(The Hon. Tharindu Amarasekara - Minister of Water Supply)",
 * "(The Hon. Speaker)": a speaker's line wholly in brackets and opening with a title, as Sri Lanka's
 * Hansard prints it under the same name in Sinhala and Tamil. The office after a dash is left off the
 * label. Not a stage direction: "(Interruptions)" opens with no title, "(Mr Lim rose)" is no name.
 */
function bracketedSpeakerLine(line: string, lexicon: Lexicon): string | null {
  const inner = /^\((.{3,100})\)$/u.exec(line)?.[1]?.trim();
  if (!inner) return null;
  const label = inner.replace(/\s+[–—-]\s+\p{Lu}[^()]{0,80}$/u, '');
  const words = label.replace(/^The\s+/u, '').split(/\s+/u);
  if (!lexicon.titles.has(fold(words[0] ?? ''))) return null;
  const name = words
    .join(' ')
    .replace(/\s*\([^()]{1,30}\)/gu, '')
    .trim();
  return roleOf(name, lexicon) !== null || looksLikeSpeakerName(name, lexicon) ? label : null;
}

export function readLabelLine(text: string, lexicon: Lexicon): string | null {
  // "00:00:14 Mariana Tavares", "[00:01:07] Speaker 2": the time first, then the speaker, as Word's
  // "Transcribe" and other tools export a recording, on a line of its own.
  const timeFirst = TIME_BEFORE_NAME.exec(text.trim());
  // "Speaker 2", a voice the tool numbers, is a role's word with its number (roleOf).
  if (
    timeFirst &&
    (looksLikeSpeakerName(timeFirst[1] as string, lexicon) || NUMBERED_VOICE.test(timeFirst[1] as string))
  )
    return timeFirst[1] as string;
  // "O-Ton Hauke Jessen, Krabbenfischer aus Büsum": who speaks in the recorded clip below.
  // A person's name has two words at least: "O-Ton Umfrage" (a vox pop) names no one, and "CLIP ENDS",
  // "SOT FULL" are cues over no one's words.
  const clip = CLIP_LINE.exec(text.trim());
  if (clip && (clip[1] as string).includes(' ') && looksLikeSpeakerName(clip[1] as string, lexicon))
    return clip[1] as string;
  // Every line read below as a speaker's is "Q" or "A" or ends in a time's digit, a closing bracket,
  // a colon or the emphasis round a name: a paragraph of speech that ends otherwise is turned down
  // before it is copied and trimmed.
  if (!/[\d\]):*_QA]/u.test(text.trimEnd().slice(-1))) return null;
  const trimmed = matchable(text).trim().replace(SPEECH_NUMBER_BEFORE, '');
  if (/^[QA]$/u.test(trimmed)) return trimmed;
  // "Maria Lopez  0:00", "Speaker 1 (02:14):": a transcription tool's speaker line, with its time.
  // Only a line ending in a digit, a bracket or a colon can end in a time: the pattern, anchored at
  // the end, is not tried at every position of the paragraphs of speech that end otherwise.
  const timed = /[\d\]):]/u.test(trimmed.slice(-1)) ? TIME_AFTER_NAME.exec(trimmed) : null;
  if (timed) {
    // "1. KETUA: RAHMAT HIDAYATULLAH [00:00]": a court's record numbers and times each turn, the capacity
    // in which one speaks before the colon (the chair, a party's counsel) and the speaker after it.
    const capacity = CAPACITY_THEN_SPEAKER.exec(trimmed.slice(0, timed.index).trim());
    if (
      capacity &&
      roleOf(capacity[2] as string, lexicon) === null &&
      looksLikeSpeakerName(capacity[2] as string, lexicon)
    )
      return capacity[2] as string;
    // "Okafor, Chidinma (Guest)   0:21": a meeting app's export prints the family name first, and a guest as such.
    const name = trimmed
      .slice(0, timed.index)
      .trim()
      .replace(/\s*\((?:guest|external|host|organi[sz]er)\)$/iu, '');
    // One family name (with its particles) before the comma, given names after: not "Andrea
    // Ritschard, Vice-Chancellor" nor "Matthias Berner, SRF".
    const reversed =
      /^((?:(?:van|von|de|da|del|der|di|du|le|la)\s+)*\p{Lu}[\p{L}\p{M}'’-]+),\s+(\p{Lu}\p{Ll}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*)?)$/u.exec(
        name,
      );
    if (
      reversed &&
      !isTitleOnly(reversed[2] as string, lexicon) &&
      roleOf(reversed[2] as string, lexicon) === null &&
      roleOf(reversed[1] as string, lexicon) === null
    ) {
      const inOrder = `${reversed[2]} ${reversed[1]}`;
      if (looksLikeSpeakerName(inOrder, lexicon)) return inOrder;
    }
    // "참석자 2 00:11", "박서연 기자 00:02": in a script with no capitals, a voice's number or a name with
    // its office after it, before the time the tool prints; not a session's heading ("上午场 9:30").
    const caseless = /^\p{Lo}{2,8}(?: \p{Lo}{1,8}){0,2}$/u.test(name) ? name.split(' ') : null;
    return looksLikeSpeakerName(name, lexicon) ||
      /^\p{Lu}[\p{L}.'’-]+ \d{1,2}$/u.test(name) ||
      NUMBERED_VOICE.test(name) ||
      (caseless !== null && caseless.length > 1 && lexicon.titles.has(fold(caseless.at(-1) as string)))
      ? name
      : null;
  }
  const bracketed = bracketedSpeakerLine(trimmed, lexicon);
  if (bracketed) return bracketed;
  // "Anna Reed (Ashdown Vale) (Lab)", "Madam Deputy Speaker (Rosemary Lyle)": a name or an office with
  // its notes and no colon, as Hansard prints speakers. The notes go with it: one may hold the name.
  const noted = /^([^()[\]:]{3,80}?)((?:\s*\([^()]{1,60}\))+)$/u.exec(trimmed);
  // "MENDENGARKAN KETERANGAN DPR DAN PRESIDEN (III)": a heading's part in Roman figures is no speaker's note.
  if (noted && !/^\((?:[IVXLC]+|[ivxlc]+|\d+)\)$/u.test((noted[2] as string).trim())) {
    const head = (noted[1] ?? '').trim();
    // "Tiina Haverinen sd (vastauspuheenvuoro)": a member's full name, her party's letters in lower
    // case and the kind of speech, as the Eduskunta prints a speaker; the letters are no part of the name.
    const party = PARTY_LETTERS_AFTER_NAME.exec(head);
    if (party && !NAME_CONNECTORS.has(party[2] as string) && looksLikeSpeakerName(party[1] as string, lexicon))
      return `${party[1]}${noted[2]}`;
    const office = /^(?:The\s+)?\p{Lu}[\p{L}-]*(?:\s+(?:of|for|the|and|to|\p{Lu}[\p{L}-]*)){0,9}$/u.test(head);
    const namedInNote = /^\(\s*\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+)+\s*\)/u.test((noted[2] ?? '').trim());
    // "Question (CNA)": a role word with a note, as Singapore prints a reporter's outlet.
    if (
      (looksLikeSpeakerName(head, lexicon) && !/^\p{Lu}\p{Ll}+$/u.test(head)) ||
      (office && namedInNote) ||
      roleOf(head, lexicon) === 'asks'
    )
      return trimmed;
  }
  const emphasised = /^(\*\*|__|\*|_)([^*_]{1,100})\1$/u.exec(trimmed);
  const plain = emphasised ? (emphasised[2] ?? '').trim() : trimmed;
  if (!plain.endsWith(':') || plain.split(/\s+/u).length > 20) return null;
  const body = plain.slice(0, -1).trim();
  // "Formanden (Bente Strandgaard):", "Første næstformand (Jens Peder Ravn):": an office of a few words
  // and, in brackets, the full name of its holder, as the Folketing prints its chair and ministers.
  const holder = /^(\p{Lu}[\p{L}-]*(?:\s+[\p{L}-]+){0,3})\s*\((\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+)+)\)$/u.exec(
    body,
  );
  if (
    holder &&
    !looksLikeSpeakerName(holder[1] as string, lexicon) &&
    looksLikeSpeakerName(holder[2] as string, lexicon)
  )
    return body;
  // "De heer Omtzigt (NSC):", as the Dutch parliament prints a member: "Mr", in two words.
  const bare = body.replace(/\s*\([^()]{1,60}\)$/u, '').replace(/^De heer\s+(?=\p{Lu})/u, 'Heer ');
  // "Igor Korotchenko, Editor-in-Chief of the … magazine:"
  const beforeComma = bare.split(',')[0]?.trim() ?? '';
  // "PRESIDENTIAL SPOKESPERSON, ABENA SERWAA MENSAH:": an office that does not ask, then its holder,
  // both the label's (a reporter's "Journalist, Deutsche Welle" names an outlet after the comma).
  if (isOfficeThenHolder(beforeComma, bare.slice(beforeComma.length + 1).trim(), lexicon)) return bare;
  if (beforeComma !== bare && looksLikeSpeakerName(beforeComma, lexicon)) return beforeComma;
  // "President of Azerbaijan Ilham Aliyev said:", "…, President of Russia Vladimir Putin said, according to Azertag:"
  const said = /(?:^|,\s*)([^,]+?)\s+(?:said|says|stated|noted|replied|answered|asked)\b/u.exec(bare);
  if (said?.[1]) {
    const name = said[1].trim();
    if (speakerOf(name, lexicon) || looksLikeSpeakerName(name, lexicon)) return name;
  }
  if (looksLikeSpeakerName(bare, lexicon)) return bare;
  // "Infrastruktur- och bostadsminister KARIN LUNDSTEDT": an office in a few words of its own, the last
  // an office's word or ending in one, then the name in capitals; not a sentence that ends on a name
  // in capitals ("… a statement from the BRITISH MEDICAL ASSOCIATION:").
  const capitals = NAME_IN_CAPITALS_AFTER.exec(bare);
  const office = fold(capitals?.[1] ?? '').split(' ');
  const lastWord = office.at(-1) ?? '';
  const officeWord = lexicon.titles.has(lastWord) || endsInTitle(lastWord, lexicon.titles);
  return capitals && office.length <= 4 && officeWord && looksLikeSpeakerName(capitals[2] as string, lexicon)
    ? (capitals[2] as string)
    : null;
}

const NAME_IN_CAPITALS_AFTER = /^(\p{Lu}[^:,.;]*\p{Ll}[^:,.;]*?)\s(\p{Lu}{2,}(?:[\s-]\p{Lu}{2,}){1,3})$/u;

/** Words of an office before the company's comma: not "Ben Hollis, Redwood Partners", a person and his firm. */
const OFFICE_WORDS = String.raw`[Oo]fficer|[Aa]nalyst|[Hh]ead|[Dd]irector|[Pp]resident|[Cc]hief|[Mm]anager|[Cc]hair\w*|[Ee]xecutive|[Tt]reasurer|[Ss]ecretary|[Rr]elations|[Ff]ounder|[Ss]trategist|[Ee]conomist|[Cc]ontroller|VP|CEO|CFO|COO|CTO|MD`;
/**
 * "Chief Executive Officer, Tierra Verde Agro SA", "Analyst, JPMorgan Securities LLC    Q": a call
 * transcript's line of office and company under the speaker's name, with the turn's letter after it.
 * Its first look-ahead asks for the comma the pattern needs before the office words are sought, so
 * the many paragraphs with none near their start fail at once.
 */
export const CALL_AFFILIATION = new RegExp(
  `^(?=[^.!?:]{2,80}, )(?=[^,]*\\b(?:${OFFICE_WORDS})\\b)[^.!?:]{2,80}, [^.!?:]{2,80}?\\s(?:${COMPANY_ENDINGS})(?:\\s{2,}[QA])?$`,
  'u',
);

/** A person's name of two to four words, after an office and a comma. */
const OFFICE_HOLDER = /^\p{Lu}[\p{L}\p{M}'’.-]+(?:\s+\p{Lu}[\p{L}\p{M}'’.-]+){1,3}$/u;

/**
 * "El director general de la Comisión Nacional del Agua", "Director General of the National Water
 * Commission": an office's words, in any case, after an article at most, then "of" and the body.
 */
function isOfficeOfBody(office: string, lexicon: Lexicon): boolean {
  const words = office.split(/\s+/u);
  const first = LABEL_ARTICLE.test(words[0] ?? '') || fold(words[0] ?? '') === 'the' ? 1 : 0;
  const link = words.findIndex(
    (word, at) => at > first && (/^(?:of|for)$/iu.test(word) || OFFICE_LINK_ABROAD.test(word.toLowerCase())),
  );
  return link > first && words.slice(first, link).every((word) => lexicon.titles.has(fold(word)));
}

/**
 * "PRESIDENTIAL SPOKESPERSON, ABENA SERWAA MENSAH": an office that may stand before its holder's
 * name (not a reporter's role), then a name of two to four words none of which is an office's
 * ("MINISTER, HOME AFFAIRS" names a ministry).
 */
export function isOfficeThenHolder(office: string, holder: string, lexicon: Lexicon): boolean {
  const role = roleOf(office, lexicon);
  const officeFirst = role === null ? isTitleOnly(office, lexicon) || isOfficeOfBody(office, lexicon) : role !== 'asks';
  return (
    officeFirst &&
    OFFICE_HOLDER.test(holder) &&
    // "Chief Executive Officer, Tierra Verde Agro SA": an office and the company that holds it, no person.
    !COMPANY_SUFFIX.test(holder) &&
    roleOf(holder, lexicon) === null &&
    !fold(holder)
      .split(' ')
      .some((word) => lexicon.titles.has(word))
  );
}

/**
 * Editorial matter copied from a web page: a Markdown pull quote ("> …") and a short paragraph set
 * wholly in emphasis that is no question ("**Questions and Answers**", "*This transcript was produced by …*").
 */
const EDITORIAL = /^>\s|^(\*\*|__|\*|_)(?!\s)[^*_]{1,300}[^\s?*_]\1$/u;

/** "Editor's note: …", "Note to editors: …": the publisher speaking, in any convention. */
const EDITORS_NOTE = /^[*_]*(?:editor['’]?s['’]?\s+notes?|notes?\s+(?:to|from)\s+(?:the\s+)?editors?)\b/iu;

/**
 * "This transcript has been edited for clarity.", "The interview was conducted in Welsh and translated…",
 * "The following is the transcript of …:", "Following is the transcript of remarks by …": the publisher on
 * how the text was made, whoever spoke last.
 */
const TRANSCRIPT_NOTE =
  /^(?:(?:notice|note|editor['’]?s note):\s*transcripts? (?:is|are|was|were|has been|have been) (?:[\p{L}-]+ ){0,4}?(?:generated|edited|produced|transcribed|corrected)\b|(?:editor['’]?s note:\s*)?(?:the following|following|what follows|below) (?:is|are) (?:the |a |an )?(?:full |edited |working )?(?:transcripts?|texts?|transcription|interventions|remarks|statements)\b|(?:editor['’]?s note:\s*)?(?:this|the)\s+(?:(?:article|text)\s+is\s+an?\s+)?(?:transcript|interview|conversation|article|text)\b[^.;]{0,80}?\b(?:edited|condensed|produced|transcribed|translated|conducted|recorded|appeared|published)\b)/iu;

const FIRST_PERSON_SINGULAR = /\b(?:I|me|my)\b/u;

/** "Translated from German by Claire Hobbs.", "Translated from Armenian": the translator's credit, on a line of its own. */
const TRANSLATION_CREDIT =
  /^[*_]*(?:Translated|Translation)(?=\s+(?:from|by)\b)(?:\s+from\s+(?:the\s+)?\p{Lu}\p{L}+(?:\s+(?:and|or)\s+\p{Lu}\p{L}+)?)?(?:\s+(?:in)?to\s+\p{Lu}\p{L}+)?(?:\s+by\s+\p{Lu}[\p{L}.'’ -]{1,60}?)?[.*_]*$/u;

/** Words by which someone speaks for themself or to someone: a caption or a story's narration has none. */
export const PERSONAL_PRONOUN = /\b(?:I|me|my|we|our|us|you|your)\b/u;

/**
 * A photo's caption, by the credit that ends it: "Rashad Gurbanov. Photo: APA", "… (Photo: Luis
 * Ortega)", "… in Aarhus, 2024. Photograph by Jens-Ole Bak.".
 */
// "… accounted for”. ST PHOTO: NIRMALA TAN": a paper's initials may stand before its credit, in capitals.
export const PHOTO_CAPTION =
  /^[^:]{2,300}?(?:[.!?]\s+(?:\p{Lu}{2,6}\s+)?(?:(?:Photo|Photograph|Picture|PHOTO|PHOTOGRAPH|PICTURE)(?: credit| CREDIT)?:\s*\p{Lu}[^:]{0,60}|(?:Photo|Photograph|Picture) by (?:\p{Lu}[\p{L}'’.-]*\s?){1,4}(?:(?:for|\/)\s?(?:\p{Lu}[\p{L}'’.-]*\s?){1,4})?\.?)|\((?:[Pp]hoto|[Ii]mage|[Pp]icture|[Ff]oto|[Ff]otografia|[Ff]otografía|[Φφ]ωτογραφία)(?: credit)?: [^()]{2,80}\))$/u;

/** "Image source: Harwell Logistics Group.", "Photo credit: Reuters": a picture's credit on a line of its own. */
const PICTURE_CREDIT = /^(?:image|photo|photograph)(?: source| credit)?:\s*\p{Lu}[^:]{0,80}$/iu;

/** How a page credits the journalist who asked: "Interviewed by", "The interview was conducted by", "Questions by". */
// "সাক্ষাৎকার নিয়েছেন …": Bengali's "interview taken by"; "حاورته: …": Arabic's "interviewed him/her:".
// "Interview réalisée par", "Propos recueillis par" (French), "Entrevista realizada por" (Spanish,
// Portuguese), "Intervista a cura di" (Italian), "Das Gespräch führte" (German): the same credit.
export const CREDITED_BY = String.raw`(?:(?:Interview(?:ed)?|(?:The )?interview (?:was )?conducted|Questions(?: asked)?) by:?|(?:Interview réalisée|Entretien réalisé|Propos recueillis) par:?|Entrevista (?:realizada|conduzida|hecha) por:?|Intervista (?:realizzata da|a cura di):?|Das (?:Interview|Gespräch) führten?:?|সাক্ষাৎকার নিয়েছেন:?|حاور(?:ه|ته|ها|هم)\s?:|أجرى الحوار\s?:)\s+`;

/**
 * "Interviewed by Manizha Rahimova, NIAT "Khovar"": the journalist's credit, on a line of its own: a
 * name of capitalised words (with a name's particles), then perhaps a comma and the outlet; not
 * "Interviewed by Humberside Police two days later, Doyle said …".
 */
const INTERVIEW_CREDIT = new RegExp(
  String.raw`^[*_]*${CREDITED_BY}\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}'’.-]*|de|da|van|von|der|al|bin|el|la|le|di|du))+(?:,\s*[^,.!?]{2,60})?\.?[*_]*$`,
  'u',
);

export function isEditorial(text: string): boolean {
  if (isTranscriptNote(text) || TRANSLATION_CREDIT.test(text) || INTERVIEW_CREDIT.test(text.trim())) return true;
  // A photo's caption among the paragraphs: the publisher's, not the last speaker's, who may say
  // "I want you to think of someone. Picture: Maria, a staff nurse …".
  if ((PHOTO_CAPTION.test(text.trim()) || PICTURE_CREDIT.test(text.trim())) && !PERSONAL_PRONOUN.test(text))
    return true;
  return (EDITORIAL.test(text) || EDITORS_NOTE.test(text)) && spacedWords(text) <= 40;
}

/** "This transcript has been edited for clarity.", "Below is the full transcript of the briefing:". */
export function isTranscriptNote(text: string): boolean {
  // Set in emphasis or not: "*This interview has been condensed and edited.*". Not in the first
  // person singular: "The interview was recorded without my consent" is its speaker's ("translated by
  // our newsroom" is still the publisher's).
  const plain = text.replace(/^[*_]+|[*_]+$/gu, '');
  return TRANSCRIPT_NOTE.test(plain) && spacedWords(plain) <= 60 && !FIRST_PERSON_SINGULAR.test(plain);
}
