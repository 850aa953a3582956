/**
 * Reviewed corrections (seeds/corrections.yaml) for what the rules cannot
 * decide. Each entry names a seed line and quotes text that line must hold, so
 * a correction can never silently land on the wrong line.
 */
import type { Correction } from './registry-schema.ts';
import type { DocumentDate } from './schema.ts';
import type { SourceFile } from './read.ts';
import type { RawDocument } from './segment.ts';
import { CorpusError } from './errors.ts';

const WHERE = 'seeds/corrections.yaml';

/** The problems of the corrections that name this source file: a second one for a line, or a line that moved. */
export function checkCorrections(corrections: readonly Correction[], source: SourceFile): CorpusError[] {
  const errors: CorpusError[] = [];
  const seen = new Set<string>();
  corrections.forEach((correction, index) => {
    if (correction.file !== source.file) return;
    const entry = `entry ${index + 1} (${correction.file}:${correction.line})`;
    const key = `${correction.set} ${correction.file}:${correction.line}`;
    if (seen.has(key))
      errors.push(new CorpusError(WHERE, null, `${entry}: a second ${correction.set} correction for the same line`));
    seen.add(key);
    const line = source.lines[correction.line - 1];
    if (line === undefined) {
      errors.push(new CorpusError(WHERE, null, `${entry}: ${correction.file} has only ${source.lines.length} lines`));
    } else if (!line.includes(correction.expect)) {
      errors.push(
        new CorpusError(
          WHERE,
          null,
          `${entry}: ${correction.file}:${correction.line} does not hold “${correction.expect}”; it reads “${line.slice(0, 80)}”`,
        ),
      );
    }
  });
  return errors;
}

/** Corrections naming a file the seeds do not hold. */
export function correctionsForMissingFiles(
  corrections: readonly Correction[],
  files: ReadonlySet<string>,
): CorpusError[] {
  return corrections.flatMap((correction, index) =>
    files.has(correction.file)
      ? []
      : [
          new CorpusError(
            WHERE,
            null,
            `entry ${index + 1} (${correction.file}:${correction.line}): no seed file ${correction.file}`,
          ),
        ],
  );
}

/** The correction of this kind that names a line of the document, marked as used. */
function documentCorrection<Kind extends 'date' | 'id'>(
  set: Kind,
  document: RawDocument,
  corrections: readonly Correction[],
  used: Set<Correction>,
): Extract<Correction, { set: Kind }> | null {
  const correction = corrections.find(
    (entry): entry is Extract<Correction, { set: Kind }> =>
      entry.set === set &&
      entry.file === document.file &&
      entry.line >= document.startLine &&
      entry.line <= document.endLine,
  );
  if (correction) used.add(correction);
  return correction ?? null;
}

export function applyDateCorrections(
  date: DocumentDate,
  document: RawDocument,
  corrections: readonly Correction[],
  used: Set<Correction>,
): DocumentDate {
  const correction = documentCorrection('date', document, corrections, used);
  if (!correction) return date;
  return {
    value: correction.value,
    precision: correction.precision,
    evidence: correction.expect,
    line: correction.line,
    from: 'correction',
  };
}

/** The reviewed id of the document that spans the correction's line, if any. */
export function idCorrection(
  document: RawDocument,
  corrections: readonly Correction[],
  used: Set<Correction>,
): string | null {
  return documentCorrection('id', document, corrections, used)?.value ?? null;
}
