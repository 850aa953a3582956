/**
 * The concordance's files, from the written corpus: every passage, read from passages.jsonl with
 * its document's date and outlets, through buildConcordance (./build.ts). Like the echoes, it is
 * built for a corpus of up to CONCORDANCE_DOCUMENT_LIMIT documents; past that its files would run
 * to gigabytes (docs/scaling.md).
 */
import { createReadStream, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import type { DocumentSummary } from '../corpus/schema.ts';
import type { Variants } from '../verify/words.ts';
import { buildConcordance, type ConcordancePassage } from './build.ts';

/** Up to how many documents the concordance is built: 3,000 unless PARLEY_CONCORDANCE_UP_TO says otherwise. */
export const CONCORDANCE_DOCUMENT_LIMIT = Number(process.env.PARLEY_CONCORDANCE_UP_TO ?? 3000);

export async function writeConcordance(
  passagesFile: string,
  documents: readonly DocumentSummary[],
  renames: ReadonlyMap<string, string>,
  out: string,
  variants: Variants,
): Promise<{ files: number } | null> {
  if (documents.length > CONCORDANCE_DOCUMENT_LIMIT) return null;
  const byId = new Map(documents.map((document) => [document.id, document]));
  const passages: ConcordancePassage[] = [];
  for await (const line of createInterface({ input: createReadStream(passagesFile), crlfDelay: Infinity })) {
    if (!line) continue;
    const passage = JSON.parse(line) as { document: string; passage: string; speaker: string | null; text: string };
    const document = byId.get(passage.document);
    passages.push({
      ref: `${passage.document}#${passage.passage}`,
      document: passage.document,
      date: document?.date.value ?? null,
      speaker: passage.speaker ? (renames.get(passage.speaker) ?? passage.speaker) : null,
      outlet: document?.outlets.map(({ id }) => id) ?? [],
      text: passage.text,
    });
  }
  let files = 0;
  for (const [path, content] of buildConcordance(passages, { variants })) {
    const target = join(out, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, JSON.stringify(content));
    files++;
  }
  return { files };
}
