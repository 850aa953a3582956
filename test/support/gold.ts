/**
 * The hand-made gold standard of who speaks each seed line (test/gold/*.tsv),
 * and the comparison of a corpus against it.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Corpus } from '../../src/lib/corpus/schema.ts';

export interface GoldLine {
  file: string;
  line: number;
  tag: string;
}

const GOLD_DIR = new URL('../gold/', import.meta.url).pathname;

/** Gold files are named `speakers-<seed prefix>[-partN].tsv`, rows `line<TAB>tag`. */
export function loadGold(): GoldLine[] {
  const seeds = readdirSync(new URL('../../seeds/', import.meta.url).pathname);
  const rows: GoldLine[] = [];
  for (const name of readdirSync(GOLD_DIR)
    .filter((entry) => /^speakers-\d{3}.*\.tsv$/.test(entry))
    .sort()) {
    const prefix = name.slice('speakers-'.length, 'speakers-'.length + 3);
    const file = seeds.find((seed) => seed.startsWith(`${prefix}_`));
    if (!file) throw new Error(`${name}: no seed file starts with ${prefix}_`);
    for (const row of readFileSync(join(GOLD_DIR, name), 'utf8').split('\n').slice(1)) {
      const [line, tag] = row.split('\t');
      if (line && tag) rows.push({ file, line: Number(line), tag: tag.trim() });
    }
  }
  return rows;
}

/** What the corpus says of each line, in the gold standard's vocabulary. */
export function corpusTags(corpus: Corpus, interviewee = 'ilham-aliyev'): Map<string, string> {
  const tags = new Map<string, string>();
  const key = (file: string, line: number) => `${file}:${line}`;
  for (const removal of corpus.removed) {
    if (removal.text !== undefined) continue;
    for (let line = removal.startLine; line <= removal.endLine; line++)
      tags.set(key(removal.file, line), 'boilerplate');
  }
  for (const document of corpus.documents) {
    const file = document.source.file;
    const roles = new Map(document.participants.map((participant) => [participant.speaker, participant.role]));
    if (document.source.titleLine !== null) tags.set(key(file, document.source.titleLine), 'title');
    for (const turn of document.turns) {
      if (turn.labelLine !== undefined) tags.set(key(file, turn.labelLine), 'label');
      const tag =
        turn.speaker === null
          ? 'lead'
          : turn.speaker === interviewee
            ? 'aliyev'
            : roles.get(turn.speaker) === 'interviewer'
              ? 'interviewer'
              : `other:${turn.speaker}`;
      for (const passage of turn.passages) tags.set(key(file, passage.lines[0]), tag);
    }
  }
  return tags;
}

export interface Agreement {
  conversation: number;
  agreed: number;
  mismatches: { file: string; line: number; gold: string; got: string }[];
}

/** Agreement on conversation paragraphs: gold lines where someone speaks. */
export function speakerAgreement(corpus: Corpus, gold: readonly GoldLine[]): Agreement {
  const tags = corpusTags(corpus);
  const mismatches: Agreement['mismatches'] = [];
  let conversation = 0;
  for (const row of gold) {
    if (!(row.tag === 'aliyev' || row.tag === 'interviewer' || row.tag.startsWith('other:'))) continue;
    conversation++;
    const got = tags.get(`${row.file}:${row.line}`) ?? 'missing';
    if (got !== row.tag) mismatches.push({ file: row.file, line: row.line, gold: row.tag, got });
  }
  return { conversation, agreed: conversation - mismatches.length, mismatches };
}
