/**
 * Step 6, validate: every record matches its schema, ids are unique, every passage's text is the
 * source's, and every non-blank seed line is accounted for exactly once (title, label, passage or a
 * reported removal). Checked one source file at a time, so a corpus of any size is checked in the
 * memory of its largest file; document ids are checked across files by the pipeline.
 */
import { joinWrapped } from './wrap.ts';
import { documentSchema, removedSchema, type CorpusDocument, type Removed } from './schema.ts';
import type { SourceFile } from './read.ts';
import { CorpusError } from './errors.ts';

export type LineUse = 'title' | 'label' | 'passage' | 'removed';

/** The problems of one source file's records. */
export function validateFile(
  source: SourceFile,
  documents: readonly CorpusDocument[],
  removed: readonly Removed[],
): CorpusError[] {
  const errors: CorpusError[] = [];
  for (const document of documents) {
    const parsed = documentSchema.safeParse(document);
    if (!parsed.success) {
      for (const issue of parsed.error.issues.slice(0, 5)) {
        errors.push(
          new CorpusError(
            source.file,
            document.source.startLine,
            `the record of ${document.id} does not match its schema at ${issue.path.join('.')}: ${issue.message}`,
          ),
        );
      }
    }
    const passageIds = new Set<string>();
    for (const turn of document.turns) {
      for (const passage of turn.passages) {
        if (passageIds.has(passage.id)) {
          errors.push(
            new CorpusError(source.file, passage.lines[0], `duplicate passage id ${passage.id} in ${document.id}`),
          );
        }
        passageIds.add(passage.id);
      }
    }
  }
  for (const removal of removed) {
    if (!removedSchema.safeParse(removal).success) {
      errors.push(new CorpusError(source.file, removal.startLine, 'a removed line does not match its schema'));
    }
  }
  const used = accountLines(source, documents, removed, errors);
  source.lines.forEach((line, index) => {
    if (line.trim() !== '' && !used[index + 1]) {
      errors.push(
        new CorpusError(source.file, index + 1, 'this line ended up in no passage, title, label or removal list'),
      );
    }
  });
  return errors;
}

/** Which use each line of the file was put to; records an error for a line used twice or text that differs. */
export function accountLines(
  source: SourceFile,
  documents: readonly CorpusDocument[],
  removed: readonly Removed[],
  errors: CorpusError[] = [],
): (LineUse | undefined)[] {
  const file = source.file;
  const used: (LineUse | undefined)[] = [];
  const lineOf = (line: number) => source.lines[line - 1] ?? '';
  // A paragraph hard-wrapped over several lines is read with its lines joined as ./wrap.ts joins them.
  const linesOf = ([first, last]: readonly [number, number]) =>
    first === last
      ? lineOf(first)
      : source.lines
          .slice(first - 1, last)
          .map((line) => line.trim())
          .reduce(joinWrapped);
  const mark = (line: number, use: LineUse) => {
    const before = used[line];
    if (before && !(before === 'removed' && use === 'passage') && !(before === 'passage' && use === 'removed')) {
      errors.push(new CorpusError(file, line, `line used twice (${before} and ${use})`));
    }
    used[line] = use === 'removed' && before === 'passage' ? 'passage' : use;
  };
  for (const document of documents) {
    if (document.source.titleLine !== null) mark(document.source.titleLine, 'title');
    for (const turn of document.turns) {
      if (turn.labelLine !== undefined) mark(turn.labelLine, 'label');
      for (const passage of turn.passages) {
        if (!linesOf(passage.lines).includes(passage.text)) {
          errors.push(new CorpusError(file, passage.lines[0], `passage ${passage.id} text is not the source's text`));
        }
        for (let line = passage.lines[0]; line <= passage.lines[1]; line++) mark(line, 'passage');
      }
    }
  }
  for (const removal of removed) {
    for (let line = removal.startLine; line <= removal.endLine; line++) {
      // A part removed from a kept line (a dateline, a margin's line number) shares the line with its use.
      if (removal.text !== undefined && used[line]) continue;
      if (lineOf(line).trim() !== '') mark(line, 'removed');
    }
  }
  return used;
}
