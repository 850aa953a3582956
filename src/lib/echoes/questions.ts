/**
 * Question groups: journalists in different interviews asking the same thing, each question with the
 * answer that followed it, so a reader can compare what was answered to one question over time.
 *
 * Two questions are compared by their own words and by the answers they got. Journalists ask the same
 * thing in very different words (one quotes Lavrov, another a satellite image), but the person they
 * ask tends to answer the same question with the same talking point, which the echo engine finds well.
 */
import { majorityLinkClusters, type WeightedLink } from './cluster.ts';
import { computeSimilarities, type EngineOptions, type EngineStats, type SimilarityMethod } from './engine.ts';
import { saidBefore } from './echoes.ts';

export interface QuestionRef {
  /** the ref of the question turn's first passage */
  ref: string;
  /** every passage of the question turn */
  passages: string[];
  document: string;
  speaker: string;
  date: string | null;
  text: string;
  /** the answer passages that follow the question, up to the next question */
  answers: string[];
  /** their text, one passage a line; empty when the question went unanswered */
  answerText: string;
}

export interface QuestionGroup {
  id: string;
  /** question refs, earliest first */
  questions: string[];
  /** a representative short form of the question */
  label: string;
  /** each question's answer passages, by question ref */
  answers: Record<string, string[]>;
}

export interface QuestionOptions extends Omit<EngineOptions, 'floor'> {
  threshold?: number;
  /** how much the answers' similarity adds to the questions'; 0 compares the questions' words alone */
  answerWeight?: number;
  /** how the answers are compared; by default as echoes are */
  answerMethod?: SimilarityMethod;
}

export interface QuestionRun {
  groups: QuestionGroup[];
  /** every linked pair of questions (question refs) */
  links: { a: string; b: string; score: number }[];
  stats: EngineStats & { groups: number };
}

/**
 * Tuned on the even-numbered groups of test/fixtures/echoes/questions.yaml (see scripts/echoes-eval.ts):
 * the score that groups the most of their pairs while at least 90% of the questions it puts together
 * belong together. Local scaling centres the scores on each question's neighbourhood, hence below zero.
 */
export const QUESTION_THRESHOLD = -0.04;
/** Questions are short and topical: plain tf-idf weighs the subject words that idf² would drown in rare details. */
export const DEFAULT_QUESTION_METHOD: SimilarityMethod = 'tfidf';
const DEFAULT_ANSWER_METHOD: SimilarityMethod = 'tfidf';
const DEFAULT_ANSWER_WEIGHT = 1;

const LABEL_CHARACTERS = 140;
const FLOOR = 0.02;

export interface ScoredQuestions {
  links: WeightedLink[];
  stats: EngineStats;
}

const COURTESY =
  /\b(?:thank(?:s| you)|grateful|gratitude|good (?:morning|afternoon|evening)|goodbye|nice to (?:meet|see))\b/i;

/**
 * A greeting or a thank-you with nothing asked in it ("Thank you very much for your time with Haber
 * Türk"): every interview opens and closes with one, and they are alike without asking anything alike.
 */
export function isCourtesy(text: string): boolean {
  return COURTESY.test(text) && !text.includes('?');
}

/** Every pair of questions from different documents whose words or answers are alike, with its score. */
export function scoreQuestionPairs(questions: readonly QuestionRef[], options: QuestionOptions = {}): ScoredQuestions {
  const method = options.method ?? DEFAULT_QUESTION_METHOD;
  const answerWeight = options.answerWeight ?? DEFAULT_ANSWER_WEIGHT;
  // A question with no text is never compared: courtesies are dropped here, answers and all.
  const compared = questions.map((question) => !isCourtesy(question.text));
  const asked = computeSimilarities(
    questions.map((question, index) => ({ ...question, partition: '', text: compared[index] ? question.text : '' })),
    { minContentTerms: 3, ...options, method, floor: FLOOR },
  );
  const answered =
    answerWeight > 0
      ? computeSimilarities(
          questions.map((question, index) => ({
            ...question,
            partition: '',
            text: compared[index] ? question.answerText : '',
          })),
          { ...options, method: options.answerMethod ?? DEFAULT_ANSWER_METHOD, floor: FLOOR },
        )
      : null;

  const scores = new Map<number, WeightedLink>();
  const key = (a: number, b: number) => a * questions.length + b;
  for (const pair of asked.pairs) scores.set(key(pair.a, pair.b), { a: pair.a, b: pair.b, similarity: pair.score });
  for (const pair of answered?.pairs ?? []) {
    // A question too short to compare on its own words (under three content words) is matched by its answer alone.
    const existing = scores.get(key(pair.a, pair.b));
    if (existing) existing.similarity += answerWeight * pair.score;
    else scores.set(key(pair.a, pair.b), { a: pair.a, b: pair.b, similarity: answerWeight * pair.score });
  }
  return {
    links: [...scores.values()],
    stats: { ...asked.stats, candidates: asked.stats.candidates + (answered?.stats.candidates ?? 0) },
  };
}

/** The groups that the links at or above a threshold make (see scoreQuestionPairs). */
export function questionGroupsFrom(
  questions: readonly QuestionRef[],
  scored: readonly WeightedLink[],
  threshold: number,
): QuestionGroup[] {
  const links = scored.filter((link) => link.similarity >= threshold);
  const strength = new Float64Array(questions.length);
  for (const link of links) {
    strength[link.a]! += link.similarity;
    strength[link.b]! += link.similarity;
  }
  const groups = majorityLinkClusters(links, questions.length).map((members) => {
    const ordered = members.map((item) => questions[item]!).sort(saidBefore);
    // The label is the most central question that asks something in a sentence of its own.
    const byCentrality = [...members].sort((x, y) => strength[y]! - strength[x]! || x - y);
    const asking = byCentrality.find((item) => /(?:^|[.!?…]\s)(?:\S+\s+){3,}[^.!?]*\?/u.test(questions[item]!.text));
    return {
      id: `questions-${ordered[0]!.ref.replace('#', '--')}`,
      questions: ordered.map((question) => question.ref),
      label: shortForm(questions[asking ?? byCentrality[0]!]!.text),
      answers: Object.fromEntries(ordered.map((question) => [question.ref, question.answers])),
    };
  });
  return groups.sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
}

export function groupQuestions(questions: readonly QuestionRef[], options: QuestionOptions = {}): QuestionRun {
  const threshold = options.threshold ?? QUESTION_THRESHOLD;
  const scored = scoreQuestionPairs(questions, options);
  const groups = questionGroupsFrom(questions, scored.links, threshold);
  const links = scored.links.filter((link) => link.similarity >= threshold);
  return {
    groups,
    links: links.map((link) => ({ a: questions[link.a]!.ref, b: questions[link.b]!.ref, score: link.similarity })),
    stats: { ...scored.stats, pairs: links.length, groups: groups.length },
  };
}

/**
 * The question itself without the journalist's preamble: the last sentence that ends in a question
 * mark (the one the answer answers), cut at a word boundary.
 */
export function shortForm(text: string): string {
  const sentences = text
    .replace(/\s+/g, ' ')
    .trim()
    .split(/(?<=[.!?…])\s+/u);
  const asks = (sentence: string) => sentence.endsWith('?') && sentence.split(' ').length >= 4;
  const question = [...sentences].reverse().find(asks) ?? sentences.at(-1) ?? '';
  const withoutAddress = question.replace(
    /^(?:(?:Mr\.?|Mrs\.?|Madam|Dear|Sir)\s*)?President(?: [A-Z][\p{L}-]+)*,\s*/u,
    '',
  );
  const label = withoutAddress.charAt(0).toUpperCase() + withoutAddress.slice(1);
  if (label.length <= LABEL_CHARACTERS) return label;
  const cut = label.slice(0, LABEL_CHARACTERS);
  const space = cut.lastIndexOf(' ');
  return `${space > 0 ? cut.slice(0, space) : cut}…`;
}
