/**
 * People's names as transcripts print them in labels and introductions: "President of France Emmanuel
 * Macron", "PRIME MINISTER STARMER", "Jane Doe (retranslated)", "J. Smith (as translated)", "Anna Berg,
 * Deutsche Welle". A label is read from its end: the name is the run of name-like words after the last
 * title, role word or lowercase word, less a place it was introduced with ("of France", "Azerbaijani").
 * Pure and table-driven: titles and places are data (data/roles.yaml, world-countries).
 */
import { fold, SMALL_WORDS, SPACED_CASELESS_LETTER } from './text.ts';
import { pairMemo } from './memo.ts';

export interface NameVocabulary {
  /** Folded title words: "president", "prime", "minister", "mr", "ms", "the" … */
  titles: ReadonlySet<string>;
  /** Folded titles the roles file prints only in capitals ("HE" for His Excellency): in any other case ("He Jianming") a name's word. */
  capitalsOnly?: ReadonlySet<string>;
  /** Folded occupations that stop a name read backwards but name no office: "historian", "economist". */
  occupations?: ReadonlySet<string>;
  /** Folded place names and demonyms, as word lists: ["russian", "federation"], ["danish"]. */
  places: PlaceMatcher;
  /** Folded words that make a capitalised run a place's or body's name: "palace", "ministry". */
  notNames: ReadonlySet<string>;
}

export interface PersonName {
  /** As the archive shows it: "Emmanuel Macron", "Starmer", "J. Smith". */
  display: string;
  /** Folded, for matching: "emmanuel macron". */
  key: string;
  /** Folded surname with its particles: "macron", "von der leyen". */
  surname: string;
  /** Folded given names, or null when only a surname is printed: "emmanuel", "j". */
  given: string | null;
  /** The given names are initials only ("J. Smith"). */
  initials: boolean;
}

export interface LabelReading {
  /** The person named, or null for a bare title ("THE PRESIDENT") or nothing name-like. */
  person: PersonName | null;
  /** Title words printed before the name, folded ("president", "prime minister"). */
  titles: string[];
  /** What the brackets said: "retranslated", "as translated", "NATO Spokesperson". */
  note: string | null;
  /** What follows a comma: "Deutsche Welle", "Editor-in-Chief of the … magazine". */
  descriptor: string | null;
}

const PARTICLES = new Set(
  'von van der den de da das dos di du del della la le bin ibn al el y ter ten zu af av'.split(' '),
);
const NOTE = /\s*[([]([^()[\]]{1,160})[)\]]\s*$/u;
/** "Mr Joseph Kato Ssekandi", "Dr. Chia Beng Hui": a note that names a person with their courtesy. */
const COURTESY_FIRST = /^(?:Mr|Mrs|Ms|Miss|Dr|Hon|Prof)\.?\s+\p{Lu}/u;
// "সাদিয়া", "ديما": a word of a script with no capitals may be a name's.
const NAME_WORD = new RegExp(
  String.raw`^(?:\p{Lu}[\p{L}\p{M}'’.-]*|\p{Lu}\.|[${SPACED_CASELESS_LETTER}][\p{L}\p{M}'’-]*)$`,
  'u',
);
const PLACE_LINK = new Set(['of', 'for', 'from']);
const PORTFOLIO_LINK = new Set(['of', 'for']);
/** Endings no given name has ("Florence", "Clement", "Constance" end like portfolios too). */
const PORTFOLIO_ENDING = /(?:tion|sion|affairs|ities)$/u;
/** A portfolio's nouns by their endings, folded: "broadcasting", "development", "affairs", "infrastructure", "security". */
const PORTFOLIO_NOUN =
  /(?:ing|tion|sion|ment|ments|ure|ics|ity|ities|ance|ence|affairs|trade|energy|health|justice|finance|defence|defense)$/u;
const SUFFIXES = new Set(
  'mp mep msp ms kc qc sc kcb cbe obe mbe gcmg kcmg pc jr sr ii iii iv phd md esq ret'.split(' '),
);

export interface PlaceMatcher {
  /** Length in words of the longest place name that starts the word list, or 0. */
  prefix: (words: readonly string[]) => number;
  has: (word: string) => boolean;
}

export function placeMatcher(names: Iterable<string>): PlaceMatcher {
  const byFirst = new Map<string, string[][]>();
  const single = new Set<string>();
  for (const name of names) {
    const words = fold(name).split(' ').filter(Boolean);
    if (words.length === 0) continue;
    if (words[0] === 'the') words.shift();
    if (words.length === 1) single.add(words[0] as string);
    const list = byFirst.get(words[0] as string) ?? [];
    list.push(words);
    byFirst.set(words[0] as string, list);
  }
  return {
    has: (word) => single.has(fold(word)),
    prefix(words) {
      const folded = words.map((word) => fold(word));
      let best = 0;
      for (const candidate of byFirst.get(folded[0] ?? '') ?? []) {
        if (candidate.length > best && candidate.every((word, at) => folded[at] === word)) best = candidate.length;
      }
      return best;
    },
  };
}

/**
 * "STARMER" → "Starmer", "O'BRIEN" → "O'Brien", "VON" → "von"; mixed case is left as printed. A word
 * with the dotted capital "İ" is Turkish or Azerbaijani, whose "İ" is "i" in lower case ("SELİM" →
 * "Selim", not "Seli̇m" with a dot over the dot).
 */
export function nameCase(word: string): string {
  if (!/\p{Lu}/u.test(word) || /\p{Ll}/u.test(word)) return word;
  if (PARTICLES.has(fold(word))) return word.toLowerCase();
  return (word.includes('İ') ? word.toLocaleLowerCase('tr') : word.toLowerCase()).replace(
    /(^|[-'’.])(\p{L})/gu,
    (_, before: string, letter: string) => before + letter.toUpperCase(),
  );
}

/** "III", "XVII": a sovereign's numeral, I to XXXIX (one letter only for V and X, as "I" is a pronoun). */
/** Titles abbreviated before a name that are also surnames after one, folded: "Sen.", "Rep.", "Gov.". */
const ABBREVIATED_TITLES = new Set(['sen', 'rep', 'gov', 'amb', 'sec', 'gen', 'col']);
/** Portuguese and Spanish words for a generation, printed after the surname ("Filho", "Neto", "Júnior"), folded. */
const GENERATION = new Set(['filho', 'filha', 'neto', 'neta', 'sobrinho', 'junior']);
/** Titles that, with a surname alone, are how a peer or a justice is named, folded. */
export const PEERAGE = /^(?:lord|lady|baroness|baron|viscount|viscountess|earl|countess)$/u;
/** Malaysia's honorifics of rank (data/roles.yaml titles), folded: they say who a person is, not an office. */
export const RANK_HONORIFICS: ReadonlySet<string> = new Set(['datuk', 'dato', 'datin']);
const REGNAL_NUMERAL = /^(?=[IVX]{2,}$|[VX]$)X{0,3}(?:IX|IV|V?I{0,3})$/u;

export function personName(printed: readonly string[]): PersonName | null {
  // "Taoiseach Declan Moriarty's doorstep": the possessive is not the name's.
  const words = printed.map((word, at) =>
    at === printed.length - 1 ? word.replace(/(?<=\p{L}{2})['’]s$/u, '') : word,
  );
  const sovereign = words.length === 3 && REGNAL_NUMERAL.test(words[2] as string);
  const display = words.map((word, at) => (sovereign && at === 2 ? word : nameCase(word))).join(' ');
  const folded = words.map((word) => fold(word)).filter(Boolean);
  if (folded.length === 0) return null;
  // "Ковальчук Т.І.", "Иванов И. И.": a family name, then the initials of the given name and the
  // father's, as records in Cyrillic print a person. The given name's initial alone is matched, so
  // "Тарас Ковальчук", whom the page names without his father's name, is the same person.
  if (words.length >= 2 && /^\p{Lu}\p{L}+$/u.test(words[0] as string) && words.slice(1).every(isInitialsAfter)) {
    const given = (folded[1] as string).split(' ')[0] as string;
    return { display, key: folded.join(' '), surname: folded[0] as string, given, initials: true };
  }
  // "Rogério Tavares Filho": a generation's word after the surname is part of the name, not the surname.
  const generation = folded.length >= 3 && GENERATION.has(folded.at(-1) as string) ? 1 : 0;
  let surnameStart = folded.length - 1 - generation;
  while (surnameStart > 0 && PARTICLES.has(folded[surnameStart - 1] as string)) surnameStart--;
  // "Lord Sugar" has a surname and no given name: the page may print "Alan Sugar" too.
  const peer = folded.length === 2 && PEERAGE.test(folded[0] as string);
  const given = peer ? [] : folded.slice(0, surnameStart);
  return {
    display,
    key: folded.join(' '),
    surname: folded.slice(surnameStart, folded.length - generation).join(' '),
    given: given.length > 0 ? given.join(' ') : null,
    initials:
      given.length > 0 && words.slice(0, surnameStart).every((word) => /^\p{Lu}\.?$|^(?:\p{Lu}\.)+$/u.test(word)),
  };
}

/** "Т.І.", "И.", "И.И.": one to three initials, each with its full stop, after a family name. */
function isInitialsAfter(word: string): boolean {
  return /^(?:\p{Lu}\.){1,3}$/u.test(word);
}

/**
 * "宮坂武志", "윤서진", "सुनीता चौधरी": a name in a script without capitals (one to three words of it,
 * nothing else), read as printed: a label's name in such a script cannot be told by its capitals, so
 * a label that prints it is taken at its word. Given and family names are not told apart.
 */
export function caselessName(printed: string): PersonName | null {
  const words = printed.trim().split(/\s+/u);
  // "野々村彩": the iteration mark 々 is a modifier letter.
  if (words.length > 3 || !words.every((word) => /^[\p{Lo}\p{Lm}\p{M}]{2,12}$/u.test(word))) return null;
  const display = words.join(' ');
  const key = fold(display) || display;
  return { display, key, surname: key, given: key, initials: false };
}

/** "Choi Hye-won": a name printed family name first, shown as printed and matched by its family name. */
export function familyNameFirst(family: string, given: string): PersonName {
  return {
    display: `${nameCase(family)} ${nameCase(given)}`,
    key: `${fold(family)} ${fold(given)}`,
    surname: fold(family),
    given: fold(given),
    initials: false,
  };
}

/** The name a label gives, with the titles, note and descriptor printed around it. */
const STYLE_BEFORE_NAME = /^(?:Sister|Brother|Mother|Sr\.?|Br\.?|Provost)$/iu;

/** "… Agro SA", "… Securities LLC", "… Holdings plc": how a company's name ends. */
export const COMPANY_ENDINGS = String.raw`SA|S\.A\.|SpA|AG|SE|NV|BV|AB|ASA|Oyj|GmbH|LLC|LLP|LP|Inc\.?|Ltd\.?|Limited|plc|PLC|Corp\.?|Corporation|Holdings|Securities|Capital|Partners|Group|Bank`;
export const COMPANY_SUFFIX = new RegExp(`\\b(?:${COMPANY_ENDINGS})$`, 'u');
/** A company's legal form, a word of its own that no name holds: "SA", "GmbH", "Ltd". */
export const LEGAL_FORM = /^(?:SA|S\.A\.|SpA|AG|NV|BV|GmbH|LLC|LLP|Inc\.?|Ltd\.?|plc|PLC|Oyj|ASA)$/u;

/**
 * Readings already made, per vocabulary: a document's labels are read again and again (every turn's,
 * by each rule that asks whom a label names), and a reading depends on the label and the vocabulary
 * alone. Its callers share a reading and never change it. Emptied when full, as fold()'s cache is.
 */
const readingOf = pairMemo((vocabulary: NameVocabulary, printed: string) => readLabel(printed, vocabulary), 10_000);

export function readLabelName(printed: string, vocabulary: NameVocabulary): LabelReading {
  return readingOf(vocabulary, printed);
}

function readLabel(printed: string, vocabulary: NameVocabulary): LabelReading {
  // "A.Volkov", "V.V.Putin", "А.КУЗЬМИЧЁВ": initials joined to the surname, as kremlin.ru and
  // Russian radio stations print their speakers.
  let text = printed
    .trim()
    .replace(/\s*:$/u, '')
    .replace(/(^|\s)((?:\p{Lu}\.){1,2})(?=\p{Lu}(?:\p{Ll}|\p{Lu}{2}))/gu, '$1$2 ');
  let note: string | null = null;
  // "Anna Reed (Ashdown Vale) (Lab)": every note at the end; the first is kept, but for a holder's
  // name with its courtesy after an office's portfolio ("… (WATER) (Mr Joseph Kato Ssekandi)").
  let holderNote: string | null = null;
  for (let noted = NOTE.exec(text); noted && noted.index > 0; noted = NOTE.exec(text)) {
    note = (noted[1] ?? '').trim();
    if (holderNote === null && COURTESY_FIRST.test(note)) holderNote = note;
    text = text.slice(0, noted.index);
  }
  if (holderNote !== null && note !== null && !COURTESY_FIRST.test(note)) note = holderNote;
  // "KIEFEL CJ", "KAYE JA": a judge's surname and her court's letters after it, as Australian and
  // English courts print them: the letters are her title, not her name.
  const judicial = JUDICIAL_AFTER_NAME.exec(text);
  const judge = judicial ? ['justice'] : [];
  if (judicial) text = text.slice(0, judicial.index);
  let descriptor: string | null = null;
  const comma = text.indexOf(',');
  if (comma > 0) {
    descriptor = text.slice(comma + 1).trim() || null;
    text = text.slice(0, comma);
  }
  let { name, titles } = nameAtEnd(
    withoutSeatAfterName(withoutDegrees(text.trim().split(/\s+/u).filter(Boolean)), vocabulary),
    vocabulary,
  );
  // "Sister Marianne Dufresne", "Provost Martin Vale": a style before a name, and only there ("Sister:"
  // is a podcast's contributor, "CAROLINE PROVOST:" a museum's director).
  if (name.length >= 3 && STYLE_BEFORE_NAME.test(name[0] as string)) {
    titles = [...titles, fold(name[0] as string)];
    name = name.slice(1);
  }
  // "Official Spokesperson, Shri Randhir Jaiswal": a title, then the name after the comma.
  // Not "Chief Executive Officer, Tierra Verde Agro SA": the company after the comma is nobody.
  if (name.length === 0 && descriptor && !COMPANY_SUFFIX.test(descriptor)) {
    const after = nameAtEnd(descriptor.split(/\s+/u), vocabulary);
    if (after.name.length > 0) {
      ({ name } = after);
      titles = [...titles, ...after.titles];
      descriptor = null;
    }
  }
  // "Press Secretary ISHIGURO Naoko:", read as the title "… by Press Secretary ISHIGURO Naoko" is.
  name = givenNameFirst(name);
  return { person: name.length > 0 ? personName(name) : null, titles: [...judge, ...titles], note, descriptor };
}

/**
 * "Präsident Ing. Friedrich Aschauer", "Abgeordnete Mag. Verena Hinterleitner": an academic or
 * professional degree, abbreviated with its stop, before a given name and a surname, as Austria
 * prints its members; no part of the name. Not "NANCY ING" or "DI MAIO", a surname without a stop.
 */
function withoutDegrees(words: readonly string[]): readonly string[] {
  return words.filter(
    (word, at) =>
      !DEGREE_BEFORE_NAME.test(word) || words.slice(at + 1).filter((after) => /^\p{Lu}\p{Ll}/u.test(after)).length < 2,
  );
}

/** Austrian and German degrees printed before a name, with their stop: Ing., Mag., Mag.a, MMag., Dipl.-Ing., DDr. */
const DEGREE_BEFORE_NAME = /^(?:(?:Ing|Mag|MMag|Dipl\.-Ing|DDr|Bakk)\.|Mag\.a)$/u;

/**
 * "Deputy J.M. Fauvel of St. John", "Connétable P.J. Vibert of Trinity": a member, titled, then "of"
 * and the parish or seat she sits for, as the States of Jersey print a speaker; the name ends before
 * "of". Not "President of France Emmanuel Macron" (an office's "of"), nor a peer's "Lord Carlile of Berriew".
 */
function withoutSeatAfterName(words: readonly string[], vocabulary: NameVocabulary): readonly string[] {
  if (words.length < 4 || !vocabulary.titles.has(fold(words[0] as string))) return words;
  if (words.some((word) => PEERAGE.test(fold(word)))) return words;
  const of = words.indexOf('of');
  if (of < 2 || !/^\p{Lu}/u.test(words[of + 1] ?? '')) return words;
  // A seat is a word or two ("St. John", "Trinity"); "Assistant Secretary-General of UNDP Kanni
  // Wignaraja" is an office of an organisation, its holder named after it.
  if (words.length - of - 1 > 2) return words;
  const before = words[of - 1] as string;
  return NAME_WORD.test(before) && !vocabulary.titles.has(fold(before)) ? words.slice(0, of) : words;
}

// A lone "J" is read in the cast, where the page shows it is a court's ("SARAH J:" is a phone-in caller's initial).
const JUDICIAL_AFTER_NAME = /(?<=\p{L}{2})\s+(?:CJ|ACJ|DCJ|AJ|JA|JJ)$/u;

/** Forms of address before a person's name ("Mr. He Jianming", "Madam Ruiz"), as printed. */
export const COURTESY_TITLES = ['Mr', 'Mrs', 'Ms', 'Miss', 'Dr', 'Prof', 'Madam', 'Mme'];
const COURTESY = new Set(COURTESY_TITLES.map((title) => fold(title)));

/**
 * "HE Khalid Al Mansoori": His Excellency, printed in capitals before a name; not "He Jianming", nor
 * "Mr. HE Jianming" and "HE Jianming:", a family name in capitals before one given name, as Chinese
 * government pages print names.
 */
function excellency(words: readonly string[], at: number): boolean {
  const word = words[at] as string;
  const after = words.slice(at + 1);
  const courtesyBefore = at > 0 && COURTESY.has(fold(words[at - 1] as string));
  // Only a word a family name can be ("HE", as "He" is), not an office's letters ("PM Tan", "CS Mutua").
  const familyBeforeGiven =
    /^\p{Lu}[AEIOUY]$/u.test(word) && after.length === 1 && /^\p{Lu}\p{Ll}+$/u.test(after[0] as string);
  return word === word.toUpperCase() && !courtesyBefore && !familyBeforeGiven;
}

/** "MORITA Kenji": the family name in capitals first, as Japanese and other governments print it, read given name first. */
function givenNameFirst(name: string[]): string[] {
  const [family, given] = name;
  if (name.length === 2 && family && given && /^\p{Lu}{3,}$/u.test(family) && /^\p{Lu}\p{Ll}+$/u.test(given))
    return [given, `${family[0]}${family.slice(1).toLowerCase()}`];
  return name;
}

/**
 * "bostadsminister", "opetusministeri", "vizepräsident": a word that ends in an office's title of five
 * letters or more, as Germanic and Finnic languages compound a portfolio into the office's word.
 */
export function endsInTitle(folded: string, titles: ReadonlySet<string>): boolean {
  for (const title of titles)
    if (title.length >= 5 && folded.length > title.length && folded.endsWith(title)) return true;
  return false;
}

/** English styles without marks, which a surname with marks may fold to ("Šír", "Lörd"). */
const ENGLISH_STYLES = new Set(['sir', 'lord', 'lady', 'dame', 'king', 'queen', 'judge', 'major', 'prince']);

/**
 * The trailing run of name words. A run that follows "of"/"for" starts with the place or body the
 * title belongs to ("of the Russian Federation Vladimir Putin"): a known place is dropped, and an
 * unknown one is assumed to be all but the last two words.
 */
export function nameAtEnd(
  printed: readonly string[],
  vocabulary: NameVocabulary,
): { name: string[]; titles: string[] } {
  // "Peter Mallory MP", "Keir Starmer KCB KC MP", "John Smith Jr.": letters after a name are not the name.
  let end = printed.length;
  while (end > 1 && SUFFIXES.has(fold(printed[end - 1] as string))) end--;
  const words = printed.slice(0, end);
  const peer = words.some((word) => PEERAGE.test(fold(word)));
  let start = words.length;
  while (start > 0) {
    const word = words[start - 1] as string;
    const folded = fold(word);
    // "Vice-President" folds to two title words; but a short title's letters end a name as a surname
    // ("ANINDITA SEN", "Amartya Sen": not "Sen." for a senator, which comes before the name).
    // So do a title's letters with marks the title has not: "Jakub Šír" is no "Sir".
    const surnameAtEnd =
      start === words.length &&
      (ABBREVIATED_TITLES.has(folded) || (ENGLISH_STYLES.has(folded) && /\p{M}/u.test(word.normalize('NFD')))) &&
      NAME_WORD.test(words[start - 2] ?? '');
    // "Caroline M. Hendricks": a letter between a given name and the surname is an initial, not a
    // French "M." (Monsieur), which opens a name.
    const before = words[start - 2];
    const middleInitial =
      folded.length === 1 &&
      start < words.length &&
      before !== undefined &&
      NAME_WORD.test(before) &&
      !vocabulary.titles.has(fold(before));
    // "Opetusministeri Satu Kärkkäinen": an office compounded into one word opens the label.
    const compoundOffice = start === 1 && words.length >= 3 && endsInTitle(folded, vocabulary.titles);
    const title =
      folded !== '' &&
      !surnameAtEnd &&
      !middleInitial &&
      (folded.split(' ').every((part) => vocabulary.titles.has(part)) || compoundOffice) &&
      !(vocabulary.capitalsOnly?.has(folded) && !excellency(words, start - 1));
    if (title || vocabulary.occupations?.has(folded) || folded === '') break;
    // "MINISTER OF WORKS", "MINISTER OF FOREIGN AFFAIRS": in capitals "OF" looks like a name's word,
    // but links an office to a portfolio of a word or two ("SECRETARY OF ENERGY MARIA T. LUND" goes on;
    // a peer's "LORD CARLILE OF BERRIEW" and a caller's "JOHN FROM LEEDS" are names).
    if (PORTFOLIO_LINK.has(folded) && words.length - start <= 2 && !peer) break;
    if (NAME_WORD.test(word) || (PARTICLES.has(folded) && start < words.length)) start--;
    else break;
  }
  let name = words.slice(start);
  // "SR. D. JAVIER ALONSO CUESTA", "Sra. D.ª …": after a Spanish "Sr." the letter is "Don" or "Doña", not an initial.
  if (name.length >= 3 && /^D\.ª?$/iu.test(name[0] as string) && /^sra?$/u.test(fold(words[start - 1] ?? '')))
    name = name.slice(1);
  // "Minister for Information and Broadcasting Zubair Ahmed Lodhi": after a portfolio's "and", its
  // last nouns ("Broadcasting", "Development", "Affairs") run into the name; no given name ends so.
  if (
    fold(words[start - 1] ?? '') === 'and' &&
    words.slice(0, start - 1).some((word) => PORTFOLIO_LINK.has(fold(word)))
  )
    while (
      PORTFOLIO_NOUN.test(fold(name[0] as string)) &&
      (name.length > 3 || (name.length === 3 && PORTFOLIO_ENDING.test(fold(name[0] as string))))
    )
      name = name.slice(1);
  // A lone title word is a name when nothing else is ("MR. KING").
  if (name.length === 0 && words.length >= 2 && NAME_WORD.test(words.at(-1) as string)) {
    const last = fold(words.at(-1) as string);
    const before = fold(words.at(-2) as string);
    if (/^(?:mr|ms|mrs|miss|dr|madam|madame|mister)$/u.test(before) && vocabulary.titles.has(last)) {
      name = words.slice(-1);
      start = words.length - 1;
    }
  }
  while (name[0] && PARTICLES.has(fold(name[0])) && /^\p{Ll}/u.test(name[0])) name = name.slice(1);
  const linkAt = start - 1 - (fold(words[start - 1] ?? '') === 'the' ? 1 : 0);
  // "Sekretarz stanu w Ministerstwie Infrastruktury Dariusz Kłosowski": Polish, "in" the ministry.
  const afterLink =
    start > 0 &&
    (PLACE_LINK.has(fold(words[linkAt] ?? '')) || words[linkAt] === 'w') &&
    fold(words[start - 1] ?? '') !== '';
  const precededByThe = fold(words[start - 1] ?? '') === 'the';
  if (afterLink || precededByThe) {
    const place = vocabulary.places.prefix(name);
    if (place > 0 && place < name.length) name = name.slice(place);
    // "… setting out the Elective Recovery Compact": right after "the", a run of capitals names a thing.
    else if (place === 0) name = name.length === 1 || (precededByThe && !afterLink) ? [] : lastNameWords(name, 2);
  }
  // "President of the Republic", "Speaker of the House": a body's name is no person's; but in
  // "Secretary for Water, Sanitation and Irrigation Grace Wanjiru Mutua" the portfolio ends where the name begins.
  const lastNotName = name.findLastIndex((word) => vocabulary.notNames.has(fold(word)));
  if (lastNotName !== -1) {
    let first = lastNotName + 1;
    // "COAST FM BREAKFAST WITH SAM WHITLOCK": in capitals a linking word looks like a name's.
    while (first < name.length && SMALL_WORDS.has(fold(name[first] as string))) first++;
    name = name.length - first >= 2 ? name.slice(first) : [];
  }
  // "Członkini zarządu PKP Polskie Linie Kolejowe SA Joanna Wróbel-Sikora": the company's name ends at
  // its legal form, and its officer's name follows.
  const company = name.findLastIndex((word) => LEGAL_FORM.test(word));
  if (company !== -1 && name.length - company > 2) name = name.slice(company + 1);
  // "Azerbaijani President Ilham Aliyev" stops at the title; "Danish Søren Østergaard" at the demonym.
  while (name.length > 1 && vocabulary.places.has(name[0] as string)) name = name.slice(1);
  name = lastNameWords(name, 4);
  // "DATUK SERI KAMARUDDIN HASHIM": "Seri" completes the Malaysian title before it ("Seri
  // Suwanpanont", alone, is a Thai given name).
  if (
    name.length >= 2 &&
    /^se?ri$/u.test(fold(name[0] as string)) &&
    RANK_HONORIFICS.has(fold(words[words.length - name.length - 1] ?? ''))
  )
    name = name.slice(1);
  // "ORAL ARGUMENT OF JUNE A. ODELL": cut at four words, the run may start at its link; no name does.
  while (name.length > 2 && PORTFOLIO_LINK.has(fold(name[0] as string))) name = name.slice(1);
  // "Pope Gregory XVII", "King Charles III": a sovereign has no surname; the title and the numeral name them.
  const title = words[words.length - name.length - 1];
  if (name.length === 2 && REGNAL_NUMERAL.test(name[1] as string) && title && vocabulary.titles.has(fold(title)))
    name = [title, ...name];
  // "LORD ASHWORTH", "Lady Kinnear": a peer or a justice known by title and surname keeps the title
  // (not "First Lady Biden": the title opens the label, or follows "The").
  else if (
    name.length === 1 &&
    title &&
    PEERAGE.test(fold(title)) &&
    (words.length === 2 || fold(words[words.length - 3] ?? '') === 'the')
  )
    name = [title, ...name];
  const titles = words
    .slice(0, words.length - name.length)
    .map((word) => fold(word))
    .filter((word) => vocabulary.titles.has(word));
  return { name, titles };
}

/** The last `count` name words, with the particles between them ("Ursula von der Leyen"). */
function lastNameWords(words: readonly string[], count: number): string[] {
  let kept = 0;
  let at = words.length;
  while (at > 0 && kept < count) {
    at--;
    // "Karen M. Delacroix": a middle initial is no word of its own; the given name before it counts.
    const initial = /^\p{Lu}\.$/u.test(words[at] as string) && at > 0 && at < words.length - 1;
    if ((!PARTICLES.has(fold(words[at] as string)) || at === words.length - 1) && !initial) kept++;
  }
  while (at > 0 && PARTICLES.has(fold(words[at - 1] as string)) && /^\p{Ll}/u.test(words[at - 1] as string)) at--;
  return words.slice(at);
}

const CASELESS_WORD = /^[\p{Lo}\p{Lm}]+$/u;

/**
 * "国土교통부장관후보자", "中国日报记者": a word in a script without capitals that ends in one of these
 * words (folded, two letters or more) and is longer: an office or a role compounded after a body's name.
 */
export function endsInCaselessWord(folded: string, words: Iterable<string>): boolean {
  if (!/^[\p{Lo}\p{Lm}\p{N}]+$/u.test(folded)) return false;
  for (const word of words)
    if (word.length >= 2 && folded.length > word.length && CASELESS_WORD.test(word) && folded.endsWith(word))
      return true;
  return false;
}

/** Whether a short form ("Starmer", "J. Smith", "Wielgosz") can be this fuller name. */
export function canBe(short: PersonName, full: PersonName): boolean {
  if (short.key === full.key) return true;
  // "森川" for "森川悠介": a family name before the given name, in a script that does not set them apart.
  if (CASELESS_WORD.test(short.key) && CASELESS_WORD.test(full.key) && short.key.length >= 2)
    return full.key.length > short.key.length && full.key.startsWith(short.key);
  if (short.surname !== full.surname || full.given === null) return false;
  if (short.given === null) return true;
  if (short.initials) {
    const initials = short.given.split(' ');
    const given = full.given.split(' ');
    return initials.length <= given.length && initials.every((letter, at) => given[at]?.startsWith(letter));
  }
  return false;
}

/** Words that join a sentence's parts, never a name's ("of" and "for" open the place a title belongs to: nameAtEnd). */
export const JOINING_WORDS: ReadonlySet<string> = new Set([
  'with',
  'and',
  'at',
  'in',
  'by',
  'from',
  'after',
  'before',
  'about',
  'during',
  'amid',
  'versus',
  'vs',
  // Nor are a determiner's: "GIFT THIS ARTICLE".
  'this',
  'that',
  'these',
  'those',
  'your',
  'our',
  'their',
]);

/** A joining word in capitals ("WITH", "THIS"): a name may hold "To" ("To Lam") but not "TO" between two names. */
export function isJoiningWord(word: string): boolean {
  return /^\p{Lu}{2,}$/u.test(word) && JOINING_WORDS.has(fold(word));
}

/**
 * "By Karen Mills" on a byline's line: a word that joins a sentence ("By", "With"), capitalised where it
 * opens the line, is no part of the name after it.
 */
export function withoutJoiningWordFirst(words: readonly string[]): string[] {
  let at = 0;
  while (
    (words.length - at > 2 && JOINING_WORDS.has((words[at] as string).toLowerCase())) ||
    (words.length - at > 1 && SENTENCE_OPENERS.has(words[at] as string))
  )
    at++;
  return words.slice(at);
}

/**
 * "But Marco's point …", "Thanks Denise": words that open a sentence or a greeting, capitalised there,
 * and are no given name (not "So", "No", "Will" or "May", which are).
 */
const SENTENCE_OPENERS = new Set(
  'But And Yet Or If When Then Because Although Though While Also Yes Thanks Hi Hello Hey Dear Okay'.split(' '),
);

/** A run of capitalised words on one line and in one field (a tab separates a table's columns). */
// A name does not run across three spaces or more either: "Compartir en Whatsapp   Compartir en
// Facebook" is a share bar's buttons, set apart as a menu's links are.
// A run starts a word: "14TH SITTING" names nobody "Th Sitting".
const CAPITALISED_RUN =
  /(?<![\p{L}\p{M}\d])(?:(?:\p{Lu}[\p{L}\p{M}'’.-]*[,;:)]?|\p{Lu}\.)(?:[^\S\n\t]{1,2}(?![^\S\n\t])|(?=\s)|$)|(?:von|van|der|den|de|da|di|du|del|bin|ibn|al|el|la|le)[^\S\n\t]{1,2}(?=\p{Lu})){2,8}/gu;

/** "XVI", "IV", "XXIII": a numeral of a term or a volume, three letters or more, or two with a "V" ("XI" is Xi). */
const ROMAN_NUMERAL = /^(?=[IVX]{3,}$|[IVX]*V[IVX]*$)X{0,3}(?:IX|IV|V?I{0,3})$/u;

/**
 * A text's names, read once per vocabulary: a page's paragraphs are read again for every name asked
 * of them (each short name's full form, each introduced person's fullest). Its callers share the
 * list and never change it. Emptied when full, as fold()'s cache is.
 */
const namesOf = pairMemo((vocabulary: NameVocabulary, printed: string) => readNames(printed, vocabulary), 5_000);

/**
 * Every full name (given name and surname) a text mentions, titles and places dropped:
 * "President of France Emmanuel Macron met Chancellor Olaf Scholz" → Emmanuel Macron, Olaf Scholz.
 */
export function namesIn(printed: string, vocabulary: NameVocabulary): readonly PersonName[] {
  return namesOf(vocabulary, printed);
}

function readNames(printed: string, vocabulary: NameVocabulary): PersonName[] {
  // "M. Olivier RAFFIN- DUCLOS", "Anne Marchand- Roy": a name a wrapped line broke at its hyphen,
  // which the joined lines print with a space.
  const text = printed.replace(/(?<=\p{L})- (?=\p{Lu})/gu, '-');
  const found: PersonName[] = [];
  const add = (words: string[]) => {
    const cleaned = words
      // "B.Oyunchimeg": Mongolian prints the father's initial run into the name, with no space.
      .flatMap((word) => (/^\p{Lu}\.\p{Lu}\p{Ll}/u.test(word) ? [word.slice(0, 2), word.slice(2)] : [word]))
      // "R.J. HOLLAND": run-together initials keep their last full stop, as a single one does.
      .map((word) => word.replace(/[’']s$|[,;:!?)”"»]+$/u, ''))
      .map((word) => (/^(?:\p{Lu}\.)+$/u.test(word) ? word : word.replace(/(?<!^\p{Lu})\.+$/u, '')));
    // "OWEN T. BRAND": an initial keeps its full stop.
    let { name } = nameAtEnd(cleaned, vocabulary);
    // "Ambassador to Ankara Helena Marques", "Consul in Lyon Marc Petit": the post's place, then the name.
    const start = cleaned.length - name.length;
    if (
      name.length >= 3 &&
      /^(?:to|in)$/u.test(cleaned[start - 1] ?? '') &&
      vocabulary.titles.has(fold(cleaned[start - 2] ?? ''))
    )
      name = name.slice(1);
    name = givenNameFirst(withoutJoiningWordFirst(name));
    if (name.some((word) => vocabulary.notNames.has(fold(word)))) return;
    // "When I stood …", "Search GOV.UK": the pronoun and a web address are no part of a name; nor does
    // one begin with a numeral ("XVI LEGISLATURA", a parliament's term: the numeral comes after a king's name).
    if (name.some((word) => word === 'I' || /\p{L}\.\p{L}{2}/u.test(word))) return;
    if (ROMAN_NUMERAL.test(name[0] as string)) return;
    const person = name.length >= 2 ? personName(name) : null;
    if (person && person.given !== null && !found.some((other) => other.key === person.key)) found.push(person);
  };
  for (const match of text.matchAll(CAPITALISED_RUN)) {
    // The words before the run say "of France" or "President": only those up to a punctuation mark.
    const before: string[] = [];
    // A name does not run across lines or a table's columns: "WITNESSES" over "Okafor, Daniel",
    // "Questioner<tab>Halloran, Sen Bridget" are no names.
    for (const word of (
      text
        .slice(Math.max(0, match.index - 40), match.index)
        .split(/[\n\t]/u)
        .at(-1) ?? ''
    )
      .split(/\s+/u)
      .filter(Boolean)
      .reverse()) {
      if (before.length === 3 || /[,.;:!?)”"»(]$/u.test(word)) break;
      before.unshift(word);
    }
    // "Global Ocean Affairs, Ambassador Megan Halloran, who …": a comma ends one name and starts the next.
    let segment: string[] = before;
    // The words before the run are read with its own, never alone: they end the run before it.
    let own = 0;
    for (const word of match[0].trim().split(/\s+/u)) {
      // "PRIME MINISTER KAMARUDDIN HASHIM WITH BERNAMA": a headline in capitals capitalises the
      // words between names too.
      if (isJoiningWord(word)) {
        if (own > 0) add(segment);
        segment = [];
        own = 0;
        continue;
      }
      segment.push(word);
      own++;
      // "Al Arabiya’s Rania Khoury": a possessive ends the name it belongs to; another follows.
      // "Mr. DELACROIX. Thank you": a surname in capitals with a full stop ends its sentence, unlike an initial's.
      if (/[,;:!?)”"»]$|[^\p{Lu}]\.$|\p{Lu}{3,}\.$|\p{L}[’']s$/u.test(word)) {
        add(segment);
        segment = [];
        own = 0;
      }
    }
    if (own > 0) add(segment);
  }
  // "المهندس سامر العزام،", "অধ্যাপক ফারহানা রশীদ": in a script with no capitals only a title tells a
  // name; the two words after it, before any stop.
  if (CASELESS_LETTER.test(text))
    for (const match of text.matchAll(TITLED_CASELESS_NAME)) {
      if (!vocabulary.titles.has(fold(match[1] as string))) continue;
      const person = personName((match[2] as string).split(/\s+/u));
      if (person?.given && !found.some((other) => other.key === person.key)) found.push(person);
    }
  return found;
}

const CASELESS_LETTER = new RegExp(`[${SPACED_CASELESS_LETTER}]`, 'u');
/** A word of a script with no capitals, then two more: a title and the name after it, tried at every word. */
const TITLED_CASELESS_NAME = new RegExp(
  String.raw`(?<![\p{L}\p{M}])([${SPACED_CASELESS_LETTER}][\p{L}\p{M}.]*)(?=\s+([${SPACED_CASELESS_LETTER}][\p{L}\p{M}]*\s+[${SPACED_CASELESS_LETTER}][\p{L}\p{M}]*)(?![\p{L}\p{M}]))`,
  'gu',
);
