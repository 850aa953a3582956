/**
 * "Said elsewhere" and question groups: the public entry points. Pure functions over plain values;
 * load.ts and fixtures.ts (file reading) are for scripts and tests.
 */
export { echoPassages, questionRefs, passageRef } from './corpus.ts';
export {
  DEFAULT_ECHO_METHOD,
  ECHO_THRESHOLDS,
  echoThreshold,
  findEchoes,
  saidBefore,
  scoreEchoPairs,
  type EchoCluster,
  type EchoOptions,
  type EchoPair,
  type EchoPassage,
  type EchoRun,
  type Echoes,
} from './echoes.ts';
export type { SimilarityMethod } from './engine.ts';
export {
  QUESTION_THRESHOLD,
  groupQuestions,
  type QuestionGroup,
  type QuestionOptions,
  type QuestionRef,
  type QuestionRun,
} from './questions.ts';
export { echoesExport, echoesSchema, questionGroupsSchema, type EchoesExport } from './schema.ts';
export { allVariantGroups } from './variants.ts';
export type { VariantGroups } from './text.ts';
