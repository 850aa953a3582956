import { matchable, spacedWords } from './text.ts';

/**
 * What a paragraph's wording says about who speaks it, as a score: positive
 * for the interviewer's side (questions, forms of address, thanks for the
 * interview), negative for the interviewee's (long, first-person answers).
 * Each cue that fires is named, so a turn can say how it was decided.
 */
export interface ContentCues {
  /** > 0: sounds like the interviewer; < 0: sounds like the interviewee. */
  score: number;
  cues: string[];
}

/** Whether the text's last character, past closing quotes, brackets, ellipses and spaces, is "?". */
function endsWithQuestion(text: string): boolean {
  for (let at = text.length - 1; at >= 0; at--) {
    const char = text[at] as string;
    if (char === '?') return true;
    if (!/[\s"”’»)…]/u.test(char)) return false;
  }
  return false;
}
const THANKS_FOR_INTERVIEW =
  /\bthank(?:s| you)\b[^.?!]{0,60}\bfor (?:(?:the|this|your|an?|our) (?:interview|time|detailed answers|answers|conversation)|(?:talking|speaking|agreeing|joining|receiving|finding|giving|taking|meeting|being with|this lengthy))/i;
const THANKS_FOR_QUESTIONS = /\bthank(?:s| you)\b[^.?!]{0,40}\bfor (?:your|the) (?:questions|interest)\b/i;
const ASKING =
  /\b(?:my (?:first|last|next|final|second|third) question|(?:one|two|a few|a couple of) (?:more|last|final|other) questions?|last question|final question|let me (?:ask|put|push|close|start|just)|I (?:want|would like|wanted|'d like) to ask|can I (?:just )?ask|may I ask|I am asking you|I'm asking you|the question (?:is|was)|welcome to|correct me if|I (?:want|would like) to (?:share|start with)|how would you|what would you|what do you|do you (?:think|believe|expect|agree|accept|intend|want|see|foresee|know)|are you (?:ready|prepared|going|saying|worried|receiving|also|aware)|would you|will you|can you|could you|did you|have you|is it possible)\b/i;
const ANSWER_OPENING =
  /^(?:What you (?:are asking|said|asked)|As (?:for|to) your question|You asked|It is (?:hard|difficult) for me to|Yes|No|Of course|Absolutely|Certainly|Exactly|Definitely|Correct|Right|Sure|Indeed|Not at all|First of all|First,|You know|As I said|I (?:\w+ )?(?:think|believe|agree)|I (?:do not|don't)|That(?:'s| is) (?:true|right|correct|not true)|We (?:have|are|will|did|do not|don't))\b/u;
const INTERVIEWEE_VOICE =
  /\b(?:our (?:army|soldiers|lands?|territor\w*|people|country|position|citizens|state|government|forces|foreign minister|allies|neighbou?rs|brothers|partners|economy|positions|side|goal|task)|I (?:have )?(?:already )?(?:said|told|stated|repeatedly|mentioned|made|referred|answered|spoke|had (?:meetings|talks|a meeting))|(?:he|they) told me|my (?:father|position|statements?|term|people|country)|we (?:liberated|will return|will rebuild|are ready|have never|were living))\b/gi;
/** A journalist opening to camera: "My name is …, and on behalf of TASS I will ask the President …". */
const SELF_INTRODUCTION = /\bmy name is\b[^.?!]{0,120}|\bI will ask (?:the President|you)\b/i;
const QUESTION_WINDOW = 300;
const SECOND_PERSON = /\b(?:you|your)\b/gi;
const FIXED_SECOND_PERSON =
  /\b(?:you know|as you know|i (?:can |want to |must |will )?(?:tell|assure|say to) you|thank you|let me tell you|believe me|you see|if you (?:like|allow|want)|you can imagine|you understand)\b/gi;

export function contentCues(printed: string): ContentCues {
  const text = matchable(printed);
  const cues: string[] = [];
  let score = 0;
  const add = (cue: string, weight: number) => {
    cues.push(cue);
    score += weight;
  };
  // A journalist's question comes at the end of what they say; a "Can you imagine?" deep inside
  // a long answer is rhetorical, so question cues are read from the closing words only.
  const ending = text.slice(-QUESTION_WINDOW);
  const words = spacedWords(text);
  if (endsWithQuestion(text)) add('question', words > 120 ? 1 : 2);
  else if (ending.includes('?')) add('contains-question', 0.6);
  // The phrase patterns are tried only where their first word occurs: most paragraphs thank no one.
  const thanks = /thank/i.test(text);
  if (thanks && THANKS_FOR_INTERVIEW.test(text)) add('thanks-for-interview', 2.5);
  if (thanks && THANKS_FOR_QUESTIONS.test(text)) add('thanks-for-questions', -2.5);
  if (/name is|will ask/i.test(text) && SELF_INTRODUCTION.test(text)) add('self-introduction', 4);
  if (ASKING.test(ending)) add('asks', 1.2);
  if (ANSWER_OPENING.test(text)) add('answer-opening', -0.8);
  const voice = text.match(INTERVIEWEE_VOICE)?.length ?? 0;
  if (voice > 0) add('interviewee-voice', -Math.min(voice, 3) * 0.7);
  // "we", "our", "us" in numbers: a leader speaking for a country, rarely a journalist.
  const plural = text.match(/\b(?:we|our|us|ourselves)\b/gi)?.length ?? 0;
  if (plural >= 2) add('first-person-plural', -Math.min(plural, 4) * 0.3);
  const secondPerson = (ending.match(SECOND_PERSON)?.length ?? 0) - (ending.match(FIXED_SECOND_PERSON)?.length ?? 0);
  if (secondPerson > 0) add('second-person', Math.min(secondPerson, 3) * 0.4);
  const singular = text.match(/\b(?:I|I'm|I’m|I've|I’ve|my|me)\b/g)?.length ?? 0;
  // "… How long can a people be patient?": a question asked to nobody, by someone speaking for themself.
  if (cues.includes('question') && secondPerson <= 0 && singular + plural >= 2) add('rhetorical-question', -1.5);
  // "You were a climate campaigner. Now you are prime minister.": a prompt about the person addressed.
  if (secondPerson >= 2 && singular + plural === 0 && !cues.includes('question')) add('about-you', 0.8);
  // "What I would also say is …": someone speaking of themself, not asking.
  if (singular > 0 && secondPerson <= 0 && !cues.includes('asks') && !cues.includes('question'))
    add('first-person', -Math.min(singular, 3) * 0.3);
  // What someone replies to: a real question, a prompt about the person addressed, or a short
  // statement put to them ("Poland has proposed that Norway should share the revenue.").
  if (
    (cues.includes('question') && !cues.includes('rhetorical-question')) ||
    cues.includes('about-you') ||
    (words <= 30 && singular + plural === 0 && !cues.includes('answer-opening') && !/[?!]$/u.test(text))
  )
    cues.push('prompt');
  if (words > 250) add('long', -3);
  else if (words > 150) add('long', -2);
  else if (words > 80) add('long', -1);
  return { score, cues };
}
