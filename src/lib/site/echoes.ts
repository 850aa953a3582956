/**
 * The echoes as pages read them: for each passage, the passages in other documents that make the
 * same point (best first, at most a few); for each talking point and each question asked again,
 * its members. Built once per build from the echo file (src/lib/echoes/build.ts).
 */
import type { EchoFile } from '../echoes/build.ts';

export interface EchoLink {
  document: string;
  passage: string;
  similarity: number;
}

export interface EchoIndex {
  skipped: string | null;
  /** "<document>#<passage>" → the same point made elsewhere. */
  alsoSaid: Map<string, EchoLink[]>;
  /** Talking points, those carried by the most documents first. */
  clusters: {
    id: string;
    passages: { document: string; passage: string }[];
    documents: number;
    speaker: string | null;
  }[];
  /** Questions asked in several documents, the most asked first. */
  questions: { id: string; label: string; questions: { document: string; passage: string; answers: string[] }[] }[];
}

/** Talking points or questions on one page of their list: each shows several passages. */
export const GROUPS_PER_PAGE = 50;

/** How many other passages a passage lists as saying the same. */
export const ALSO_SAID_SHOWN = 5;

const split = (ref: string) => {
  const [document, passage] = ref.split('#') as [string, string];
  return { document, passage };
};

export function buildEchoIndex(file: EchoFile, speakerOf: (ref: string) => string | null): EchoIndex {
  const alsoSaid = new Map<string, EchoLink[]>();
  const link = (from: string, to: string, similarity: number) => {
    const list = alsoSaid.get(from) ?? [];
    list.push({ ...split(to), similarity });
    alsoSaid.set(from, list);
  };
  for (const pair of file.echoes.pairs) {
    link(pair.a, pair.b, pair.similarity);
    link(pair.b, pair.a, pair.similarity);
  }
  for (const [ref, list] of alsoSaid) {
    alsoSaid.set(ref, list.sort((a, b) => b.similarity - a.similarity).slice(0, ALSO_SAID_SHOWN));
  }
  const clusters = file.echoes.clusters
    .map((cluster) => {
      const passages = cluster.passages.map(split);
      return {
        id: cluster.id,
        passages,
        documents: new Set(passages.map((passage) => passage.document)).size,
        speaker: speakerOf(cluster.firstSaid),
      };
    })
    .sort((a, b) => b.documents - a.documents || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const questions = file.questions
    .map((group) => ({
      id: group.id,
      label: group.label,
      questions: group.questions.map((ref) => ({
        ...split(ref),
        answers: (group.answers[ref] ?? []).map((answer) => split(answer).passage),
      })),
    }))
    .sort((a, b) => b.questions.length - a.questions.length || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { skipped: file.skipped, alsoSaid, clusters, questions };
}
