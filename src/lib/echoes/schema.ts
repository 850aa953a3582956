/**
 * The public shape of dist/data/echoes.json ("said elsewhere") and of the question groups, as zod
 * schemas: the export is validated against them, and their JSON Schema can be published beside it.
 */
import { z } from 'zod';

const passageRef = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*#p-[a-z0-9]+(?:-\d+)?$/, 'expected "<documentId>#<passageId>"')
  .describe('"<documentId>#<passageId>"');

export const echoPairSchema = z.object({
  a: passageRef.describe('the passage said first (by document date, then document id)'),
  b: passageRef,
  similarity: z.number().min(0).max(1).describe('0–1: how alike the two passages are in their rarer words and phrases'),
  shared: z.array(z.string()).describe('phrases and rare words both passages use, as the first prints them'),
});

export const echoClusterSchema = z.object({
  id: z.string().min(1),
  passages: z.array(passageRef).min(2).describe('earliest first'),
  firstSaid: passageRef.describe('the earliest passage of the talking point'),
});

export const echoesSchema = z
  .object({
    clusters: z.array(echoClusterSchema).describe('talking points: passages of one speaker that make one point'),
    pairs: z.array(echoPairSchema).describe('passages of one speaker in two documents that make the same point'),
  })
  .superRefine((echoes, context) => {
    for (const [index, cluster] of echoes.clusters.entries()) {
      if (!cluster.passages.includes(cluster.firstSaid)) {
        context.addIssue({
          code: 'custom',
          path: ['clusters', index, 'firstSaid'],
          message: 'not one of its passages',
        });
      }
    }
  });

export const questionGroupSchema = z.object({
  id: z.string().min(1),
  questions: z.array(passageRef).min(2).describe('the first passage of each question turn, earliest first'),
  label: z.string().describe('a representative short form of the question'),
  answers: z.record(passageRef, z.array(passageRef)).describe('each question’s answer passages'),
});

export const questionGroupsSchema = z.array(questionGroupSchema);

export type EchoesExport = z.infer<typeof echoesSchema>;
export type QuestionGroupExport = z.infer<typeof questionGroupSchema>;

/** The export of a findEchoes run: only what the schema holds, in a stable order. */
export function echoesExport(echoes: {
  clusters: EchoesExport['clusters'];
  pairs: EchoesExport['pairs'];
}): EchoesExport {
  return {
    clusters: echoes.clusters.map(({ id, passages, firstSaid }) => ({ id, passages, firstSaid })),
    pairs: echoes.pairs.map(({ a, b, similarity, shared }) => ({ a, b, similarity, shared })),
  };
}
