/**
 * Bad input is reported as a CorpusError naming the file and line; the CLI
 * prints these as one line each and exits non-zero instead of a stack trace.
 */
export class CorpusError extends Error {
  readonly file: string;
  readonly line: number | null;
  readonly problem: string;

  constructor(file: string, line: number | null, problem: string) {
    super(`${file}${line === null ? '' : `:${line}`}: ${problem}`);
    this.name = 'CorpusError';
    this.file = file;
    this.line = line;
    this.problem = problem;
  }
}

/** Several problems found in one pass, so a contributor sees them all at once. */
export class CorpusErrors extends Error {
  readonly errors: CorpusError[];

  constructor(errors: CorpusError[]) {
    super(errors.map((error) => error.message).join('\n'));
    this.name = 'CorpusErrors';
    this.errors = errors;
  }
}

export function isCorpusError(error: unknown): error is CorpusError | CorpusErrors {
  return error instanceof CorpusError || error instanceof CorpusErrors;
}
