/**
 * From corpus records to what the matchers compare: the passages of named speakers and the questions
 * journalists asked, with the answers that followed each. Narration and unnamed voices (speaker null)
 * are never said by anyone, so they are left out here, before any matching.
 */
import type { Corpus, CorpusDocument } from '../corpus/schema.ts';
import type { EchoPassage } from './echoes.ts';
import type { QuestionRef } from './questions.ts';

export function passageRef(documentId: string, passageId: string): string {
  return `${documentId}#${passageId}`;
}

export function echoPassages(corpus: Pick<Corpus, 'documents'>): EchoPassage[] {
  const passages: EchoPassage[] = [];
  for (const document of corpus.documents) {
    for (const turn of document.turns) {
      if (turn.speaker === null || turn.role === 'narration') continue;
      for (const passage of turn.passages) {
        passages.push({
          ref: passageRef(document.id, passage.id),
          document: document.id,
          speaker: turn.speaker,
          date: document.date.value,
          text: passage.text,
        });
      }
    }
  }
  return passages;
}

/**
 * Each question turn of a named (or per-document) journalist, as one text, with the answer turns that
 * follow it until the next question.
 */
export function questionRefs(corpus: Pick<Corpus, 'documents'>): QuestionRef[] {
  const questions: QuestionRef[] = [];
  for (const document of corpus.documents) questions.push(...questionsOf(document));
  return questions;
}

function questionsOf(document: CorpusDocument): QuestionRef[] {
  const questions: QuestionRef[] = [];
  const turns = document.turns;
  for (let index = 0; index < turns.length; index++) {
    const turn = turns[index]!;
    if (turn.role !== 'question' || turn.speaker === null) continue;
    const answers: string[] = [];
    const answerTexts: string[] = [];
    for (let next = index + 1; next < turns.length; next++) {
      const following = turns[next]!;
      if (following.role === 'question') break;
      if (following.role !== 'answer') continue;
      for (const passage of following.passages) {
        answers.push(passageRef(document.id, passage.id));
        answerTexts.push(passage.text);
      }
    }
    questions.push({
      ref: passageRef(document.id, turn.passages[0]!.id),
      passages: turn.passages.map((passage) => passageRef(document.id, passage.id)),
      document: document.id,
      speaker: turn.speaker,
      date: document.date.value,
      text: turn.passages.map((passage) => passage.text).join('\n'),
      answers,
      answerText: answerTexts.join('\n'),
    });
  }
  return questions;
}
