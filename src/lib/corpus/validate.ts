/**
 * Step 6, validate: the corpus matches its schema, ids are unique, every
 * passage's text is the source's, and every non-blank seed line is accounted
 * for exactly once (title, label, passage or a reported removal).
 */
import { corpusSchema, type Corpus } from './schema.ts';
import type { SourceFile } from './read.ts';
import { CorpusError, CorpusErrors } from './errors.ts';

export type LineUse = 'title' | 'label' | 'passage' | 'removed';

export function validateCorpus(corpus: Corpus, sources: readonly SourceFile[]): void {
  const errors: CorpusError[] = [];
  const parsed = corpusSchema.safeParse(corpus);
  if (!parsed.success) {
    for (const issue of parsed.error.issues.slice(0, 20)) {
      errors.push(new CorpusError('corpus', null, `schema: ${issue.path.join('.')}: ${issue.message}`));
    }
  }

  const documentIds = new Map<string, string>();
  for (const document of corpus.documents) {
    const where = `${document.source.file}:${document.source.startLine}`;
    const other = documentIds.get(document.id);
    if (other) {
      errors.push(
        new CorpusError(
          document.source.file,
          document.source.startLine,
          `duplicate document id “${document.id}” (also at ${other}); give one of them its own id with a “set: id” correction in seeds/corrections.yaml`,
        ),
      );
    }
    documentIds.set(document.id, where);
    const passageIds = new Set<string>();
    for (const turn of document.turns) {
      for (const passage of turn.passages) {
        if (passageIds.has(passage.id)) {
          errors.push(
            new CorpusError(
              document.source.file,
              passage.lines[0],
              `duplicate passage id ${passage.id} in ${document.id}`,
            ),
          );
        }
        passageIds.add(passage.id);
      }
    }
  }

  const uses = accountLines(corpus, sources, errors);
  for (const source of sources) {
    const used = uses.get(source.file) ?? [];
    source.lines.forEach((line, index) => {
      if (line.trim() !== '' && !used[index + 1]) {
        errors.push(
          new CorpusError(source.file, index + 1, 'this line ended up in no passage, title, label or removal list'),
        );
      }
    });
  }
  if (errors.length > 0) throw new CorpusErrors(errors);
}

/** Which use each line was put to, per file; records an error for a line used twice or text that differs. */
export function accountLines(
  corpus: Corpus,
  sources: readonly SourceFile[],
  errors: CorpusError[] = [],
): Map<string, (LineUse | undefined)[]> {
  const uses = new Map<string, (LineUse | undefined)[]>(sources.map((source) => [source.file, []]));
  const lineOf = (file: string, line: number) => sources.find((source) => source.file === file)?.lines[line - 1] ?? '';
  const mark = (file: string, line: number, use: LineUse) => {
    const used = uses.get(file);
    if (!used) return;
    if (
      used[line] &&
      !(used[line] === 'removed' && use === 'passage') &&
      !(used[line] === 'passage' && use === 'removed')
    ) {
      errors.push(new CorpusError(file, line, `line used twice (${used[line]} and ${use})`));
    }
    used[line] = use === 'removed' && used[line] === 'passage' ? 'passage' : use;
  };
  for (const document of corpus.documents) {
    const file = document.source.file;
    if (document.source.titleLine !== null) mark(file, document.source.titleLine, 'title');
    for (const turn of document.turns) {
      if (turn.labelLine !== undefined) mark(file, turn.labelLine, 'label');
      for (const passage of turn.passages) {
        const source = lineOf(file, passage.lines[0]);
        if (!source.includes(passage.text)) {
          errors.push(new CorpusError(file, passage.lines[0], `passage ${passage.id} text is not the source's text`));
        }
        for (let line = passage.lines[0]; line <= passage.lines[1]; line++) mark(file, line, 'passage');
      }
    }
  }
  for (const removal of corpus.removed) {
    for (let line = removal.startLine; line <= removal.endLine; line++) {
      if (lineOf(removal.file, line).trim() !== '') mark(removal.file, line, 'removed');
    }
  }
  return uses;
}
