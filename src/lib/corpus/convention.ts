/**
 * How a transcript marks its turns, decided per document from what its paragraphs open with:
 * `labels` ("Name: …" on the paragraph), `label-lines` (a name on a line of its own), `dashes`
 * ("– …") or `unmarked` (nothing: content alone tells the speakers apart, or nobody speaks: a
 * report). The decision picks the attribution model and is recorded with its counts.
 */
import type { Observation } from './attribute.ts';
import type { Convention, ParticipantRole } from './schema.ts';

export interface ConventionDecision {
  name: Convention;
  evidence: string;
}

export function decideConvention(observations: readonly Observation[], conversational: boolean): ConventionDecision {
  let labels = 0;
  let labelLines = 0;
  let dashes = 0;
  let unmarked = 0;
  let emphasised = 0;
  for (const observation of observations) {
    if (observation.nonSpeech) continue;
    if (observation.emphasised) emphasised++;
    else if (observation.labelLine !== undefined) labelLines++;
    else if (observation.marker === 'label') labels++;
    else if (observation.marker === 'dash') dashes++;
    else unmarked++;
  }
  const counts = [
    emphasised && `${emphasised} set in bold`,
    labels && `${labels} labelled`,
    labelLines && `${labelLines} after a label on its own line`,
    dashes && `${dashes} opening with a dash`,
    unmarked && `${unmarked} unmarked`,
  ]
    .filter(Boolean)
    .join(', ');
  const evidence = `paragraphs: ${counts || 'none'}`;
  if (!conversational) return { name: 'unmarked', evidence: `${evidence}; no conversation` };
  if (emphasised >= 3 && emphasised > labels + labelLines) return { name: 'emphasis', evidence };
  const labelled = labels + labelLines;
  if (labelled >= 2 && labelled >= dashes) {
    return { name: labelLines > labels ? 'label-lines' : 'labels', evidence };
  }
  if (dashes >= 2 || (dashes >= 1 && labelled === 0)) return { name: 'dashes', evidence };
  if (labelled >= 1) return { name: labelLines > labels ? 'label-lines' : 'labels', evidence };
  return { name: 'unmarked', evidence };
}

/** Conventions where a mark opens every turn it applies to, so unmarked text goes on with the last speaker or replies. */
export function labelled(convention: Convention): boolean {
  return convention === 'labels' || convention === 'label-lines' || convention === 'emphasis';
}

const ONE_SIDED_ROLES: ReadonlySet<ParticipantRole> = new Set(['interviewer', 'questioner', 'interviewee']);
const ASKING: ReadonlySet<ParticipantRole> = new Set(['interviewer', 'questioner']);
/** Of the labelled questions, the share whose answers go unlabelled when a page labels only its questions. */
const UNLABELLED_ANSWERS = 0.75;
const MIN_LABELLED_QUESTIONS = 3;

/**
 * The speakers whose labelled paragraphs an unlabelled paragraph replies to, rather than goes on
 * with: in a labelled transcript that labels only one side, that side; on a page whose questions are
 * labelled ("Q:") and their answers mostly not, the questions' speakers, even where another part of
 * the page labels a second interviewee's answers ("Rohini Kale:"). Empty when both sides are labelled.
 */
export function repliedSpeakers(
  convention: Convention,
  observations: readonly Observation[],
  labelSpeakers: ReadonlyMap<number, string>,
  roleOf: (speaker: string) => ParticipantRole | undefined,
  castSize: number,
): Set<string> {
  if (!labelled(convention) || castSize < 2) return new Set();
  const speakers = new Set(labelSpeakers.values());
  if (speakers.size === 1 && [...speakers].every((speaker) => ONE_SIDED_ROLES.has(roleOf(speaker) as ParticipantRole)))
    return speakers;
  const asks = (speaker: string | undefined) => speaker !== undefined && ASKING.has(roleOf(speaker) as ParticipantRole);
  const questions = [...labelSpeakers.keys()]
    .filter((index) => asks(labelSpeakers.get(index)) && !observations[index]?.nonSpeech)
    .sort((a, b) => a - b);
  // A question's answer goes unlabelled when unlabelled words follow it and no other speaker's label
  // does before the next question: "Q: … / To a large extent, yes. …", not "Q: … / (its second half) / Helen Clarke: …".
  let unlabelledAnswers = 0;
  questions.forEach((question, at) => {
    const next = questions[at + 1] ?? observations.length;
    let unlabelled = 0;
    let stated = false;
    for (let index = question + 1; index < next; index++) {
      const observation = observations[index]!;
      if (observation.nonSpeech) continue;
      if (labelSpeakers.has(index) || observation.marker !== 'none') {
        // Statements before the chair's "MODERATOR:", or after the page's last question before the
        // chair's closing "PRESIDENT: Thank you, Morag.", are the reply; elsewhere, paragraphs before
        // "Helen Clarke:" or "PRIME MINISTER:" are the question's second half.
        const chair = roleOf(labelSpeakers.get(index) ?? '') === 'moderator';
        if (stated && unlabelled >= 2 && (at === questions.length - 1 || chair)) break;
        return;
      }
      unlabelled++;
      stated = stated || !observation.cues.includes('question');
    }
    if (unlabelled > 0) unlabelledAnswers++;
  });
  const asking = new Set(questions.map((index) => labelSpeakers.get(index)!));
  return questions.length >= MIN_LABELLED_QUESTIONS && unlabelledAnswers >= UNLABELLED_ANSWERS * questions.length
    ? asking
    : new Set();
}
