/**
 * Step 3, attribute: who speaks each paragraph of a conversation.
 *
 * Labels decide outright. Everything else is decided jointly for the whole
 * conversation by a small Viterbi decoder over the participants, so that one
 * strong cue (a question, "Mr. President, …", a missing-line gap) can overrule
 * the weak ones around it (dash alternation, "unmarked means continuation").
 * The margin between the best and the next-best choice for a paragraph is its
 * confidence; low-confidence decisions are reported.
 */
import type { AttributionMethod } from './schema.ts';
import type { Paragraph } from './segment.ts';
import { contentCues } from './content-cues.ts';
import { readLabelLine, readLeadingMarker, type Lexicon } from './markers.ts';

export type ParticipantRole = 'interviewee' | 'interviewer' | 'principal' | 'guest';

export interface Participant {
  id: string;
  role: ParticipantRole;
  /** Vocative forms ("Mr. President", "Ilham Heydarovich"): a paragraph addressing them is not theirs. */
  addressedAs: RegExp | null;
}

export interface AttributionContext {
  lexicon: Lexicon;
  /** Interviewer first, interviewee second, for interviews; empty for meetings before labels are read. */
  participants: Participant[];
  /** A label's printed name → participant (adds a guest participant when the name is new). */
  resolveLabel: (name: string) => Participant;
  /** Speaker ids fixed by seeds/corrections.yaml, by line. */
  corrections: ReadonlyMap<number, string>;
}

export interface AttributedParagraph {
  paragraph: Paragraph;
  /** Passage text: the paragraph less its turn marker. */
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

const LOW_CONFIDENCE_MARGIN = 1.5;
const FORBIDDEN = -1e9;
/** A dash opens a new speaker's turn: strong evidence, broken mostly next to a missing line. */
const DASH_CHANGE = 3.5;
const REPLY_CHANGE = 1.5;

interface Observation {
  paragraph: Paragraph;
  text: string;
  label: string | null;
  labelLine?: number;
  marker: 'label' | 'dash' | 'none';
  fixed: { speaker: string; method: AttributionMethod } | null;
  cues: string[];
  score: number;
  stageDirection: boolean;
}

export function attribute(body: readonly Paragraph[], context: AttributionContext): AttributedParagraph[] {
  const observations = observe(body, context);
  const spoken = observations.filter((observation) => !observation.stageDirection);
  const decoded = decode(spoken, context.participants);
  const bySpeech = new Map(spoken.map((observation, index) => [observation, decoded[index]]));

  const result: AttributedParagraph[] = [];
  let previousSpeaker: string | null | undefined;
  for (const observation of observations) {
    const decision = bySpeech.get(observation);
    const speaker = decision ? decision.speaker : null;
    const method: AttributionMethod = observation.stageDirection
      ? 'narration'
      : (observation.fixed?.method ?? 'sequence');
    const opensTurn =
      speaker !== previousSpeaker ||
      observation.marker !== 'none' ||
      observation.labelLine !== undefined ||
      (observation.paragraph.blankBefore >= 2 && observation.paragraph.blankBefore !== Infinity);
    result.push({
      paragraph: observation.paragraph,
      text: observation.text,
      label: observation.label,
      ...(observation.labelLine === undefined ? {} : { labelLine: observation.labelLine }),
      speaker,
      method,
      confidence: observation.fixed || !decision || decision.margin >= LOW_CONFIDENCE_MARGIN ? 'high' : 'low',
      cues: observation.cues,
      opensTurn,
    });
    previousSpeaker = speaker;
  }
  return result;
}

function observe(body: readonly Paragraph[], context: AttributionContext): Observation[] {
  const observations: Observation[] = [];
  const labelsSeen = new Set<string>();
  let pendingLabel: { name: string; printed: string; line: number } | null = null;

  for (const paragraph of body) {
    const labelLine = readLabelLine(paragraph.text, context.lexicon);
    if (labelLine !== null) {
      pendingLabel = { name: labelLine, printed: paragraph.text, line: paragraph.line };
      continue;
    }
    const marker = readLeadingMarker(paragraph.text, context.lexicon, labelsSeen);
    const text = paragraph.text.slice(marker.textStart).trim();
    const content = contentCues(text);
    const cues: string[] = [];
    let fixed: Observation['fixed'] = null;
    let label: string | null = null;

    const corrected = context.corrections.get(paragraph.line);
    if (marker.kind === 'label') {
      label = marker.printed;
      if (marker.colon) labelsSeen.add(marker.printed.replace(/\s*:$/u, ''));
      fixed = { speaker: context.resolveLabel(marker.name).id, method: 'label' };
      cues.push(marker.colon ? 'label' : 'label-without-colon');
    } else if (pendingLabel) {
      fixed = { speaker: context.resolveLabel(pendingLabel.name).id, method: 'label-line' };
      cues.push('label-line');
    }
    if (marker.kind === 'dash') {
      label = marker.printed;
      cues.push('dash');
    } else if (marker.kind === 'none') {
      cues.push('unmarked');
    }
    if (corrected) {
      fixed = { speaker: corrected, method: 'correction' };
      cues.push('correction');
    }
    if (paragraph.blankBefore >= 2 && paragraph.blankBefore !== Infinity) cues.push('missing-line-before');
    const addressed = context.participants.filter((participant) => participant.addressedAs?.test(text));
    for (const participant of addressed) cues.push(`addresses-${participant.role}`);

    observations.push({
      paragraph,
      text,
      // A speaker named on a line of its own is the turn's label, even when a dash follows it.
      label: pendingLabel ? pendingLabel.printed : label,
      ...(pendingLabel ? { labelLine: pendingLabel.line } : {}),
      marker: pendingLabel ? 'label' : marker.kind,
      fixed,
      cues: [...cues, ...content.cues],
      score: content.score,
      stageDirection: /^\([^()]{1,80}\)$/u.test(text) || /^\[[^[\]]{1,80}\]$/u.test(text),
    });
    pendingLabel = null;
  }
  return observations;
}

interface Decision {
  speaker: string;
  margin: number;
}

/** Max-product decoding with max-marginals, over the document's participants. */
function decode(observations: readonly Observation[], states: readonly Participant[]): Decision[] {
  const n = observations.length;
  const k = states.length;
  if (n === 0 || k === 0) return [];
  const emission = observations.map((observation) => states.map((state) => emissionScore(observation, state)));
  const transition = (index: number, from: number, to: number) =>
    transitionScore(observations[index] as Observation, observations[index - 1], from === to);
  const cell = (matrix: number[][], i: number, s: number) => (matrix[i] as number[])[s] as number;

  const forward: number[][] = [states.map((state, s) => cell(emission, 0, s) + (state.role === 'interviewer' ? 1 : 0))];
  for (let i = 1; i < n; i++) {
    forward.push(
      states.map((_, s) => {
        let best = -Infinity;
        for (let p = 0; p < k; p++) best = Math.max(best, cell(forward, i - 1, p) + transition(i, p, s));
        return best + cell(emission, i, s);
      }),
    );
  }
  const backward: number[][] = Array.from({ length: n }, () => states.map(() => 0));
  for (let i = n - 2; i >= 0; i--) {
    backward[i] = states.map((_, s) => {
      let best = -Infinity;
      for (let next = 0; next < k; next++) {
        best = Math.max(best, transition(i + 1, s, next) + cell(emission, i + 1, next) + cell(backward, i + 1, next));
      }
      return best;
    });
  }

  return observations.map((_, i) => {
    const marginals = states.map((__, s) => cell(forward, i, s) + cell(backward, i, s));
    let best = 0;
    for (let s = 1; s < k; s++) if ((marginals[s] as number) > (marginals[best] as number)) best = s;
    const runnerUp = Math.max(-Infinity, ...marginals.filter((__, s) => s !== best));
    return { speaker: (states[best] as Participant).id, margin: (marginals[best] as number) - runnerUp };
  });
}

function emissionScore(observation: Observation, state: Participant): number {
  if (observation.fixed) return observation.fixed.speaker === state.id ? 0 : FORBIDDEN;
  let score = 0;
  if (state.role === 'interviewer') score += observation.score / 2;
  else if (state.role === 'interviewee') score -= observation.score / 2;
  else score -= 1;
  if (state.addressedAs?.test(observation.text)) score -= 4;
  return score;
}

function transitionScore(observation: Observation, previous: Observation | undefined, same: boolean): number {
  const gap = observation.paragraph.blankBefore >= 2 && observation.paragraph.blankBefore !== Infinity;
  // "Would you call …?" followed by "No, no, never." is a question and its reply: whoever asked,
  // the next paragraph is someone else's, and this pair outweighs what either says alone.
  const reply = Boolean(previous?.cues.includes('question') && observation.cues.includes('answer-opening'));
  const change = (weight: number) => (same ? -weight : weight);
  switch (observation.marker) {
    case 'label':
      return 0;
    case 'dash':
      if (gap) return change(-0.5);
      return change(reply ? DASH_CHANGE + REPLY_CHANGE : DASH_CHANGE);
    case 'none':
      if (gap) return 0;
      // An unmarked question has often lost its dash, and so has an answer right after a question:
      // continuation is then only a weak guess, and the content decides.
      if (reply) return change(REPLY_CHANGE);
      if (observation.cues.includes('question')) return change(-0.3);
      if (previous?.cues.includes('question')) return change(0.3);
      return change(-1.2);
  }
}
