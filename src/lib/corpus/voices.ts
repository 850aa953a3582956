/**
 * Numbered voices named by the conversation. A transcription service prints "Speaker 1",
 * "Speaker 2"; the people in the room say who they are: the next speaker thanks the last one
 * ("Thank you, Governor Vance."), a speaker hands over the floor ("I'm now going to hand it over to
 * our State Fire Marshal, Daniel Okoro", "… Dr. Ashby."), a reporter puts a question to someone
 * ("Question for Dr. Ashby."). Each such remark is a vote for the voice that speaks before or
 * after it; a voice takes the one person most votes name, when no other voice claims them.
 */

import { escapeRegExp } from './text.ts';

/** One speaker's turn: the labelled paragraph and the unlabelled ones after it. */
export interface VoiceTurn {
  speaker: string;
  text: string;
}

/** A person a remark names, by the key that tells two people apart. */
export interface Mentioned {
  key: string;
}

// A word of a name, or a short title with its full stop ("Dr.", "Gov."): "Chief. Dr. Ashby" is two calls.
const NAME_WORD = String.raw`(?:\p{Lu}\p{Ll}{0,3}\.|\p{Lu}[\p{L}\p{M}'’-]*)`;
const NAME_WORDS = String.raw`${NAME_WORD}(?:\s+${NAME_WORD}){0,3}`;
/** "Thank you, Governor Vance.", "Thanks, Chief." at the start of a turn: the last speaker's name. */
const THANKS =
  /^(?:(?:okay|ok|well|yes|right|all right|great)[,.]?\s+)?(?:thank you|thanks)(?: (?:very|so) much)?,\s+/iu;
/** The name a remark opens with; case-sensitive, as "/iu" would let \p{Lu} match any letter. */
const NAME_FIRST = new RegExp(String.raw`^(${NAME_WORDS})\s*[.!,]`, 'u');
/** "… hand it over to our State Fire Marshal, Daniel Okoro, for …": the next speaker, named. */
const HANDOVER =
  /\b(?:hand(?: it)? (?:over|off)|turn(?: it)? over|pass(?: it)? over)\s+to\s+([^.!?;]{3,120})|(?:^|[.!?]\s+)over to\s+([^.!?;]{3,120})/iu;
/**
 * "Thank you, Chief. Dr. Ashby.", "Thank you, Jim. Dr. Ashby.": a turn that ends by calling the next
 * speaker by name alone; not "… our director, Dr. Helen Ashby.", whose "Dr." ends no sentence.
 */
const CALLED = new RegExp(
  String.raw`(?:^|(?<!\b(?:Dr|Mr|Mrs|Ms|Prof|Gov|Sen|Rep|Gen|Col|Capt|Lt|Sgt|Hon|Rev|St))[.!?]\s+)(${NAME_WORDS})[.!]?\s*$`,
  'u',
);
/**
 * "Tevita, what have we got?", "Priya, over to you?": a turn that ends by putting a question to
 * someone by name; whoever speaks next answers to that name.
 */
const PUT_TO = new RegExp(String.raw`(?:^|[.!?]\s+)(${NAME_WORDS}),\s+[^.!?]{2,80}\?\s*$`, 'u');

/**
 * "… my producer Tevita Fonua has been going through them. Tevita, what …": a given name the same
 * turn gave in full; a word alone ("Chief, how many …?") names no one by itself.
 */
function fullerInTurn(called: string, text: string): string | undefined {
  if (/\s/u.test(called)) return called;
  const full = new RegExp(String.raw`(?<![\p{L}])${escapeRegExp(called)}\s+(\p{Lu}[\p{L}\p{M}'’-]+)`, 'gu');
  const surnames = new Set([...text.matchAll(full)].map((match) => match[1] as string));
  return surnames.size === 1 ? `${called} ${[...surnames][0] as string}` : undefined;
}

/** A turn that opens with its speaker's full name and "I'm …", after a word of assent at most. */
const SAYS_OWN_NAME = new RegExp(
  String.raw`^(?:(?:Sure|Yes|Yeah|Okay|OK|Hi|Hello|Right|Well|Of course)[,.!]?\s+)?(${NAME_WORD}\s+${NAME_WORD}(?:\s+${NAME_WORD})?),\s+(?:I'm|I’m|I am)\b`,
  'u',
);
/**
 * "Sorry, it's Grace, my laptop mic's cutting out.", "So, Dave Kerrigan, Brightfield Solar, for
 * anyone who doesn't know me.": a voice that names itself in its own words, in a turn's first
 * sentences; not "this is Priya Raman, she's taking over …", which introduces someone else.
 */
const NAMES_ITSELF = new RegExp(
  String.raw`(?:^|[.!?]\s+)(?:(?:Sorry|Hi|Hello|Yes|Yeah|Okay|OK|Right|So|Well)[,.!]?\s+)?(?:(?:it['’]s|my name is)\s+(${NAME_WORD}(?:\s+${NAME_WORD}){0,2})(?=[,.!?]|\s+here\b|$)|(${NAME_WORD}\s+${NAME_WORD}(?:\s+${NAME_WORD})?),[^.!?]{0,60}?\bfor (?:anyone|those|people) who (?:doesn['’]t|don['’]t|does not|do not) know me)`,
  'u',
);

/**
 * "저는 … 최민준이라고 합니다" ("I am … called Choi Min-jun"): a voice that names itself in Korean, "I"
 * ("저는") or "my name" ("제 이름은") first; not "번아웃이라고 합니다" ("it is called burnout") nor
 * "참으라고 합니다" ("[he] tells me to bear it").
 */
const NAMES_ITSELF_KOREAN =
  /(?:^|\s)(?:저는|제 이름은)\s(?:[^\s.?!]+\s){0,6}?(\p{sc=Hangul}{2,4}?)(?:이라고|라고)\s합니다/u;

/** "Question for Dr. Ashby.", "Hi, Governor. My question is to the chief": whom a reporter asks. */
const ASKED = /(?:^|[.!?]\s+)(?:(?:my|a|and a|one) )?question (?:is )?(?:for|to) (?:the )?/iu;

/** The most words a turn's closing call may have: "Dr. Ashby.", not "Mr. Ross Perot of Dallas County". */
const MAX_CALL_WORDS = 3;

/** The name right after an opening ("Thank you, " at the start, "Question for " in any sentence), if any. */
function nameAfter(opening: RegExp, text: string): string | undefined {
  const opened = opening.exec(text);
  return opened ? NAME_FIRST.exec(text.slice(opened.index + opened[0].length))?.[1] : undefined;
}

/**
 * @param turns the document's turns in order
 * @param voices the numbered voices the conversation may name
 * @param resolve the person a mention names in this document ("Governor Vance", "Dr. Ashby"), or null
 * @param askers the reporters who ask: their thanks name no one
 */
export function nameVoices<P extends Mentioned>(
  turns: readonly VoiceTurn[],
  voices: ReadonlySet<string>,
  resolve: (mention: string) => P | null,
  askers: ReadonlySet<string> = new Set(),
  /** Voices that ask: named only when a turn puts a question to them by name ("Tevita, what have we got?"). */
  asking: ReadonlySet<string> = new Set(),
): Map<string, P> {
  const votes = new Map<string, Map<string, { person: P; count: number }>>();
  const vote = (voice: string, mention: string | undefined, toAsker = false) => {
    if (!mention || !(voices.has(voice) || (toAsker && asking.has(voice)))) return;
    const person = resolve(mention.trim());
    if (!person) return;
    const tally = votes.get(voice) ?? new Map<string, { person: P; count: number }>();
    const entry = tally.get(person.key) ?? { person, count: 0 };
    entry.count++;
    tally.set(person.key, entry);
    votes.set(voice, tally);
  };
  // "Sure. Siân Morgan, I'm the deputy harbourmaster.": a voice that says its own name.
  for (const turn of turns) {
    vote(turn.speaker, SAYS_OWN_NAME.exec(turn.text.trim())?.[1], true);
    const itself = NAMES_ITSELF.exec(turn.text.trim().slice(0, 240));
    vote(turn.speaker, itself?.[1] ?? itself?.[2], true);
    vote(turn.speaker, NAMES_ITSELF_KOREAN.exec(turn.text.slice(0, 240))?.[1], true);
  }
  const heard = new Set<string>(turns[0] ? [turns[0].speaker] : []);
  for (let at = 1; at < turns.length; at++) {
    const before = turns[at - 1] as VoiceTurn;
    const after = turns[at] as VoiceTurn;
    heard.add(before.speaker);
    if (before.speaker === after.speaker) continue;
    // A reporter's "Thank you, Governor Vance." thanks whoever gave the floor, not the last to answer;
    // a host's "Thank you, Dr Rao." thanks the guest who answered.
    if (!askers.has(after.speaker)) vote(before.speaker, nameAfter(THANKS, after.text.trim()));
    const handedOver = HANDOVER.exec(before.text);
    // "… to our State Fire Marshal, Daniel Okoro, for the operational update": the first part that names someone.
    const handedTo = (handedOver?.[1] ?? handedOver?.[2])?.split(',').find((part) => resolve(part.trim()) !== null);
    vote(after.speaker, handedTo);
    const called = CALLED.exec(before.text.trim())?.[1];
    if (called && called.split(/\s+/u).length <= MAX_CALL_WORDS) vote(after.speaker, called);
    vote(after.speaker, nameAfter(ASKED, before.text.trim()));
    // Only a voice's first words answer to the name: one heard before is not being brought in
    // ("Danielle, when are you going to …?" to an absent premier is no cue for the host who replies).
    const putTo = heard.has(after.speaker) ? undefined : PUT_TO.exec(before.text.trim())?.[1];
    if (putTo && putTo.split(/\s+/u).length <= MAX_CALL_WORDS)
      vote(after.speaker, fullerInTurn(putTo, before.text), true);
  }

  const chosen = new Map<string, { person: P; count: number }>();
  for (const [voice, tally] of votes) {
    const ranked = [...tally.values()].sort((a, b) => b.count - a.count);
    const best = ranked[0];
    if (best && (ranked[1]?.count ?? 0) < best.count) chosen.set(voice, best);
  }
  // A person two voices claim is neither's, unless one has more votes for them.
  const named = new Map<string, P>();
  for (const [voice, { person, count }] of chosen) {
    const rivals = [...chosen].filter(([other, entry]) => other !== voice && entry.person.key === person.key);
    if (rivals.every(([, entry]) => entry.count < count)) named.set(voice, person);
  }
  return named;
}
