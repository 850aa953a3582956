/**
 * Step 1, read: bytes to numbered lines. Accepts UTF-8 with or without a BOM
 * and any line ending; rejects empty, binary and invalid UTF-8 files with the
 * line where the problem starts.
 */
import { CorpusError } from './errors.ts';

export interface SourceFile {
  /** File name relative to the seeds folder, as shown in errors and exports. */
  file: string;
  /** Line 1 is `lines[0]`; line endings removed. */
  lines: string[];
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

export function readSource(file: string, bytes: Uint8Array): SourceFile {
  if (bytes.length === 0) throw new CorpusError(file, null, 'the file is empty');
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    throw new CorpusError(file, lineOfOffset(bytes, nul), 'the file holds a NUL byte: it looks binary, not text');
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new CorpusError(file, firstInvalidUtf8Line(bytes), 'the file is not valid UTF-8');
  }
  const lines = text.split(/\r\n|\r|\n/);
  if (lines.length > 1 && lines.at(-1) === '') lines.pop();
  if (lines.every((line) => line.trim() === '')) throw new CorpusError(file, null, 'the file holds only blank lines');
  return { file, lines };
}

function lineOfOffset(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

function firstInvalidUtf8Line(bytes: Uint8Array): number {
  let start = 0;
  let line = 1;
  while (start <= bytes.length) {
    let end = bytes.indexOf(0x0a, start);
    if (end === -1) end = bytes.length;
    try {
      utf8.decode(bytes.subarray(start, end));
    } catch {
      return line;
    }
    start = end + 1;
    line++;
  }
  return line;
}
