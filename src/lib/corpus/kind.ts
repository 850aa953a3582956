/**
 * What kind of document this is, from what its title and lead call it, with the words that said so.
 * The title speaks first ("Remarks by … in Joint Press Conference" is a press conference), then the
 * lead; a text that names no kind is an interview when someone puts questions in it, otherwise a report.
 */
import type { DocumentKind } from './schema.ts';
import { isTranscriptNote, SITTING_TIMES, SITTING_TIMES_ABROAD } from './markers.ts';
import { matchable } from './text.ts';

export interface KindDecision {
  kind: DocumentKind;
  evidence: string;
}

/** In order of precedence: a "press conference following talks" is a press conference, not a meeting. */
/** Each kind with the words that name it; whether only a title's words count, or only when no other kind is named. */
const NAMED_KINDS: [DocumentKind, RegExp, ('title' | 'weak')?][] = [
  [
    'press-conference',
    /\b(?:joint )?(?:press|news|media) conference\b|\bpress (?:availability|point|encounter|stakeout)\b|\b(?:media )?doorst[eo]p\b|\bmedia availability\b|\b(?:media|press) interaction\b|\binteract(?:ed|ion|s)? with (?:the )?(?:media|press|journalists|reporters|media persons)\b/iu,
  ],
  [
    'press-conference',
    // The same in the languages of the records and sites an archive of leaders' words holds.
    abroad(
      'conférence de presse|point de presse|point presse|pressekonferenz|conferenza stampa|rueda de prensa|conferencia de prensa|coletiva de imprensa|entrevista coletiva|conferência de imprensa|basın toplantısı|konferencja prasowa|persconferentie|presskonferens|pressekonferanse|konferensi pers|jumpa pers|tisková konference|tlačová konferencia|sajtótájékoztató|conferință de presă|lehdistötilaisuus|pressekonference|συνέντευξη τύπου|họp báo',
    ),
  ],
  [
    'press-conference',
    // Japanese, Chinese and Korean, whose words are not set apart by spaces. "记者会同执法人员" is the
    // reporter "together with" (会同) officers, and "记者会见" the reporter "meeting" (会见) someone.
    /記者会見|新闻发布会|新聞發布會|记者会(?![同见])|記者會(?!同)|기자회견/u,
  ],
  [
    'briefing',
    // A company's results or investors' briefing in Japanese (決算説明会, 説明会) and a briefing in Korean (브리핑).
    /説明会|브리핑/u,
  ],
  [
    'briefing',
    /\b(?:press |news |daily |noon |media |background )?briefing\b|\bpress gaggle\b|\bgaggle\b|\bmet with (?:the )?(?:journalists|reporters|the press|media)\b/iu,
  ],
  [
    'interview',
    /\binterview(?:s|ed)?\b|\btook questions\b|\bQ ?& ?A\b|\bin conversation with\b|\bquestions? and answers?\b|\b(?:spoke|talked|sat down) (?:to|with)\b(?! (?:the )?(?:media|press|reporters|journalists)\b)|\bpodcast\b|\bepisode\b/iu,
  ],
  [
    'interview',
    abroad(
      'entretien|entrevue|intervista|entrevista|wywiad|röportaj|mülakat|wawancara|intervju|interjú|haastattelu|συνέντευξη',
    ),
  ],
  [
    'briefing',
    // A company's results call is its briefing of analysts: a presentation, then their questions. Only
    // a title's, after an interview's ("Interview: … on the results call"): a story's lead tells of calls.
    /\b(?:earnings|results|investor|analysts?['’]?) (?:conference )?call\b/iu,
    'title',
  ],
  [
    'statement',
    /\b(?:press |joint |opening |closing )?statements?\b|\bremarks\b|\baddress(?:es|ed)? (?:to|the|at)\b|\b(?:state of the (?:union|city|nation|state|county)|inaugural|keynote|commencement|farewell|victory|concession) (?:address|speech)\b|\bspeech\b|\bkeynote\b|\btoast\b/iu,
  ],
  [
    'statement',
    // "Keterangan Pers", Indonesia's statement to the press, is followed by reporters' questions as often as not.
    abroad(
      'déclaration|allocution|discours|erklärung|dichiarazione|discorso|declaración|discurso|declaração|pronunciamento|açıklama|oświadczenie|przemówienie|verklaring|toespraak|uttalande|keterangan pers|pernyataan|pidato|sambutan|δηλώσεις|δήλωση',
    ),
    // Only a title's: a lead's "au lendemain de son discours" tells what the interview follows.
    'title',
  ],
  [
    'meeting',
    // "held talks", "talks with the President", not "the author talks about her novel" nor "a
    // decision to suspend EU accession talks" (talks the document is about, not its own).
    /\bmeeting\b|\bmet (?:with )?\b|\b(?:held|hold|holds|holding)(?: [\p{L}-]+){0,3} talks\b|\btalks (?:with|between|in|at|of)\b|\btelephone (?:conversation|call)\b|\bphone call\b|\bsummit\b|\((?:debate|debates)\)|\bplenary (?:session|sitting|debate)\b|\boral questions\b|\bquestion time\b|\bdebated on\b|\blegislative journal\b|\bjournal of the (?:house|senate|assembly)\b|\bcongressional record\b/iu,
  ],
  [
    'meeting',
    // A sitting, a committee's meeting, a hearing and their verbatim records, as parliaments abroad title them.
    abroad(
      'réunion|séance|sitzung|seduta|riunione|sesión|reunión|sessão|reunião|posiedzenie|vergadering|commissievergadering|sammanträde|rapat|toplantı|toplantısı|audiência pública|anhörung|audizione|hoorzitting|utfrågning|interpellationsdebatt|compte rendu intégral|integraal verslag|notas taquigráficas|diario de sesiones|resoconto stenografico|plenarprotokoll|riksdagens protokoll|møte|møde|spørretime|spørgetime|istunto|schůze|ședința|ședință|ülés|συνεδρίαση|засідання|стенограма|заседание|заседания|стенограмма',
    ),
    // Only a title's, as the English "hearing" and "debates": a lead's "nach der Sitzung" or "una
    // sesión de fotos" names something else the people did.
    'title',
  ],
  [
    'meeting',
    // The same in Japanese, whose words are not set apart by spaces: 会議録 (a sitting's record), 本会議
    // (a plenary sitting), a committee's numbered sitting (委員会 第8号); not 公正取引委員会, a commission.
    // Taiwan's Legislative Yuan records a committee's sitting (委員會紀錄, 會議紀錄), China a meeting's
    // minutes (会议记录), Korea's National Assembly its minutes (회의록).
    /会議録|本会議|委員会\s*第[0-9０-９]+号|委員會紀錄|會議紀錄|会议记录|회의록/u,
    'title',
  ],
  [
    'press-conference',
    // "Head coach Tom Ramsey spoke to the media after …": a press conference, unless the same words
    // name another kind ("… On Monday he sat down with Lucy Fenn for an extended interview").
    /\b(?:spoke|talked) to (?:the )?(?:media|press|reporters|journalists)\b/iu,
    'weak',
  ],
  [
    'meeting',
    // Only a title names the sitting it prints: "[Senate Hearing 119-112]", "Hearing on delays in the
    // family courts", "House of Commons Debates", "Joint Committee on Agriculture debate"; not "Hearing aids are …", "Hearing the music again",
    // nor a lead's "after last night's debates" or "days before his confirmation hearing".
    /(?:^|[[(]|\b(?:senate|house|committee|subcommittee|congressional|evidentiary|public|oversight|confirmation|field|court|trial)\s)hearings?(?=$|\s*[\d:;,.)\]–—-]|\s(?:before|on|of|into|in|held)\b)|^\W*(?:[\p{L}'’]+\s){0,4}debates\b|\bhansard\b|^\W*(?:(?:joint|select|standing|special)\s+)?(?:committee|assembly|senate|house|chamber|parliament|dáil|seanad)\b[^.]{0,80}\bdebates?\b/iu,
    'title',
  ],
];

/**
 * "Eram 15 horas e 4 minutos.": the hour the Assembleia da República's record notes its sitting at, on
 * a line of its own. It names a sitting only where the text is a conversation no title names; an
 * interview's answer may say the same, so the line is not taken from its speaker for it.
 */
const SITTING_CLOCK = /^eram \d{1,2} horas(?: e \d{1,2} minutos)?\.?$/iu;

/** Words of other languages as whole words, in any case: "\b" reads ASCII letters only ("toplantısı"). */
function abroad(words: string): RegExp {
  return new RegExp(`(?<![\\p{L}])(?:${words})(?![\\p{L}])`, 'iu');
}

/**
 * A parliament's verbatim record, named on a line of its own at the head of its pages: "INTEGRAAL
 * VERSLAG", "COMPTE RENDU INTÉGRAL", "[VERBATIM REPORT]", "Riksdagens protokoll 2024/25:89, fredagen den 14 mars 2025",
 * "PARLIAMENTARY DEBATES (HANSARD)", the Turkish Grand National Assembly's "TUTANAK DERGİSİ", a court's "TRANSCRIPT OF TRIAL PROCEEDINGS".
 */
const VERBATIM_RECORD =
  /^(?:integraal verslag|compte rendu intégral|stenografisch verslag|notas taquigráficas|diario de sesiones|resoconto stenografico|plenarprotokoll|stenografischer bericht|sprawozdanie stenograficzne|tutanak derg[iİ]s[iİ]|\[?verbatim (?:record|report)\]?|transcript of trial proceedings|parliamentary debates \(hansard\))$|^riksdagens protokoll \d{4}\/\d{2}:\d+\b/iu;

const IN_THE_CHAIR = /^[([]?\p{L}[\p{L}\p{M}.'’()[\] -]{1,60} in the chair[)\]]?\.?$/iu;
// Or the holder in brackets after the office in capitals: "MR. SPEAKER [THE HON. ASELA JAYAKODY] in the Chair.",
// as Sri Lanka's Hansard prints it.
const BRACKETED_CHAIR =
  /^[([].* (?:in the Chair|IN THE CHAIR)[)\]]$|^\p{Lu}[\p{Lu}.'’ -]{1,40}\s\[[^[\]]{3,60}\]\s(?:in the Chair|IN THE CHAIR)\.?$/u;

/** "this is the volunteer coordination meeting", "welcome to today's briefing". */
const SELF_DESCRIBED =
  /\b(?:this is|welcome(?:,? (?:everyone|all|back))?,? to) (?:the|our|this|today['’]s) (?:[\p{L}'’-]+ ){0,4}?(meeting|call|hearing|session|briefing|press conference|news conference)\b/iu;
const OPENING_KINDS: [DocumentKind, RegExp][] = [
  ['press-conference', /conference/iu],
  ['briefing', /briefing/iu],
  ['meeting', /meeting|call|hearing|session/iu],
];

/**
 * @param body.opening the first paragraphs of the body, for a recording that names itself in its first two and a sitting its chair
 * @param body.firstTurns the first marked turn that is a sentence, for a session whose header ("Moderator: …") stands over it
 * @param body.kicker the last lines of the page's navigation, right above the headline (its section)
 * @param body.record every line of the page's navigation and body, for what only a sitting's record prints
 * @param body.conversation whether the body is a conversation (turn markers, or questions and replies)
 * @param body.asked whether the body has question labels (Q, Question, Reporter)
 * @param body.answered whether it has answer labels (A, Answer): questions and answers of one interview
 */
/** The kinds a text names (of those `keep` lets through), each with where the text names it. */
function kindsNamed(
  plain: string,
  keep: (only: 'title' | 'weak' | undefined) => boolean,
): { kind: DocumentKind; match: RegExpExecArray; weak: boolean }[] {
  return NAMED_KINDS.filter(([, , only]) => keep(only)).flatMap(([kind, pattern, only]) => {
    const match = pattern.exec(plain);
    return match ? [{ kind, match, weak: only === 'weak' }] : [];
  });
}

/** The kind a text names first: it tells what happened before it tells what it led to. */
function namedFirst<T extends { match: RegExpExecArray }>(found: readonly T[]): T | undefined {
  return [...found].sort((a, b) => a.match.index - b.match.index)[0];
}

/** Remarks followed by reporters' questions are a press conference. */
function withQuestions(kind: DocumentKind, asked: boolean): DocumentKind {
  return kind === 'statement' && asked ? 'press-conference' : kind;
}

export function decideKind(
  title: string | null,
  lead: readonly string[],
  body: {
    conversation: boolean;
    asked: boolean;
    answered?: boolean;
    opening?: readonly string[];
    firstTurns?: readonly string[];
    kicker?: readonly string[];
    record?: readonly string[];
    /** The body's paragraphs before its first marked turn. */
    preface?: readonly string[];
  },
): KindDecision {
  const { conversation, answered = false } = body;
  const asked = body.asked && !answered;
  // "(Hon. Speaker in the Chair)", "[The Speaker (Hon. Mutua) in the Chair]": a line of its own that only a sitting's
  // record prints, whatever its part's heading calls the business ("Questions and Answers").
  // Among the body's first lines only in brackets and with the Chair's capital, as a record prints it:
  // not "(Reardon sits down in the chair)", nor an answer's "… beside a patient in the chair".
  const chair =
    lead.find((text) => IN_THE_CHAIR.test(text.trim())) ??
    (body.opening ?? []).find((text) => IN_THE_CHAIR.test(text.trim()) && BRACKETED_CHAIR.test(text.trim()));
  if (chair && conversation) return { kind: 'meeting', evidence: `the record says “${chair.trim()}”` };
  // "This interview has been edited for length and clarity.": the publisher's note names the text
  // itself, before anything the lead says the people did ("I met Batiste on a cleared lot"); not
  // before what the title calls it ("Press conference …").
  const titleNamesKind = NAMED_KINDS.some(([, pattern]) => pattern.test(matchable(title ?? '')));
  // Wherever it stands before the first turn: a news story's "Editor's note: The following is an
  // edited transcript of the interview …" comes after the story's own paragraphs.
  for (const text of titleNamesKind ? [] : [...lead, ...(body.preface ?? [])]) {
    if (!isTranscriptNote(text.trim())) continue;
    const plain = matchable(text);
    // The kind the note names first is the text's: "… the interview, which took place after the
    // minister's press conference" is an interview.
    const named = namedFirst(kindsNamed(plain, (only) => only === undefined));
    // "the Premier's opening statement and the questions that followed": remarks and reporters' questions.
    if (named && (conversation || named.kind === 'statement'))
      return { kind: withQuestions(named.kind, asked), evidence: `the publisher's note says “${text.trim()}”` };
  }
  for (const [where, text] of [
    ['title', title ?? ''],
    ['lead', lead.join(' ')],
  ] as const) {
    const plain = matchable(text);
    const found = kindsNamed(plain, (only) => only !== 'title' || where === 'title');
    const named = found.some((entry) => !entry.weak) ? found.filter((entry) => !entry.weak) : found;
    if (named.length === 0) continue;
    // The title's own words decide between kinds it names, in precedence order; in a lead, the
    // first kind it names (the lead tells what happened before it tells what it led to).
    const chosen = where === 'title' ? named[0] : namedFirst(named);
    if (!chosen) continue;
    const kind = withQuestions(chosen.kind, asked);
    const phrase = chosen.match[0];
    // A meeting, interview or call printed with no turns at all is somebody's report of it.
    // "According to a statement by the presidency": a lead that names a kind of event it reports.
    const reported =
      kind === 'interview' ||
      kind === 'meeting' ||
      kind === 'press-conference' ||
      (kind === 'briefing' && /call$/iu.test(phrase)) ||
      (kind === 'statement' && where === 'lead');
    if (!conversation && reported) {
      return {
        kind: 'report',
        evidence: `the ${where} says “${phrase}”, but the text marks no turns: a report of it`,
      };
    }
    return { kind, evidence: `the ${where} says “${phrase}”` };
  }
  // "Interview" printed right above the headline: the section the page files it under.
  for (const text of body.kicker ?? []) {
    const plain = matchable(text).trim();
    if (plain.split(/\s+/u).length > 3) continue;
    const named = NAMED_KINDS.find(([, pattern]) => pattern.test(plain));
    if (named && (conversation || named[0] === 'statement'))
      return { kind: named[0], evidence: `the page files it under “${plain}”` };
  }
  if (conversation) {
    // "The meeting was called to order at 10.05 a.m.", "The meeting rose at 12.50 p.m.": the record's
    // own account of the sitting, on a line of its own.
    const procedure = (body.record ?? []).find(
      (text) =>
        SITTING_TIMES.test(text.trim()) ||
        SITTING_TIMES_ABROAD.test(matchable(text).trim()) ||
        SITTING_CLOCK.test(matchable(text).trim()) ||
        VERBATIM_RECORD.test(matchable(text).trim()),
    );
    if (procedure) return { kind: 'meeting', evidence: `no kind named; the record says “${procedure.trim()}”` };
    // "Okay, we're recording. Welcome, everyone, this is the grants review call": a recording
    // with no headline says in its first words what it is.
    // "IGF 2024 - Day 2 - Plenary Hall" over its moderator's "… and welcome to the fourth session":
    // a session's header, then its first words.
    for (const text of [...(body.opening ?? []).slice(0, 2), ...(body.firstTurns ?? [])]) {
      const said = SELF_DESCRIBED.exec(matchable(text));
      const kind = said?.[1] ? OPENING_KINDS.find(([, pattern]) => pattern.test(said[1] as string))?.[0] : undefined;
      if (said && kind) return { kind, evidence: `no kind named; the opening says “${said[0]}”` };
    }
    if (asked)
      return { kind: 'press-conference', evidence: 'no kind named; reporters ask questions (Q, Question, Reporter)' };
    return {
      kind: 'interview',
      evidence: answered ? 'no kind named; questions and answers (Q, A)' : 'no kind named; the text is a conversation',
    };
  }
  return { kind: 'report', evidence: 'no kind named, and the text marks no turns' };
}
